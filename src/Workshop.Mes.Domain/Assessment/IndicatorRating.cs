namespace Workshop.Mes.Domain.Assessment;

/// <summary>
/// What is known about one indicator at an evaluation: the achievement measured from the workshop's records (when
/// there was enough data), the consultant's verified rating, the owner's own answer, and whether it applies at all.
/// </summary>
public sealed record IndicatorInput(string Id, double? Evidence, double? Consultant, double? Self, bool NotApplicable = false);

/// <summary>One indicator's rating (§8.1): its achievement, band and the grade of the evidence behind it.</summary>
public sealed record IndicatorRating(
    string Id,
    double Achievement,
    EvidenceGrade Grade,
    bool NotApplicable,
    double? Self,
    double? Evidence,
    bool Capped,
    bool ConfirmOnVisit)
{
    public Band Band => AchievementMap.BandOf(Achievement);

    /// <summary>Self minus measured, where both exist (§8.6).</summary>
    public double? Discrepancy => Self is { } self && Evidence is { } evidence ? Math.Round(self - evidence, 3) : null;

    /// <summary>
    /// §8.1: measured evidence first (grade A), then a consultant's verification (B), else the owner's answer capped so
    /// that a self-claim alone never passes a gate from stage 2 up (C). An unanswered indicator is a self-claim of 0.
    /// </summary>
    public static IndicatorRating Of(IndicatorDefinition indicator, IndicatorInput input, ScoringRules rules)
    {
        if (input.NotApplicable)
        {
            return new IndicatorRating(indicator.Id, 0, EvidenceGrade.A, true, input.Self, input.Evidence, false, false);
        }

        if (input.Evidence is { } measured)
        {
            return new IndicatorRating(indicator.Id, measured, EvidenceGrade.A, false, input.Self, measured, false, false);
        }

        if (input.Consultant is { } verified)
        {
            return new IndicatorRating(indicator.Id, verified, EvidenceGrade.B, false, input.Self, null, false, false);
        }

        var cap = indicator.Must && indicator.Stage >= 2 ? rules.GradeCMustCap : rules.GradeCOtherCap;
        var claimed = input.Self ?? 0;
        return new IndicatorRating(indicator.Id, Math.Min(claimed, cap), EvidenceGrade.C, false, input.Self, null, claimed > cap,
            ConfirmOnVisit: indicator.Must && indicator.Stage == 1);
    }
}
