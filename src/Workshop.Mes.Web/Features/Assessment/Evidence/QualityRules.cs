using Workshop.Mes.Domain.Quality;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>Evidence from defect records: specific codes, links to the job, cause analysis and checked improvements.</summary>
internal static class QualityRules
{
    /// <summary>Codes that say nothing about the defect: 기타, other, unknown.</summary>
    private static readonly string[] _vague = ["기타", "other", "unknown", "misc", "etc", "미분류"];

    public static bool IsVague(DefectRow defect) =>
        _vague.Any(v => defect.CodeName.Contains(v, StringComparison.OrdinalIgnoreCase) || defect.Code.Equals(v, StringComparison.OrdinalIgnoreCase));

    public static MeasuredIndicator DefectCodes(RuleContext c)
    {
        var defects = InWindow(c);
        return c.Result(defects.Count, ("specific_code_share", Measure.Share(defects.Count(d => !IsVague(d)), defects.Count)), ("photo_share", Measure.Share(defects.Count(d => d.Photos > 0), defects.Count)));
    }

    public static MeasuredIndicator DefectLinks(RuleContext c)
    {
        var defects = InWindow(c);
        return c.Result(defects.Count, ("linked_share", Measure.Share(defects.Count(d => d.Record.WorkOrderId is not null && d.Record.WorkOrderStepId is not null), defects.Count)));
    }

    /// <summary>Defects analysed to a root cause, and in how many of the last three months an analysis was made.</summary>
    public static MeasuredIndicator CauseAnalysis(RuleContext c)
    {
        var defects = InWindow(c);
        var analysed = defects.Count(d => !string.IsNullOrWhiteSpace(d.Record.RootCause) && d.Record.AnalysedAt <= c.AsOf);
        var months = Enumerable.Range(0, 3).Count(m =>
        {
            var (from, to) = (c.AsOf.AddDays(-30 * (m + 1)), c.AsOf.AddDays(-30 * m));
            return c.Records.Defects.Any(d => d.Record.AnalysedAt is { } at && at > from && at <= to);
        });
        return c.Result(defects.Count, ("cause_share", Measure.Share(analysed, defects.Count)), ("analysis_months", months));
    }

    /// <summary>
    /// Corrective actions whose before/after defect rate the product computed (ADR 0067): how many in six months, in how
    /// many of its two quarters, and in how many quarters one showed a measured fall.
    /// </summary>
    public static MeasuredIndicator BenefitCheck(RuleContext c)
    {
        var closed = c.Records.Defects.Where(d => d.Record.CorrectiveAction is { Length: > 0 } && d.Record.ClosedAt is { } at && c.InWindow(at)).ToList();
        var half = c.AsOf.AddDays(-c.Indicator.WindowDays / 2.0);
        bool InLater(DefectRow d) => d.Record.ClosedAt > half;
        var quarters = new[] { closed.Where(InLater).ToList(), closed.Where(d => !InLater(d)).ToList() };
        return c.Result(
            1,
            ("checks_in_6_months", closed.Count),
            ("quarters_checked", quarters.Count(q => q.Count > 0)),
            ("quarters_improved", quarters.Count(q => q.Any(d => d.Verdict == ComparisonVerdict.Lower))));
    }

    private static List<DefectRow> InWindow(RuleContext c) => c.Records.Defects.Where(d => c.InWindow(d.Record.RecordedAt)).ToList();
}
