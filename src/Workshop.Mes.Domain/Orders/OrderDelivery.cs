using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Domain.Orders;

/// <summary>How a customer order line stands against its due date, in the same words as its work orders (ADR 0070).</summary>
public static class OrderDelivery
{
    /// <summary>Something is left to ship, the order is neither shipped nor cancelled, and the due date has passed (due today is not).</summary>
    public static bool IsOverdue(bool orderClosed, decimal remainingQuantity, DateOnly dueDate, DateOnly today) =>
        !orderClosed && remainingQuantity > 0 && dueDate < today;

    /// <summary>
    /// The line's standing: overdue by its own due date; otherwise expected late when one of its work orders is, with
    /// that order's shortfall; otherwise on track. Shipped lines and closed orders are on track.
    /// </summary>
    public static DeliveryOutlook OfLine(bool orderClosed, decimal remainingQuantity, DateOnly dueDate, DateOnly today, IEnumerable<DeliveryOutlook> workOrders)
    {
        if (orderClosed || remainingQuantity <= 0)
        {
            return DeliveryOutlook.OnTrack;
        }

        if (IsOverdue(orderClosed, remainingQuantity, dueDate, today))
        {
            return DeliveryOutlook.Overdue;
        }

        return workOrders.FirstOrDefault(w => w.IsExpectedLate) ?? DeliveryOutlook.OnTrack;
    }
}
