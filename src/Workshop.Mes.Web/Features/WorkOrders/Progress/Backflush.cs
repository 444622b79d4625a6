using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Inventory;

namespace Workshop.Mes.Web.Features.WorkOrders.Progress;

/// <summary>
/// Good units out of the last step: inventory takes them in as the order's lot and consumes their BOM components
/// (<see cref="ProductionStock"/>); the order records what its materials used.
/// </summary>
internal static class Backflush
{
    public static async Task BookOutputAsync(
        MesDbContext db, WorkOrder order, decimal good, DateTimeOffset at, TimeZoneInfo zone, IReadOnlyDictionary<Guid, Guid> scannedLots, CancellationToken cancellationToken)
    {
        var uses = order.Materials
            .Select(m => new ComponentUse(m.ItemId, m.QuantityPer * good, scannedLots.TryGetValue(m.ItemId, out var scanned) ? scanned : (Guid?)null))
            .ToList();
        await ProductionStock.TakeInAsync(db, new ProducedOutput(order.WorkshopId, order.Id, order.Number, order.ProductId, good, at, zone), uses, cancellationToken);
        foreach (var material in order.Materials)
        {
            material.RecordConsumption(material.QuantityPer * good);
        }
    }
}
