using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.ShopFloor;

namespace Workshop.Mes.Domain.WorkOrders;

/// <summary>
/// A work order (작업지시): make a quantity of a product by a due date. Its steps and materials are copied
/// from the routing and BOM at release, so later catalogue edits never change an order on the floor.
/// </summary>
public sealed class WorkOrder : VersionedTenantEntity, IAuditNoted
{
    private string? _auditNote;
    private readonly List<WorkOrderStep> _steps = [];
    private readonly List<WorkOrderMaterial> _materials = [];

    private WorkOrder()
    {
    }

    public WorkOrder(
        Guid workshopId,
        string number,
        Guid productId,
        decimal quantity,
        DateOnly dueDate,
        WorkOrderPriority priority,
        Guid? customerOrderLineId,
        DateTimeOffset createdAt)
        : base(workshopId)
    {
        Number = Guard.Required(number, nameof(number));
        ProductId = productId;
        Quantity = Guard.Positive(quantity, nameof(quantity));
        DueDate = Guard.AcceptedDate(dueDate, nameof(dueDate));
        Priority = priority;
        CustomerOrderLineId = customerOrderLineId;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public string Number { get; private set; } = string.Empty;

    /// <summary>Why the order was just changed (a cancellation's reason); not stored on the order, only in the audit trail.</summary>
    string? IAuditNoted.AuditNote => _auditNote;

    public Guid ProductId { get; private set; }

    public decimal Quantity { get; private set; }

    public DateOnly DueDate { get; private set; }

    public WorkOrderPriority Priority { get; private set; }

    /// <summary>The customer order line this order makes; null for a work order for stock.</summary>
    public Guid? CustomerOrderLineId { get; private set; }

    public WorkOrderStatus Status { get; private set; } = WorkOrderStatus.Draft;

    public WorkOrderStatus? HeldFrom { get; private set; }

    public string? HoldReason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Why the order was closed short of its quantity with nothing good made; null for a normal completion.</summary>
    public string? ClosedShortReason { get; private set; }

    public IReadOnlyList<WorkOrderStep> Steps => _steps;

    public IReadOnlyList<WorkOrderMaterial> Materials => _materials;

    /// <summary>Good units out of the last step: what the order has actually produced.</summary>
    public decimal GoodQuantity => _steps.Count == 0 ? 0 : _steps.MaxBy(s => s.Sequence)!.GoodQuantity;

    public decimal ScrapQuantity => _steps.Sum(s => s.ScrapQuantity);

    /// <summary>
    /// How far along the order is, 0 to 1: the average over its steps of the share of the quantity each step has
    /// made good, so work done early in the routing shows before the first piece leaves the last step.
    /// </summary>
    public decimal Progress => _steps.Count == 0 ? 0 : _steps.Average(s => Math.Min(1m, s.GoodQuantity / Quantity));

    public void ChangeQuantity(decimal quantity)
    {
        EnsureDraft();
        Quantity = Guard.Positive(quantity, nameof(quantity));
    }

    public void ChangeDueDate(DateOnly dueDate)
    {
        EnsureNotClosed();
        DueDate = Guard.AcceptedDate(dueDate, nameof(dueDate));
    }

    public void ChangePriority(WorkOrderPriority priority)
    {
        EnsureNotClosed();
        Priority = priority;
    }

    /// <summary>Releases the order to the floor with its own copy of the routing and the BOM.</summary>
    public void Release(IEnumerable<RoutingStep> routing, IEnumerable<BomLine> bom, DateTimeOffset now)
    {
        var steps = routing.OrderBy(s => s.Sequence).ToList();
        if (steps.Count == 0)
        {
            throw new DomainRuleException("work_order.no_routing", "A work order needs a routing with at least one step to be released.");
        }

        if (steps.Any(s => s.ProductId != ProductId) || bom.Any(b => b.ProductId != ProductId))
        {
            throw new DomainRuleException("work_order.routing_of_other_product", "The routing or BOM belongs to another product.");
        }

        Status = WorkOrderStateMachine.Apply(Status, WorkOrderAction.Release);
        ReleasedAt = now.ToUniversalTime();
        _steps.AddRange(steps.Select(s => new WorkOrderStep(this, s)));
        _materials.AddRange(bom.Select(b => new WorkOrderMaterial(this, b)));
    }

    public void Hold(string reason)
    {
        var next = WorkOrderStateMachine.Apply(Status, WorkOrderAction.Hold);
        HoldReason = Guard.Required(reason, nameof(reason));
        HeldFrom = Status;
        Status = next;
    }

    public void Resume()
    {
        Status = WorkOrderStateMachine.Apply(Status, WorkOrderAction.Resume, HeldFrom);
        HeldFrom = null;
        HoldReason = null;
    }

    public void Cancel() => Cancel(null);

    /// <summary>Cancels the order; the reason, when given, stays with the change in the audit trail and on the timeline.</summary>
    public void Cancel(string? reason)
    {
        Status = WorkOrderStateMachine.Apply(Status, WorkOrderAction.Cancel);
        _auditNote = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    /// <summary>
    /// Completes an order whose steps are all finished. Below the ordered quantity is allowed (the good units are
    /// what was made); with nothing good at all it is refused: that order is closed short, with a reason (ADR 0035).
    /// </summary>
    public void Complete(DateTimeOffset now)
    {
        EnsureStepsFinished();
        if (Status == WorkOrderStatus.InProgress && GoodQuantity <= 0)
        {
            throw new DomainRuleException(
                "work_order.nothing_made",
                "Nothing good was made; close the order short with a reason instead of completing it.");
        }

        Status = WorkOrderStateMachine.Apply(Status, WorkOrderAction.Complete);
        CompletedAt = now.ToUniversalTime();
    }

    /// <summary>
    /// Ends an order whose steps are all finished short of its quantity, even with nothing good made, keeping the
    /// reason (the fabric was ruined, the customer withdrew) for the timeline.
    /// </summary>
    public void CloseShort(string reason, DateTimeOffset now)
    {
        var next = WorkOrderStateMachine.Apply(Status, WorkOrderAction.Complete);
        EnsureStepsFinished();
        if (GoodQuantity >= Quantity)
        {
            throw new DomainRuleException("work_order.not_short", "The order made its full quantity; complete it instead of closing it short.");
        }

        var why = Guard.Required(reason, nameof(reason));
        Status = next;
        CompletedAt = now.ToUniversalTime();
        ClosedShortReason = why;
    }

    /// <summary>
    /// Applies a production event to its step and to the order, in the same unit of work that stores the
    /// event. <paramref name="corrected"/> is the earlier event a correction refers to.
    /// </summary>
    public void Record(ProductionEvent productionEvent, ProductionEvent? corrected = null)
    {
        if (productionEvent.WorkOrderId != Id)
        {
            throw new DomainRuleException("production_event.wrong_order", "The event belongs to another work order.");
        }

        if (!WorkOrderEditing.CanRecordWork(Status))
        {
            throw new DomainRuleException(
                "production_event.order_not_open",
                $"Work cannot be recorded on an order that is {Status}.",
                Status.ToString());
        }

        var step = _steps.SingleOrDefault(s => s.Id == productionEvent.WorkOrderStepId)
            ?? throw new DomainRuleException("production_event.step_not_found", "The order has no such step.");

        step.Apply(productionEvent, corrected);

        if (Status == WorkOrderStatus.Released && productionEvent.Kind == ProductionEventKind.Start)
        {
            Status = WorkOrderStateMachine.Apply(Status, WorkOrderAction.Start);
            StartedAt = productionEvent.CapturedAt;
        }
    }

    /// <summary>
    /// Applies events that arrived out of order: the step is rebuilt from <paramref name="stepEvents"/> (all its
    /// events, the new one included) in capture order (ADR 0045). An event the order makes illegal throws.
    /// </summary>
    public void Replay(Guid stepId, IEnumerable<ProductionEvent> stepEvents)
    {
        if (!WorkOrderEditing.CanRecordWork(Status))
        {
            throw new DomainRuleException(
                "production_event.order_not_open",
                $"Work cannot be recorded on an order that is {Status}.",
                Status.ToString());
        }

        var step = _steps.SingleOrDefault(s => s.Id == stepId)
            ?? throw new DomainRuleException("production_event.step_not_found", "The order has no such step.");
        var ordered = ProductionEvents.InCaptureOrder(stepEvents);
        if (ordered.Any(e => e.WorkOrderId != Id || e.WorkOrderStepId != stepId))
        {
            throw new DomainRuleException("production_event.wrong_order", "The event belongs to another work order.");
        }

        step.Rebuild(ordered);
        if (ordered.FirstOrDefault(e => e.Kind == ProductionEventKind.Start) is { } first)
        {
            if (Status == WorkOrderStatus.Released)
            {
                Status = WorkOrderStateMachine.Apply(Status, WorkOrderAction.Start);
            }

            if (StartedAt is null || first.CapturedAt < StartedAt)
            {
                StartedAt = first.CapturedAt;
            }
        }
    }

    /// <summary>Run and setup minutes still ahead at each station, for lateness against capacity.</summary>
    public IReadOnlyDictionary<Guid, decimal> RemainingMinutesByWorkstation() =>
        _steps
            .Where(s => s.State != StepState.Finished)
            .GroupBy(s => s.WorkstationId)
            .ToDictionary(g => g.Key, g => g.Sum(s => s.RemainingMinutes(Quantity)));

    private void EnsureStepsFinished()
    {
        if (Status == WorkOrderStatus.InProgress && _steps.Any(s => s.State != StepState.Finished))
        {
            throw new DomainRuleException("work_order.steps_unfinished", "Every step must be finished before the order is completed.");
        }
    }

    private void EnsureDraft()
    {
        if (!WorkOrderEditing.CanChangeQuantity(Status))
        {
            throw new DomainRuleException("work_order.not_draft", "Only a draft work order's quantity can be changed.", Status.ToString());
        }
    }

    private void EnsureNotClosed()
    {
        if (!WorkOrderEditing.CanReschedule(Status))
        {
            throw new DomainRuleException("work_order.closed", "The work order is already closed.", Status.ToString());
        }
    }
}
