using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.WorkOrders;

public enum WorkOrderStatus
{
    Draft,
    Released,
    InProgress,
    OnHold,
    Completed,
    Cancelled,
}

public enum WorkOrderAction
{
    Release,
    Start,
    Hold,
    Resume,
    Complete,
    Cancel,
}

public enum WorkOrderPriority
{
    Low,
    Normal,
    High,
    Rush,
}

/// <summary>
/// The work-order state machine as one table: Draft → Released → InProgress → Completed, with OnHold
/// and Cancelled on the side. Resume returns to the status the order was held from.
/// </summary>
public static class WorkOrderStateMachine
{
    private static readonly Dictionary<(WorkOrderStatus From, WorkOrderAction Action), WorkOrderStatus> _transitions = new()
    {
        [(WorkOrderStatus.Draft, WorkOrderAction.Release)] = WorkOrderStatus.Released,
        [(WorkOrderStatus.Draft, WorkOrderAction.Cancel)] = WorkOrderStatus.Cancelled,
        [(WorkOrderStatus.Released, WorkOrderAction.Start)] = WorkOrderStatus.InProgress,
        [(WorkOrderStatus.Released, WorkOrderAction.Hold)] = WorkOrderStatus.OnHold,
        [(WorkOrderStatus.Released, WorkOrderAction.Cancel)] = WorkOrderStatus.Cancelled,
        [(WorkOrderStatus.InProgress, WorkOrderAction.Hold)] = WorkOrderStatus.OnHold,
        [(WorkOrderStatus.InProgress, WorkOrderAction.Complete)] = WorkOrderStatus.Completed,
        [(WorkOrderStatus.InProgress, WorkOrderAction.Cancel)] = WorkOrderStatus.Cancelled,
        [(WorkOrderStatus.OnHold, WorkOrderAction.Cancel)] = WorkOrderStatus.Cancelled,
    };

    public static bool CanApply(WorkOrderStatus from, WorkOrderAction action, WorkOrderStatus? heldFrom = null) =>
        action == WorkOrderAction.Resume ? from == WorkOrderStatus.OnHold && heldFrom is not null : _transitions.ContainsKey((from, action));

    /// <summary>The status after <paramref name="action"/>, or a rule exception naming the illegal move.</summary>
    public static WorkOrderStatus Apply(WorkOrderStatus from, WorkOrderAction action, WorkOrderStatus? heldFrom = null)
    {
        if (action == WorkOrderAction.Resume && from == WorkOrderStatus.OnHold && heldFrom is { } previous)
        {
            return previous;
        }

        return _transitions.TryGetValue((from, action), out var to)
            ? to
            : throw new DomainRuleException(
                "work_order.illegal_transition",
                $"A work order that is {from} cannot {action}.",
                from.ToString(),
                action.ToString());
    }
}

/// <summary>
/// Which of an order's plan fields may change in a status, and whether work may be recorded on it: the one answer
/// the entity enforces and the pages and the API show before anyone tries.
/// </summary>
public static class WorkOrderEditing
{
    /// <summary>The quantity is fixed once the order is released: the steps and materials were copied for it.</summary>
    public static bool CanChangeQuantity(WorkOrderStatus status) => status == WorkOrderStatus.Draft;

    /// <summary>Due date and priority may move while the order is open, as customers and the floor change their minds.</summary>
    public static bool CanReschedule(WorkOrderStatus status) => status is not (WorkOrderStatus.Completed or WorkOrderStatus.Cancelled);

    public static bool CanRecordWork(WorkOrderStatus status) => status is WorkOrderStatus.Released or WorkOrderStatus.InProgress;
}

/// <summary>
/// Open work orders: released to the floor and not yet closed — released, running or held. What they still need of
/// their components is promised stock, for the release shortages and the reorder alerts alike.
/// </summary>
public static class OpenWorkOrders
{
    public static IReadOnlyList<WorkOrderStatus> Statuses { get; } = new List<WorkOrderStatus> { WorkOrderStatus.Released, WorkOrderStatus.InProgress, WorkOrderStatus.OnHold }.AsReadOnly();

    public static bool Includes(WorkOrderStatus status) => Statuses.Contains(status);
}
