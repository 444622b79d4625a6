namespace Workshop.Mes.Domain.Inventory;

/// <summary>What the reorder rule says about one item.</summary>
/// <param name="Available">On hand less the outstanding demand of open work orders.</param>
/// <param name="SuggestedQuantity">Enough to bring what is available back up to the reorder point plus the safety stock.</param>
public sealed record ReorderAdvice(decimal OnHand, decimal Demand, decimal Available, decimal ReorderPoint, decimal SafetyStock, decimal SuggestedQuantity);

/// <summary>
/// Reorder alerts (재주문점): an item needs ordering when what is on hand, less what released, running and held
/// work orders still need, falls below its reorder point. Items without a reorder point are never alerted.
/// </summary>
public static class ReorderRule
{
    public static ReorderAdvice? Evaluate(decimal onHand, decimal demand, decimal reorderPoint, decimal safetyStock)
    {
        if (reorderPoint <= 0)
        {
            return null;
        }

        var available = onHand - Math.Max(0, demand);
        if (available >= reorderPoint)
        {
            return null;
        }

        var suggested = reorderPoint + safetyStock - available;
        return new ReorderAdvice(onHand, Math.Max(0, demand), available, reorderPoint, safetyStock, suggested);
    }
}
