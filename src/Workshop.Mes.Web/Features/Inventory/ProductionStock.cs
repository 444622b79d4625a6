using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>Good units a work order made, to take into stock as the order's lot.</summary>
internal sealed record ProducedOutput(Guid WorkshopId, Guid WorkOrderId, string WorkOrderNumber, Guid ProductId, decimal Good, DateTimeOffset At, TimeZoneInfo Zone);

/// <summary>A component the output used up, and the lot the worker scanned for it, if any.</summary>
internal sealed record ComponentUse(Guid ItemId, decimal Quantity, Guid? ScannedLotId);

/// <summary>
/// Published by the inventory module: production into stock. The output goes into finished goods as the order's lot
/// (<c>{number}-{n}</c>, one per workshop day of output) and its components are consumed (backflush), first-expiring
/// lot first, all posted through <see cref="StockLedger"/> in the caller's unit of work. Work orders call this and
/// never touch lots, balances or locations themselves.
/// </summary>
internal static class ProductionStock
{
    /// <summary>Adds the output lot and the movements to <paramref name="db"/>; the caller saves.</summary>
    public static async Task TakeInAsync(MesDbContext db, ProducedOutput output, IReadOnlyList<ComponentUse> components, CancellationToken cancellationToken)
    {
        var locations = await db.Locations.AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken);
        var finishedGoods = locations.FirstOrDefault(l => l.Kind == LocationKind.FinishedGoods)
            ?? throw new DomainRuleException("work_order.no_finished_goods_location", "The workshop needs a finished-goods location to take in production.");
        var allowNegative = await db.Workshops.Where(t => t.Id == output.WorkshopId).Select(t => t.AllowNegativeStock).SingleAsync(cancellationToken);

        var lot = await OutputLotAsync(db, output, cancellationToken);
        var movements = new List<StockMovement>
        {
            StockMovement.Output(output.WorkshopId, new StockKey(output.ProductId, lot.Id, finishedGoods.Id), output.Good, output.At, output.WorkOrderId),
        };

        var itemIds = components.Select(c => c.ItemId).ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        foreach (var component in components)
        {
            var item = items[component.ItemId];
            var locationId = item.BackflushLocationId
                ?? (locations.FirstOrDefault(l => l.Kind == LocationKind.Floor) ?? locations.FirstOrDefault(l => l.Kind == LocationKind.Store))?.Id
                ?? throw new DomainRuleException("work_order.no_backflush_location", "The workshop needs a floor or store location to take components from.");
            var available = await AvailableAsync(db, item.Id, locationId, cancellationToken);
            var (takes, shortfall) = LotPicking.Pick(available, component.Quantity, component.ScannedLotId);
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

            movements.AddRange(takes.Select(t => StockMovement.Backflush(output.WorkshopId, new StockKey(item.Id, t.LotId, locationId), t.Quantity, output.At, output.WorkOrderId)));
        }

        await StockLedger.PostAsync(db, movements, allowNegative, cancellationToken);
    }

    /// <summary>Whether <paramref name="lotId"/> is a lot of <paramref name="itemId"/> here: what a scanned lot must be.</summary>
    public static Task<bool> IsLotOfAsync(MesDbContext db, Guid lotId, Guid itemId, CancellationToken cancellationToken) =>
        db.Lots.AnyAsync(l => l.Id == lotId && l.ItemId == itemId, cancellationToken);

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

    private static async Task<Lot> OutputLotAsync(MesDbContext db, ProducedOutput output, CancellationToken cancellationToken)
    {
        var lots = await db.Lots.Where(l => l.ProducedByWorkOrderId == output.WorkOrderId).OrderBy(l => l.ReceivedAt).ToListAsync(cancellationToken);
        var day = WorkshopTime.DayOf(output.At, output.Zone);
        var sameDay = lots.LastOrDefault(l => WorkshopTime.DayOf(l.ReceivedAt, output.Zone) == day);
        if (sameDay is not null)
        {
            return sameDay;
        }

        var lot = new Lot(output.WorkshopId, output.ProductId, $"{output.WorkOrderNumber}-{lots.Count + 1}", null, output.At, null, output.WorkOrderId);
        db.Lots.Add(lot);
        return lot;
    }
}
