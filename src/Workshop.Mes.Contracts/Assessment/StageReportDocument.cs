namespace Workshop.Mes.Contracts.Assessment;

/// <summary>Korean and English of one text of the catalogue.</summary>
public sealed record Bilingual(string Ko, string En);

/// <summary>The workshop on the report's cover.</summary>
public sealed record ReportWorkshopDocument(string Name, string Slug, string Industry, int ProductionHeadcount, int JobsPerMonth, string Cluster, string SizeBand, bool ProfileConfirmed);

/// <summary>Who assessed, when, over which records, with which rules (§11 item 1).</summary>
/// <param name="SnapshotId">The frozen assessment's id; null for a live view that was not finalised.</param>
/// <param name="PreviousAssessedAt">The workshop's previous finalised assessment (T0 → T1), if any.</param>
public sealed record ReportProvenance(
    Guid? SnapshotId,
    string? Number,
    DateTimeOffset AssessedAt,
    string? Assessor,
    DateOnly WindowFrom,
    DateOnly WindowTo,
    string ModelVersion,
    string RulesHash,
    DateTimeOffset? PreviousAssessedAt,
    double? PreviousFractionalStage);

/// <summary>One must indicator's place in its stage's gate.</summary>
public sealed record GateMust(string Id, double Achievement, string Band, bool Passes);

/// <summary>One stage of the ladder: its mean, whether it is attained, what fails, its musts (§11 item 3).</summary>
/// <param name="Failures">Rule names: MustBelowPass, MeanTooLow, PreviousStage, OneOfMissing, NotStable.</param>
public sealed record StageGateDocument(int Stage, double? Mean, bool Attained, int StableWeeks, int WeeksLookedAt, IReadOnlyList<string> Failures, IReadOnlyList<GateMust> Musts);

/// <summary>One dimension on the radar (§11 item 4); peer figures are null when the peer cell is too small.</summary>
public sealed record DimensionDocument(string Code, Bilingual Name, int Gated, double Fractional, bool Lagging, bool Island, double? PeerMedian, double? PeerP90);

/// <summary>One cell of the functional-area heat map (§11 item 5).</summary>
public sealed record HeatCellDocument(string Area, int Stage, double? Mean);

/// <summary>One measured value of an indicator with its name and unit.</summary>
public sealed record MetricDocument(string Key, Bilingual Name, string Unit, double? Value, double? P, double? L, double? F, string Better);

/// <summary>One indicator row of the report (§11 item 6).</summary>
/// <param name="Grade">A measured, B consultant-verified, C self-declared.</param>
/// <param name="Reason">Resource key of why it is not measured, not applicable or not achievable in the product yet.</param>
public sealed record IndicatorDocument(
    string Id,
    int Stage,
    string Dimension,
    bool Must,
    string? Area,
    Bilingual Question,
    double Achievement,
    string Band,
    string Grade,
    bool NotApplicable,
    int Count,
    bool Sufficient,
    int WindowDays,
    IReadOnlyList<MetricDocument> Metrics,
    int? SelfStep,
    double? SelfValue,
    double? Discrepancy,
    bool Capped,
    bool ConfirmOnVisit,
    string? Reason);

/// <summary>Data quality and integrity (§11 item 7).</summary>
public sealed record DataQualityDocument(
    bool BulkBackEntry,
    int BulkBatches,
    bool ImpossibleSpeeds,
    int ImpossibleSteps,
    bool SingleUserCapture,
    IReadOnlyList<string> Falling,
    int Measured,
    int Insufficient,
    int NotApplicable);

/// <summary>The KPI baseline from the records (§11 item 8); null where there is nothing to measure.</summary>
/// <param name="OnTimeDelivery">Share of shipped order lines shipped by their due date, last 90 days.</param>
/// <param name="DefectRate">Defective units per unit made, last 90 days.</param>
/// <param name="LeadTimeDays">Average days from customer order to shipment, last 90 days.</param>
/// <param name="StockAccuracy">Share of counted lines that matched, last 90 days.</param>
/// <param name="OutputPerLabourHour">Good units per recorded labour hour, last 90 days.</param>
public sealed record KpiDocument(double? OnTimeDelivery, double? DefectRate, double? LeadTimeDays, double? StockAccuracy, double? OutputPerLabourHour);

/// <summary>One point of the stage over time.</summary>
public sealed record StagePointDocument(DateOnly WeekOf, int Gated, double Fractional, double Index);

/// <summary>Self-assessment against the data (§11 item 9).</summary>
public sealed record SelfVersusDataDocument(IReadOnlyList<string> Overclaims, IReadOnlyList<string> Underclaims, double? Calibration);

/// <summary>A level an improvement must reach, in the indicator's own terms: each metric against its threshold.</summary>
public sealed record DoneWhenDocument(string Band, IReadOnlyList<MetricThreshold> Thresholds);

public sealed record MetricThreshold(Bilingual Name, string Unit, string Better, double Threshold);

/// <summary>One roadmap item (§11 item 10).</summary>
/// <param name="Horizon">Now (0–3 months), Next (3–12), Later (&gt;12).</param>
public sealed record RoadmapDocument(
    string Horizon,
    string Indicator,
    Bilingual Question,
    Bilingual Action,
    string Kpi,
    string CostBand,
    string Programme,
    string Strand,
    double Priority,
    double GateWeight,
    int Impact,
    int Feasibility,
    double Achievement,
    DoneWhenDocument DoneWhen);

/// <summary>The peer group and where the workshop stands in it (§11 item 11).</summary>
/// <param name="Cell">The peer cell used (industry × size band × cluster), or the broader group it rolled up to.</param>
/// <param name="Fallback">True when the first cell had fewer workshops than §10 allows and a broader group is shown.</param>
public sealed record PeerDocument(string Cell, int Count, bool Fallback, double? StagePercentile, double? IndexPercentile, double? MedianStage, double? P90Stage);

/// <summary>A consultant's verification and note (§11 item 13).</summary>
public sealed record VerificationDocument(string Indicator, int Step, double Value, string Note, string VerifiedBy, DateTimeOffset VerifiedAt, string? AttachmentName);

/// <summary>The owner's goal.</summary>
public sealed record GoalDocument(string Title, string Kpi, decimal? Target, DateTimeOffset ReviewedAt);

/// <summary>
/// The stage report as data (ASSESSMENT.md §11's JSON): everything the PDF and the Excel workbook show, so the same
/// snapshot gives the same numbers in every format.
/// </summary>
public sealed record StageReportDocument(
    ReportWorkshopDocument Workshop,
    ReportProvenance Provenance,
    int GatedStage,
    double FractionalStage,
    double Index,
    double Confidence,
    string ConfidenceLevel,
    IReadOnlyList<string> Blocking,
    IReadOnlyList<StageGateDocument> Ladder,
    IReadOnlyList<DimensionDocument> Dimensions,
    IReadOnlyList<HeatCellDocument> Heat,
    IReadOnlyList<IndicatorDocument> Indicators,
    DataQualityDocument DataQuality,
    KpiDocument Kpis,
    KpiDocument? PreviousKpis,
    IReadOnlyList<StagePointDocument> Trend,
    SelfVersusDataDocument SelfVersusData,
    IReadOnlyList<RoadmapDocument> Roadmap,
    PeerDocument? Peers,
    IReadOnlyList<VerificationDocument> Verifications,
    IReadOnlyList<GoalDocument> Goals,
    string? SignOffNote);
