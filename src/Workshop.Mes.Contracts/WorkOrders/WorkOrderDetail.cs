namespace Workshop.Mes.Contracts.WorkOrders;

/// <summary>One work order with its steps and materials, as the detail page and <c>GET /work-orders/{id}</c> show it.</summary>
/// <param name="IsLate">Overdue or expected late, as before issue 12.</param>
/// <param name="IsOverdue">Its due date has passed and it is neither completed nor cancelled.</param>
/// <param name="IsExpectedLate">Not due yet, but a station cannot finish the work left in time; <paramref name="LateReason"/> says which.</param>
/// <param name="CustomerOrderId">The customer order (수주) it was made for, with its <paramref name="CustomerOrderNumber"/>; null for stock.</param>
/// <param name="Sizes">
/// The size breakdown of the order line it makes (empty when none); when the line was split into several work orders,
/// it is the whole line's, <paramref name="CustomerOrderLineQuantity"/> in all.
/// </param>
public sealed record WorkOrderDetail(
    Guid Id,
    string Number,
    Guid ProductId,
    string ProductCode,
    string ProductName,
    string Unit,
    decimal Quantity,
    DateOnly DueDate,
    WorkOrderPriority Priority,
    WorkOrderStatus Status,
    string? HoldReason,
    Guid? CustomerOrderLineId,
    string? CustomerName,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReleasedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    decimal GoodQuantity,
    decimal ScrapQuantity,
    decimal Progress,
    bool IsLate,
    bool IsAtRisk,
    IReadOnlyList<WorkOrderStepView> Steps,
    IReadOnlyList<WorkOrderMaterialView> Materials,
    uint Version,
    WorkOrderActions AllowedActions,
    bool IsOverdue = false,
    bool IsExpectedLate = false,
    LateReason? LateReason = null,
    Guid? CustomerOrderId = null,
    string? CustomerOrderNumber = null,
    IReadOnlyList<Orders.SizeQuantityView>? Sizes = null,
    decimal? CustomerOrderLineQuantity = null);

/// <summary>
/// What the order's status allows now, as the domain decides it; whether the caller's role may do it is separate.
/// Pages offer only these actions, and a client can grey out the rest.
/// </summary>
/// <param name="ChangeQuantity">The quantity may change (drafts only).</param>
/// <param name="Reschedule">The due date and priority may change (open orders).</param>
public sealed record WorkOrderActions(
    bool ChangeQuantity,
    bool Reschedule,
    bool Release,
    bool Hold,
    bool Resume,
    bool Complete,
    bool Cancel,
    bool RecordProgress);

public enum StepState
{
    Pending,
    Running,
    Paused,
    Finished,
}

/// <param name="AllowedProgress">What the step's state lets be recorded now (a waiting step only starts), as the domain decides it.</param>
public sealed record WorkOrderStepView(
    Guid Id,
    int Sequence,
    string Operation,
    Guid WorkstationId,
    string WorkstationName,
    decimal SetupMinutes,
    decimal RunMinutesPerUnit,
    decimal PlannedMinutes,
    bool RequiresInspection,
    StepState State,
    decimal GoodQuantity,
    decimal ScrapQuantity,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<ProgressKind> AllowedProgress);

/// <param name="IssuedQuantity">Moved to the line side for this order by its kit issue (자재 불출, ADR 0034).</param>
public sealed record WorkOrderMaterialView(
    Guid Id,
    Guid ItemId,
    string ItemCode,
    string ItemName,
    string Unit,
    decimal QuantityPer,
    decimal RequiredQuantity,
    decimal ConsumedQuantity,
    decimal OutstandingQuantity,
    decimal IssuedQuantity = 0);

/// <summary>A component as release sees it: what the order needs against what is on hand and not promised.</summary>
/// <param name="Promised">Still outstanding on other released, running or held orders.</param>
/// <param name="Shortage">Required − (on hand − promised), never below zero.</param>
public sealed record MaterialShortage(
    Guid ItemId,
    string ItemCode,
    string ItemName,
    string Unit,
    decimal Required,
    decimal OnHand,
    decimal Promised,
    decimal Shortage);

public enum TimelineKind
{
    Created,
    Released,
    Held,
    Resumed,
    Cancelled,
    Completed,
    StepStarted,
    Output,
    StepFinished,
    StepPaused,
    StepResumed,
    Correction,
    Defect,
    MaterialConsumed,
    OutputLot,
    Shipped,

    /// <summary>The kit moved to the line side (자재 불출): one entry per lot moved in, not two for a transfer.</summary>
    KitIssued,
}

/// <summary>One thing that happened to a work order; which fields are set depends on the kind.</summary>
public sealed record TimelineEntry(
    DateTimeOffset At,
    TimelineKind Kind,
    string? Actor = null,
    int? StepSequence = null,
    string? Operation = null,
    string? WorkerName = null,
    decimal? GoodQuantity = null,
    decimal? ScrapQuantity = null,
    string? ItemCode = null,
    string? ItemName = null,
    string? LotNumber = null,
    decimal? Quantity = null,
    string? Reference = null,
    string? Note = null,
    IReadOnlyList<Guid>? PhotoIds = null,
    Guid? DefectId = null,
    decimal? Cost = null);
