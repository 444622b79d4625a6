namespace Workshop.Mes.Domain.WorkOrders;

/// <summary>How an open order stands against its due date; each is a different fact with its own words (ADR 0070).</summary>
public enum DeliveryStanding
{
    /// <summary>Nothing to worry about, or the order is completed or cancelled.</summary>
    OnTrack,

    /// <summary>It still fits, but needs more than 80% of the stations' time left before its due date.</summary>
    AtRisk,

    /// <summary>Not due yet, but the work left on a station will not fit before the due date.</summary>
    ExpectedLate,

    /// <summary>The due date has passed and the order is neither completed nor cancelled.</summary>
    Overdue,
}

/// <summary>Why an order is expected late: the station furthest behind and how many hours it is short (rounded up to 0.1 h).</summary>
public sealed record DeliveryShortfall(Guid WorkstationId, decimal HoursShort);

/// <summary>An order's <see cref="DeliveryStanding"/>, with the shortfall behind it when it is expected late.</summary>
public sealed record DeliveryOutlook(DeliveryStanding Standing, DeliveryShortfall? Shortfall = null)
{
    public static readonly DeliveryOutlook OnTrack = new(DeliveryStanding.OnTrack);

    public static readonly DeliveryOutlook Overdue = new(DeliveryStanding.Overdue);

    public bool IsOverdue => Standing == DeliveryStanding.Overdue;

    public bool IsExpectedLate => Standing == DeliveryStanding.ExpectedLate;

    public bool IsAtRisk => Standing == DeliveryStanding.AtRisk;

    /// <summary>The "late" of before issue 12, kept for the API: overdue or expected late.</summary>
    public bool IsLate => IsOverdue || IsExpectedLate;

    /// <summary>
    /// The outlook of one order: completed and cancelled orders are on track however late they finished; an open order
    /// due before today is overdue (due today is not); otherwise what the capacity check said about it.
    /// </summary>
    public static DeliveryOutlook Of(WorkOrderStatus status, DateOnly dueDate, DateOnly today, DeliveryOutlook? capacity) =>
        status is WorkOrderStatus.Completed or WorkOrderStatus.Cancelled ? OnTrack
        : dueDate < today ? Overdue
        : capacity is { IsOverdue: false } fromCapacity ? fromCapacity
        : OnTrack;
}
