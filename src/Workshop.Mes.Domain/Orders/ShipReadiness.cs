namespace Workshop.Mes.Domain.Orders;

/// <summary>Why an order cannot ship now; the page shows this instead of the ship button.</summary>
public enum ShipBlocker
{
    None,
    Cancelled,
    AllShipped,
    NoFinishedStock,
}

/// <summary>An open order line and the finished lot stock of its product on hand.</summary>
public readonly record struct LineStock(decimal Remaining, decimal OnHand);

/// <summary>When the ship button appears: something is left to ship on a line whose product has finished lots on hand.</summary>
public static class ShipReadiness
{
    public static ShipBlocker Of(CustomerOrderStatus status, IEnumerable<LineStock> lines)
    {
        if (status == CustomerOrderStatus.Cancelled)
        {
            return ShipBlocker.Cancelled;
        }

        var open = lines.Where(l => l.Remaining > 0).ToList();
        if (status == CustomerOrderStatus.Shipped || open.Count == 0)
        {
            return ShipBlocker.AllShipped;
        }

        return open.Any(l => l.OnHand > 0) ? ShipBlocker.None : ShipBlocker.NoFinishedStock;
    }
}
