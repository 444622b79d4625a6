using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Web.Features.Assessment.Evidence;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>The workshop as the report's cover names it.</summary>
internal sealed record ReportWorkshop(Guid Id, string Slug, string Name, string Industry, int ProductionHeadcount, int JobsPerMonth, string Cluster, SizeBand SizeBand, bool ProfileConfirmed);

/// <summary>The owner's answer to an indicator's question.</summary>
internal sealed record SelfAnswerLine(int Step, double Value, DateTimeOffset AnsweredAt);

/// <summary>A consultant's verification of an indicator.</summary>
internal sealed record VerificationLine(int Step, double Value, string Note, string VerifiedBy, DateTimeOffset VerifiedAt, string? AttachmentName);

/// <summary>One indicator with everything behind its rating: the measured evidence, the answer, the verification.</summary>
internal sealed record IndicatorLine(IndicatorDefinition Definition, IndicatorRating Rating, MeasuredIndicator Measured, SelfAnswerLine? Self, VerificationLine? Verification);

/// <summary>One point of the stage over time.</summary>
internal sealed record StagePoint(DateOnly WeekOf, int Gated, double Fractional, double Index);

/// <summary>The owner's goal as the report and roadmap read it.</summary>
internal sealed record GoalLine(Guid Id, string Title, string Kpi, decimal? Target, DateTimeOffset ReviewedAt, DateTimeOffset CreatedAt);

/// <summary>
/// Where a workshop stands at one moment: the §8 result with each indicator's evidence, the roadmap, the integrity
/// flags and the stage over time. The pages, the API and every export read this one record.
/// </summary>
internal sealed record StageReport(
    ReportWorkshop Workshop,
    DateTimeOffset AsOf,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    StageResult Result,
    IReadOnlyList<IndicatorLine> Indicators,
    IReadOnlyList<RoadmapItem> Roadmap,
    IntegrityFlags Flags,
    IReadOnlyList<StagePoint> History,
    IReadOnlyList<GoalLine> Goals)
{
    public string CatalogueVersion => Result.CatalogueVersion;

    public string RulesHash => Result.RulesHash;

    public IndicatorLine Line(string id) => Indicators.First(l => l.Definition.Id == id);
}
