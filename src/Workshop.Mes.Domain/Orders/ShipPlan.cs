namespace Workshop.Mes.Domain.Orders;

/// <summary>A finished lot the ship dialog offers against one order line.</summary>
public readonly record struct OfferedLot(Guid OrderLineId, decimal OnHand);

/// <summary>
/// What the ship dialog fills in before the owner changes anything: each line's remaining quantity taken from its
/// lots in the order offered (oldest lot first), as much as each lot holds; lots not needed get nothing.
/// </summary>
public static class ShipPlan
{
    public static IReadOnlyList<decimal> Suggest(IReadOnlyList<OfferedLot> lots, IReadOnlyDictionary<Guid, decimal> remainingByLine)
    {
        var left = remainingByLine.ToDictionary(r => r.Key, r => Math.Max(0, r.Value));
        var plan = new decimal[lots.Count];
        for (var i = 0; i < lots.Count; i++)
        {
            var lot = lots[i];
            var wanted = left.GetValueOrDefault(lot.OrderLineId);
            plan[i] = Math.Min(wanted, Math.Max(0, lot.OnHand));
            left[lot.OrderLineId] = wanted - plan[i];
        }

        return plan;
    }
}
