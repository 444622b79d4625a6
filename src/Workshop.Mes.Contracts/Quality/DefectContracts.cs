namespace Workshop.Mes.Contracts.Quality;

/// <summary>Where a defect stands: 열림 open, 분석됨 analysed, 종결 closed.</summary>
public enum DefectStatus
{
    Open,
    Analysed,
    Closed,
}

/// <summary>The 4M+E cause categories: man, machine, material, method, measurement, environment.</summary>
public enum DefectCause
{
    Man,
    Machine,
    Material,
    Method,
    Measurement,
    Environment,
}

/// <summary>What happened to the defective units: scrap, rework, use as is, return to the supplier.</summary>
public enum DefectDisposition
{
    Scrap,
    Rework,
    UseAsIs,
    ReturnToSupplier,
}

/// <summary>A defect as the list shows it; <paramref name="Cost"/> is the total in KRW.</summary>
public sealed record DefectSummary(
    Guid Id,
    string Number,
    DateTimeOffset RecordedAt,
    DefectStatus Status,
    Guid DefectCodeId,
    string DefectCode,
    string DefectName,
    DefectCause Cause,
    Guid ProductId,
    string ProductCode,
    string ProductName,
    Guid? WorkstationId,
    string? WorkstationName,
    Guid? WorkerId,
    string? WorkerName,
    decimal Quantity,
    DefectDisposition Disposition,
    decimal Cost);

/// <summary>What a defect cost, in KRW: lost material, rework labour and lost time.</summary>
public sealed record DefectCostView(decimal Material, decimal ReworkLabour, decimal LostTime, decimal Total);

/// <summary>The analysis: the root cause found, its 4M+E category, and the lot and station it points to.</summary>
public sealed record DefectAnalysisView(
    string RootCause,
    DefectCause Cause,
    Guid? SuspectedLotId,
    string? SuspectedLotNumber,
    Guid? SuspectedWorkstationId,
    string? SuspectedWorkstationName,
    DateTimeOffset? AnalysedAt);

/// <summary>The closure: the corrective action (시정 조치), the worker who owns it and the day it is due.</summary>
public sealed record DefectClosureView(string CorrectiveAction, Guid? OwnerId, string? OwnerName, DateOnly? DueOn, DateTimeOffset ClosedAt);

/// <summary>One defect with everything known about it. The <c>ETag</c> is <paramref name="Version"/>; the next step is allowed when <paramref name="CanAnalyse"/> or <paramref name="CanClose"/>.</summary>
public sealed record DefectView(
    Guid Id,
    string Number,
    DateTimeOffset RecordedAt,
    DefectStatus Status,
    decimal Quantity,
    string Unit,
    DefectDisposition Disposition,
    DefectCostView Cost,
    Guid DefectCodeId,
    string DefectCode,
    string DefectName,
    DefectCause Cause,
    Guid ProductId,
    string ProductCode,
    string ProductName,
    Guid? LotId,
    string? LotNumber,
    Guid? WorkstationId,
    string? WorkstationName,
    Guid? WorkerId,
    string? WorkerName,
    Guid? WorkOrderId,
    string? WorkOrderNumber,
    string? Note,
    IReadOnlyList<Guid> PhotoIds,
    DefectAnalysisView? Analysis,
    DefectClosureView? Closure,
    bool CanAnalyse,
    bool CanClose,
    uint Version);

/// <summary>Analyses an open defect. <paramref name="Cause"/> is one of <see cref="DefectCause"/>; the lot and station are optional and must be this workshop's.</summary>
public sealed record DefectAnalysisRequest(string? RootCause, string? Cause, Guid? SuspectedLotId = null, Guid? SuspectedWorkstationId = null);

/// <summary>Closes an analysed defect with a corrective action, the worker who owns it (담당자) and its due date (기한), not before the defect's day.</summary>
public sealed record DefectClosureRequest(string? CorrectiveAction, Guid? OwnerId, DateOnly? DueOn);

/// <summary>What the before/after comparison says.</summary>
public enum DefectRateVerdict
{
    /// <summary>Too little data in a window to conclude.</summary>
    TooSmall,
    Lower,
    Higher,
    NoClearChange,
}

/// <summary>Defective units against units made (good + scrap) in a window; <paramref name="Rate"/> is null when nothing was made.</summary>
public sealed record DefectRateWindow(DateTimeOffset From, DateTimeOffset To, decimal Output, decimal Defective, decimal? Rate);

/// <summary>
/// A closed defect's target (same defect code and product, at the station it was analysed to) 8 weeks before closing
/// against 8 weeks after; <paramref name="AfterComplete"/> is false while the 8 weeks after are not over.
/// </summary>
public sealed record DefectComparison(
    Guid DefectId,
    Guid DefectCodeId,
    Guid ProductId,
    Guid? WorkstationId,
    DefectRateWindow Before,
    DefectRateWindow After,
    bool AfterComplete,
    DefectRateVerdict Verdict);

/// <summary>A stretch of time a station stood still (비가동). <paramref name="Minutes"/> runs up to now while it is open.</summary>
public sealed record DowntimeSummary(
    Guid Id,
    Guid WorkstationId,
    string WorkstationName,
    Guid ReasonId,
    string ReasonCode,
    string ReasonName,
    bool Planned,
    Guid? WorkerId,
    string? WorkerName,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    bool IsOpen,
    decimal Minutes,
    string? Note);

/// <summary>Downtime of one station for one reason: minutes, how many times, and the share of all minutes in the report.</summary>
public sealed record DowntimeReportRow(Guid WorkstationId, string WorkstationName, Guid ReasonId, string ReasonName, decimal Minutes, int Count, decimal Share);

/// <summary>Downtime by station and reason, most minutes first.</summary>
public sealed record DowntimeReport(IReadOnlyList<DowntimeReportRow> Rows, decimal TotalMinutes, int TotalCount);
