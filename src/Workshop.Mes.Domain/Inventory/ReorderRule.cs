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
    /// <summary>The furthest ahead an order-by date goes.</summary>
    public const int MostDaysAhead = 365;

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

    /// <summary>
    /// 주문 기한 (ADR 0075): the last day to order so the item arrives before it runs out. The reorder point is what
    /// lasts the lead time plus the safety stock, so it gives the daily use: (reorder point − safety stock) ÷ lead
    /// time. What is available lasts available ÷ daily use days; order that many days less the lead time from today,
    /// and never before today. Without a lead time, without a reorder point above the safety stock (no daily use to
    /// read), or with nothing available, the day is today; a date further than a year ahead is a year ahead (a safety
    /// stock just under the reorder point reads as a tiny daily use).
    /// </summary>
    public static DateOnly OrderBy(ReorderAdvice advice, int leadTimeDays, DateOnly today)
    {
        if (leadTimeDays <= 0 || advice.ReorderPoint <= advice.SafetyStock || advice.Available <= 0)
        {
            return today;
        }

        var dailyUse = (advice.ReorderPoint - advice.SafetyStock) / leadTimeDays;
        var spare = Math.Floor(advice.Available / dailyUse) - leadTimeDays;
        return today.AddDays((int)Math.Clamp(spare, 0, MostDaysAhead));
    }
}
