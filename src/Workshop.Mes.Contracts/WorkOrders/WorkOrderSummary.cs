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
/// <param name="IsLate">Overdue or expected late: kept as before issue 12; read <paramref name="IsOverdue"/> and <paramref name="IsExpectedLate"/> to tell them apart.</param>
/// <param name="IsAtRisk">Neither, but more than 80% of the stations' time until the due date is already needed.</param>
/// <param name="IsOverdue">Its due date has passed (due today is not) and it is neither completed nor cancelled.</param>
/// <param name="IsExpectedLate">Not due yet, but a station cannot finish the work left before the due date; <paramref name="LateReason"/> says which.</param>
/// <param name="CustomerOrderId">The customer order (수주) it was made for, whose customer is <paramref name="CustomerName"/>; null for stock.</param>
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
    bool IsAtRisk = false,
    bool IsOverdue = false,
    bool IsExpectedLate = false,
    LateReason? LateReason = null,
    Guid? CustomerOrderId = null);

/// <summary>Why an order is expected late: the station furthest behind and how many hours it is short (rounded up to 0.1).</summary>
public sealed record LateReason(Guid WorkstationId, string Workstation, decimal HoursShort);

/// <summary>How many orders of a list (with its other filters) are overdue, expected late and on hold: the counts on its filter chips.</summary>
public sealed record AttentionCounts(int Overdue, int ExpectedLate, int OnHold);
