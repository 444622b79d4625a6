using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>Good units a work order made, to take into stock as the order's lot.</summary>
[ModuleSurface]
internal sealed record ProducedOutput(Guid WorkshopId, Guid WorkOrderId, string WorkOrderNumber, Guid ProductId, decimal Good, DateTimeOffset At, TimeZoneInfo Zone);

/// <summary>A component the output used up, and the lot the worker scanned for it, if any.</summary>
[ModuleSurface]
internal sealed record ComponentUse(Guid ItemId, decimal Quantity, Guid? ScannedLotId);

/// <summary>
/// Published by the inventory module: production into stock. The output goes into finished goods as the order's lot
/// (<c>{number}-{n}</c>, one per workshop day of output) and its components are consumed (backflush), first-expiring
/// lot first, location by location in the owner's consumption order (ADR 0033); a shortfall names every missing
/// component at once. All is posted through <see cref="StockLedger"/> in the caller's unit of work. Work orders call this and
/// never touch lots, balances or locations themselves.
/// </summary>
[ModuleSurface]
internal static class ProductionStock
{
    /// <summary>Adds the output lot and the movements to <paramref name="db"/>; the caller saves.</summary>
    public static async Task TakeInAsync(MesDbContext db, ProducedOutput output, IReadOnlyList<ComponentUse> components, CancellationToken cancellationToken)
    {
        var locations = await CatalogReads.Locations(db).OrderBy(l => l.Code).ToListAsync(cancellationToken);
        var finishedGoods = locations.FirstOrDefault(l => l.Kind == LocationKind.FinishedGoods)
            ?? throw new DomainRuleException("work_order.no_finished_goods_location", "The workshop needs a finished-goods location to take in production.");
        var allowNegative = await WorkshopReads.Workshops(db).Where(t => t.Id == output.WorkshopId).Select(t => t.AllowNegativeStock).SingleAsync(cancellationToken);

        var lot = await OutputLotAsync(db, output, cancellationToken);
        var movements = new List<StockMovement>
        {
            StockMovement.Output(output.WorkshopId, new StockKey(output.ProductId, lot.Id, finishedGoods.Id), output.Good, output.At, output.WorkOrderId),
        };

        movements.AddRange(await ConsumptionAsync(db, output.WorkshopId, output.WorkOrderId, output.At, locations, components, allowNegative, cancellationToken));
        await StockLedger.PostAsync(db, movements, allowNegative, cancellationToken);
    }

    /// <summary>
    /// Scrapped units: their components are consumed as for good output (ADR 0049), with nothing taken in. Adds the
    /// movements to <paramref name="db"/>; the caller saves.
    /// </summary>
    public static async Task ConsumeScrapAsync(MesDbContext db, Guid workshopId, Guid workOrderId, DateTimeOffset at, IReadOnlyList<ComponentUse> components, CancellationToken cancellationToken)
    {
        var locations = await CatalogReads.Locations(db).OrderBy(l => l.Code).ToListAsync(cancellationToken);
        var allowNegative = await WorkshopReads.Workshops(db).Where(t => t.Id == workshopId).Select(t => t.AllowNegativeStock).SingleAsync(cancellationToken);
        var movements = await ConsumptionAsync(db, workshopId, workOrderId, at, locations, components, allowNegative, cancellationToken);
        await StockLedger.PostAsync(db, movements, allowNegative, cancellationToken);
    }

    /// <summary>Whether <paramref name="lotId"/> is a lot of <paramref name="itemId"/> here: what a scanned lot must be.</summary>
    public static Task<bool> IsLotOfAsync(MesDbContext db, Guid lotId, Guid itemId, CancellationToken cancellationToken) =>
        db.Lots.AnyAsync(l => l.Id == lotId && l.ItemId == itemId, cancellationToken);

    /// <summary>
    /// Where a component is taken from, in order: the item's own backflush location when it has one, then every
    /// location the owner ranked (line side before the store), never quarantine.
    /// </summary>
    internal static IReadOnlyList<Guid> ConsumptionLocations(IReadOnlyList<Location> locations, Guid? itemLocationId)
    {
        var usable = locations.Where(l => UsableStock.At(l.Kind)).ToList();
        var ranked = usable.Where(l => l.ConsumptionRank is not null).OrderBy(l => l.ConsumptionRank).ThenBy(l => l.Code, StringComparer.Ordinal).Select(l => l.Id);
        var own = usable.Where(l => l.Id == itemLocationId).Select(l => l.Id);
        return [.. own.Concat(ranked).Distinct()];
    }

    private static async Task<List<StockMovement>> ConsumptionAsync(
        MesDbContext db, Guid workshopId, Guid workOrderId, DateTimeOffset at, IReadOnlyList<Location> locations, IReadOnlyList<ComponentUse> components, bool allowNegative, CancellationToken cancellationToken)
    {
        var movements = new List<StockMovement>();
        var itemIds = components.Select(c => c.ItemId).ToList();
        var items = await CatalogReads.Items(db).Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var lots = await LocatedLots.OfItemsAsync(db, itemIds, cancellationToken);
        var shortfalls = new List<ComponentShortfall>();
        foreach (var component in components)
        {
            var item = items[component.ItemId];
            var order = ConsumptionLocations(locations, item.BackflushLocationId);
            if (order.Count == 0)
            {
                throw new DomainRuleException("work_order.no_backflush_location", "The workshop needs a location in the consumption order to take components from.");
            }

            var pick = ConsumptionOrder.Pick(order, lots.Where(l => l.ItemId == item.Id).Select(l => l.Lot), component.Quantity, component.ScannedLotId);
            if (pick.Shortfall > 0)
            {
                shortfalls.Add(new ComponentShortfall(item.Code, pick.Shortfall, item.Unit));
            }

            var takes = allowNegative ? pick.BelowZero(order[0], component.ScannedLotId) : pick.Takes;
            movements.AddRange(takes.Select(t => StockMovement.Backflush(workshopId, new StockKey(item.Id, t.LotId, t.LocationId), t.Quantity, at, workOrderId)));
        }

        if (shortfalls.Count > 0 && !allowNegative)
        {
            throw ComponentShortfall.Refusal(shortfalls);
        }

        return movements;
    }

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
