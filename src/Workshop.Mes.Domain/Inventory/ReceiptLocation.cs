using Workshop.Mes.Domain.Catalog;

namespace Workshop.Mes.Domain.Inventory;

/// <summary>
/// Where a receipt (입고) goes unless the person says otherwise (ADR 0075): where this item was last received, when
/// that location is still a store; otherwise the materials store — the first store (자재 창고) in the owner's
/// consumption order, then by code; otherwise the first location that is neither finished goods nor quarantine;
/// otherwise the first location. Material arrives at the store, not in the finished-goods corner.
/// </summary>
public static class ReceiptLocation
{
    public static Guid? Default(IReadOnlyCollection<Location> locations, Guid? lastReceivedAt)
    {
        if (lastReceivedAt is { } last && locations.Any(l => l.Id == last && l.Kind == LocationKind.Store))
        {
            return last;
        }

        var byCode = locations.OrderBy(l => l.Code, StringComparer.Ordinal).ToList();
        return byCode.Where(l => l.Kind == LocationKind.Store).OrderBy(l => l.ConsumptionRank ?? int.MaxValue).FirstOrDefault()?.Id
            ?? byCode.FirstOrDefault(l => l.Kind is not (LocationKind.FinishedGoods or LocationKind.Quarantine))?.Id
            ?? byCode.FirstOrDefault()?.Id;
    }
}
