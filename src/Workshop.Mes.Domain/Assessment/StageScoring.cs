namespace Workshop.Mes.Domain.Assessment;

/// <summary>The achievements of one weekly evaluation, kept so the stability rule (§8.2 (4)) can look back.</summary>
public sealed record WeeklyEvaluation(DateOnly WeekOf, IReadOnlyDictionary<string, double?> Achievements);

/// <summary>One stage's gate with the stability rule applied.</summary>
public sealed record StageGate(int Stage, double? Mean, bool Attained, int StableWeeks, int WeeksLookedAt, IReadOnlyList<GateFailure> Failures, IReadOnlyList<string> MustsBelowPass, IReadOnlyList<string> PreviousMustsBelowF);

/// <summary>The gated stage of all indicators or of one dimension, with what blocks the next.</summary>
public sealed record StagePlacement(int Gated, double Fractional, IReadOnlyList<StageGate> Gates)
{
    /// <summary>The gate of the next stage, or null at stage 5.</summary>
    public StageGate? Next => Gated < 5 ? Gates[Gated] : null;

    /// <summary>The indicators that block the next stage: its musts below L, else the current stage's musts below F.</summary>
    public IReadOnlyList<string> Blocking => Next is not { } next ? [] : next.MustsBelowPass.Count > 0 ? next.MustsBelowPass : next.PreviousMustsBelowF;
}

/// <summary>
/// §8.2: the cumulative gates with the stability rule, the gated stage and the fractional stage that names the
/// blocking indicator; run over all indicators or over one dimension's (§8.3).
/// </summary>
public static class StageScoring
{
    public static StagePlacement Place(StageCatalogue catalogue, IReadOnlyDictionary<string, double?> achievements, IReadOnlyList<WeeklyEvaluation> history, Func<IndicatorDefinition, bool>? subset = null)
    {
        var rules = catalogue.Scoring;
        var now = StageGates.Check(catalogue, achievements, subset);
        var past = history.OrderByDescending(w => w.WeekOf).Select(w => StageGates.Check(catalogue, w.Achievements, subset)).ToList();

        var gates = new List<StageGate>();
        var previousAttained = true;
        foreach (var check in now)
        {
            var (weeks, required) = check.Stage >= 4 ? (rules.HighStabilityWeeks, rules.HighStabilityRequired) : (rules.StabilityWeeks, rules.StabilityRequired);
            var lookedAt = past.Take(weeks).ToList();
            var stableWeeks = lookedAt.Count(p => p[check.Stage - 1].Attained(rules));
            var failures = check.Failures(rules).ToList();
            var passesThrough = !check.HasIndicators;
            if (!passesThrough && failures.Count == 0 && stableWeeks < required)
            {
                failures.Add(GateFailure.NotStable);
            }

            if (!previousAttained && !failures.Contains(GateFailure.PreviousStage))
            {
                failures.Add(GateFailure.PreviousStage);
            }

            var attained = failures.Count == 0;
            gates.Add(new StageGate(check.Stage, check.Mean, attained, stableWeeks, lookedAt.Count, failures, check.MustsBelowPass, check.PreviousMustsBelowF));
            previousAttained = attained;
        }

        var gated = gates.TakeWhile(g => g.Attained).Count();
        return new StagePlacement(gated, Fractional(gated, gates, rules), gates);
    }

    /// <summary>
    /// G + progress of G+1: its mean, times 0.99 while one of its musts is below L; kept below the next whole stage,
    /// so a stage whose indicators are all met but not yet stable never reads as attained.
    /// </summary>
    public static double Fractional(int gated, IReadOnlyList<StageGate> gates, ScoringRules rules)
    {
        if (gated >= gates.Count)
        {
            return gated;
        }

        var next = gates[gated];
        var progress = (next.Mean ?? 0) * (next.MustsBelowPass.Count > 0 ? rules.BlockedFactor : 1);
        return Math.Round(gated + Math.Min(progress, 0.99), 2);
    }
}
