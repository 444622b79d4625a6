using Workshop.Mes.Contracts.WorkOrders;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>What the new-order page and the draft's edit dialog both ask for: how many, by when, how urgent.</summary>
public sealed class WorkOrderPlan
{
    public decimal? Quantity { get; set; }

    public DateTime? Due { get; set; }

    public WorkOrderPriority Priority { get; set; } = WorkOrderPriority.Normal;

    public DateOnly? DueDate => Due is { } day ? DateOnly.FromDateTime(day) : null;

    public static WorkOrderPlan Of(WorkOrderDetail order) =>
        new() { Quantity = order.Quantity, Due = order.DueDate.ToDateTime(TimeOnly.MinValue), Priority = order.Priority };

    /// <summary>
    /// An emptied quantity is sent as zero, so it is refused on its field rather than silently kept; an order past
    /// draft sends no quantity at all, as only its due date and priority may change.
    /// </summary>
    public UpdateWorkOrderRequest ToUpdate(WorkOrderActions allowed) =>
        new(allowed.ChangeQuantity ? Quantity ?? 0 : null, DueDate, Priority);
}
