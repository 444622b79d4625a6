using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Inventory;

namespace Workshop.Mes.Web.Features.WorkOrders.Progress;

/// <summary>
/// Good units out of the last step: they go into finished goods as the order's lot (<c>{number}-{n}</c>, one per
/// day of output) and consume their BOM components from where each is used up, first-expiring lot first.
/// </summary>
internal static class Backflush
{
    public static async Task BookOutputAsync(
        MesDbContext db, WorkOrder order, decimal good, DateTimeOffset at, TimeZoneInfo zone, IReadOnlyDictionary<Guid, Guid> scannedLots, CancellationToken cancellationToken)
    {
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken);
        var finishedGoods = locations.FirstOrDefault(l => l.Kind == LocationKind.FinishedGoods)
            ?? throw new DomainRuleException("work_order.no_finished_goods_location", "The workshop needs a finished-goods location to take in production.");
        var allowNegative = await db.Workshops.Where(t => t.Id == order.WorkshopId).Select(t => t.AllowNegativeStock).SingleAsync(cancellationToken);

        var lot = await OutputLotAsync(db, order, at, zone, cancellationToken);
        var movements = new List<StockMovement>
        {
            StockMovement.Output(order.WorkshopId, new StockKey(order.ProductId, lot.Id, finishedGoods.Id), good, at, order.Id),
        };

        var itemIds = order.Materials.Select(m => m.ItemId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var material in order.Materials)
        {
            var item = items[material.ItemId];
            var quantity = material.QuantityPer * good;
            var locationId = item.BackflushLocationId
                ?? (locations.FirstOrDefault(l => l.Kind == LocationKind.Floor) ?? locations.FirstOrDefault(l => l.Kind == LocationKind.Store))?.Id
                ?? throw new DomainRuleException("work_order.no_backflush_location", "The workshop needs a floor or store location to take components from.");
            var available = await AvailableAsync(db, item.Id, locationId, cancellationToken);
            var (takes, shortfall) = LotPicking.Pick(available, quantity, scannedLots.TryGetValue(item.Id, out var scanned) ? scanned : null);
            if (shortfall > 0)
            {
                if (!allowNegative)
                {
                    throw new DomainRuleException(
                        "work_order.components_short",
                        $"{item.Code} is short by {shortfall} at the backflush location.",
                        item.Code,
                        shortfall);
                }

                var last = takes.Count > 0 ? takes[^1].LotId : available.FirstOrDefault()?.LotId;
                takes = [.. takes, new LotTake(last, shortfall)];
            }

            movements.AddRange(takes.Select(t => StockMovement.Backflush(order.WorkshopId, new StockKey(item.Id, t.LotId, locationId), t.Quantity, at, order.Id)));
            material.RecordConsumption(quantity);
        }

        await StockLedger.PostAsync(db, movements, allowNegative, cancellationToken);
    }

    private static async Task<List<AvailableLot>> AvailableAsync(MesDbContext db, Guid itemId, Guid locationId, CancellationToken cancellationToken) =>
        await (from balance in db.StockBalances.AsNoTracking()
               where balance.ItemId == itemId && balance.LocationId == locationId && balance.OnHand > 0
               join lot in db.Lots.AsNoTracking() on balance.LotId equals (Guid?)lot.Id into lots
               from lot in lots.DefaultIfEmpty()
               select new AvailableLot(
                   balance.LotId,
                   balance.OnHand,
                   lot == null ? null : lot.ExpiresOn,
                   lot == null ? DateTimeOffset.MinValue : lot.ReceivedAt))
            .ToListAsync(cancellationToken);

    private static async Task<Lot> OutputLotAsync(MesDbContext db, WorkOrder order, DateTimeOffset at, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var lots = await db.Lots.Where(l => l.ProducedByWorkOrderId == order.Id).OrderBy(l => l.ReceivedAt).ToListAsync(cancellationToken);
        var day = WorkshopTime.DayOf(at, zone);
        var sameDay = lots.LastOrDefault(l => WorkshopTime.DayOf(l.ReceivedAt, zone) == day);
        if (sameDay is not null)
        {
            return sameDay;
        }

        var lot = new Lot(order.WorkshopId, order.ProductId, $"{order.Number}-{lots.Count + 1}", null, at, null, order.Id);
        db.Lots.Add(lot);
        return lot;
    }
}
