namespace Workshop.Mes.Contracts.WorkOrders;

public enum WorkOrderStatus
{
    Draft,
    Released,
    InProgress,
    OnHold,
    Completed,
    Cancelled,
}

public enum WorkOrderPriority
{
    Low,
    Normal,
    High,
    Rush,
}

/// <summary>A work order as lists show it: what, how many, by when, and how far along.</summary>
/// <param name="GoodQuantity">Good units out of the last step: finished pieces.</param>
/// <param name="Progress">Average over the steps of the share of the quantity each has made good, 0 to 1.</param>
/// <param name="IsLate">Past its due date, or its stations cannot finish the work left before it, and not completed or cancelled.</param>
/// <param name="IsAtRisk">Not late, but more than 80% of the stations' time until the due date is already needed.</param>
public sealed record WorkOrderSummary(
    Guid Id,
    string Number,
    string ProductCode,
    string ProductName,
    decimal Quantity,
    string Unit,
    DateOnly DueDate,
    WorkOrderPriority Priority,
    WorkOrderStatus Status,
    decimal GoodQuantity,
    decimal Progress,
    bool IsLate,
    string? CustomerName,
    bool IsAtRisk = false);
