using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Inventory;

namespace Workshop.Mes.Web.Features.ShopFloor;

/// <summary>
/// Units out of the last step: inventory takes the good ones in as the order's lot and consumes the BOM components
/// of good and scrapped units alike (<see cref="ProductionStock"/>, ADR 0049); the order records what its materials used.
/// </summary>
internal static class Backflush
{
    public static async Task BookAsync(
        MesDbContext db, WorkOrder order, decimal good, decimal scrap, DateTimeOffset at, TimeZoneInfo zone, IReadOnlyDictionary<Guid, Guid> scannedLots, CancellationToken cancellationToken)
    {
        List<ComponentUse> Uses(decimal units) =>
            [.. order.Materials.Select(m => new ComponentUse(m.ItemId, m.QuantityPer * units, scannedLots.TryGetValue(m.ItemId, out var scanned) ? scanned : null))];

        if (good > 0)
        {
            await ProductionStock.TakeInAsync(db, new ProducedOutput(order.WorkshopId, order.Id, order.Number, order.ProductId, good, at, zone), Uses(good), cancellationToken);
        }

        if (scrap > 0)
        {
            await ProductionStock.ConsumeScrapAsync(db, order.WorkshopId, order.Id, at, Uses(scrap), cancellationToken);
        }

        foreach (var material in order.Materials)
        {
            material.RecordConsumption(material.QuantityPer * (good + scrap));
        }
    }
}
