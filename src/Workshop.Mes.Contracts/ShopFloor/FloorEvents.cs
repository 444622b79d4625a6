using Workshop.Mes.Contracts.WorkOrders;

namespace Workshop.Mes.Contracts.ShopFloor;

/// <summary>What a worker did, as one event in the tablet's outbox.</summary>
public enum FloorEventKind
{
    /// <summary>Start (or join) a step.</summary>
    Start,

    /// <summary>Pause a running step; needs a downtime reason.</summary>
    Pause,

    /// <summary>Resume a paused step.</summary>
    Resume,

    /// <summary>Report good and scrap units in one action; scrap needs a defect code.</summary>
    Report,

    /// <summary>Finish the step, optionally with a last good and scrap count.</summary>
    Finish,

    /// <summary>A station stands still (비가동) from now; needs the station and a downtime reason.</summary>
    DowntimeStart,

    /// <summary>The station runs again; refers to the <see cref="DowntimeStart"/> by its event id.</summary>
    DowntimeEnd,
}

/// <summary>
/// One event made on the tablet. <paramref name="Id"/> is made on the tablet (UUID) before anything is sent, so a
/// resend after a lost answer is stored once; <paramref name="CapturedAt"/> is the tablet's clock at the tap.
/// </summary>
/// <param name="Id">The tablet's id for the event.</param>
/// <param name="Kind">What happened.</param>
/// <param name="CapturedAt">When the worker tapped, by the tablet's clock.</param>
/// <param name="StepId">The work-order step, for every kind except the downtime ones.</param>
/// <param name="Good">Good units (report, finish).</param>
/// <param name="Scrap">Scrapped units (report, finish); each scrap report becomes a defect record.</param>
/// <param name="DefectCodeId">The defect code of the scrap.</param>
/// <param name="Note">The worker's note on the scrap or the downtime.</param>
/// <param name="DowntimeReasonId">Why the step paused or the station stopped.</param>
/// <param name="WorkstationId">The station that stopped (downtime start).</param>
/// <param name="DowntimeStartId">The id of the downtime-start event a downtime end closes.</param>
/// <param name="Lots">Lots scanned for the step's materials; unscanned materials are backflushed as usual.</param>
/// <param name="CorrectsEventId">
/// A correction (kind <see cref="FloorEventKind.Report"/>): the id of the earlier report or finish whose quantities
/// <paramref name="Good"/> and <paramref name="Scrap"/> put right; <paramref name="Note"/> says why. The original stays.
/// </param>
/// <param name="Scanned">The worker reached the step by scanning its traveller's QR code (counted for the stage assessment's scan share).</param>
public sealed record FloorEvent(
    Guid? Id,
    FloorEventKind? Kind,
    DateTimeOffset? CapturedAt,
    Guid? StepId = null,
    decimal? Good = null,
    decimal? Scrap = null,
    Guid? DefectCodeId = null,
    string? Note = null,
    Guid? DowntimeReasonId = null,
    Guid? WorkstationId = null,
    Guid? DowntimeStartId = null,
    IReadOnlyList<LotChoice>? Lots = null,
    Guid? CorrectsEventId = null,
    bool? Scanned = null);

/// <summary>
/// A flush of the tablet's outbox: up to 500 events captured under one worker session, in capture order.
/// </summary>
/// <param name="WorkerSession">The session token the events were captured under (it may have ended since).</param>
/// <param name="SentAt">The tablet's clock when it sent the batch; the server measures the tablet's clock offset from it.</param>
/// <param name="Events">The events, oldest first.</param>
public sealed record FloorEventBatch(string? WorkerSession, DateTimeOffset? SentAt, IReadOnlyList<FloorEvent>? Events);

/// <summary>One event sent on its own.</summary>
public sealed record FloorEventSubmission(string? WorkerSession, DateTimeOffset? SentAt, FloorEvent? Event);

public enum FloorEventOutcome
{
    /// <summary>Stored now, with its projections.</summary>
    Stored,

    /// <summary>Stored earlier (a resend): nothing counted twice.</summary>
    Duplicate,

    /// <summary>Refused; kept for the owner to re-assign or dismiss. Resending it answers the same.</summary>
    Rejected,
}

/// <param name="Index">The event's position in the batch.</param>
/// <param name="Code">For a rejection: a stable code such as <c>production_event.order_not_open</c>.</param>
/// <param name="Message">For a rejection: the reason in the worker's language.</param>
public sealed record FloorEventResult(int Index, Guid? Id, FloorEventOutcome Outcome, string? Code = null, string? Message = null);

/// <param name="ServerTime">The server's clock, for the tablet to show its own drift.</param>
public sealed record FloorEventBatchResult(IReadOnlyList<FloorEventResult> Results, DateTimeOffset ServerTime);
