using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using DomainKind = Workshop.Mes.Domain.Inventory.StockMovementKind;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>What the on-hand list is narrowed to.</summary>
/// <param name="Search">Part of the item code or name, lot number or location name.</param>
/// <param name="IncludeZero">Also show balances that came back to zero.</param>
public sealed record OnHandFilter(Guid? ItemId = null, Guid? LocationId = null, Guid? LotId = null, string? Search = null, bool IncludeZero = false);

/// <summary>What the ledger is narrowed to; days are in the workshop's time zone, <see cref="To"/> included.</summary>
public sealed record LedgerFilter(
    Guid? ItemId = null,
    Guid? LotId = null,
    Guid? LocationId = null,
    Contracts.Inventory.StockMovementKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    Guid? WorkOrderId = null);

/// <summary>What the lot list is narrowed to.</summary>
/// <param name="Search">Part of the lot number, item code or name, or supplier.</param>
public sealed record LotFilter(Guid? ItemId = null, string? Search = null);

/// <summary>One page of a grid with the total for its pager.</summary>
public sealed record GridPage<T>(IReadOnlyList<T> Items, int TotalCount);

/// <summary>An item or location to pick in a dialog.</summary>
public sealed record StockChoice(Guid Id, string Code, string Name, string? Unit = null, bool LotTracked = false);

/// <summary>Reads of stock for the pages and the API: on hand, the ledger, lots, count sheets, reorder alerts and genealogy.</summary>
public sealed class StockQueryService(MesContexts contexts, TimeProvider clock)
{
    private static readonly DomainKind[] _consumption = [DomainKind.Issue, DomainKind.Backflush];

    public async Task<Page<OnHandRow>> OnHandPageAsync(WorkshopMember member, OnHandFilter filter, OnHandSort sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var page = await Paging.OffsetPageAsync(Sort(OnHand(db, filter), sort), cursor, limit, cancellationToken);
        return new Page<OnHandRow>(page.Items.Select(ToRow).ToList(), page.NextCursor);
    }

    public async Task<GridPage<OnHandRow>> OnHandGridAsync(WorkshopMember member, OnHandFilter filter, OnHandSort sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = OnHand(db, filter);
        var total = await rows.CountAsync(cancellationToken);
        var items = await Sort(rows, sort).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new GridPage<OnHandRow>(items.Select(ToRow).ToList(), total);
    }

    public async Task<IReadOnlyList<OnHandRow>> OnHandForExportAsync(WorkshopMember member, OnHandFilter filter, OnHandSort sort, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Export);
        await using var db = member.OpenData(contexts);
        var rows = await Sort(OnHand(db, filter), sort).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        return rows.Select(ToRow).ToList();
    }

    /// <summary>Newest first; the cursor is the last (time, id) seen, so rows added meanwhile never shift a page.</summary>
    public async Task<Page<StockMovementView>> LedgerPageAsync(WorkshopMember member, LedgerFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var movements = Filter(db, filter, member.Workshop.Zone);
        if (DecodeLedgerCursor(cursor) is var (at, id))
        {
            movements = movements.Where(m => EF.Functions.LessThan(ValueTuple.Create(m.OccurredAt, m.Id), ValueTuple.Create(at, id)));
        }

        var ordered = Newest(await Project(db, movements.OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.Id).Take(limit + 1)).ToListAsync(cancellationToken));
        var next = ordered.Count > limit ? EncodeLedgerCursor(ordered[limit - 1]) : null;
        return new Page<StockMovementView>(ordered.Take(limit).ToList(), next);
    }

    public async Task<GridPage<StockMovementView>> LedgerGridAsync(WorkshopMember member, LedgerFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var movements = Filter(db, filter, member.Workshop.Zone);
        var total = await movements.CountAsync(cancellationToken);
        var slice = movements.OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.Id).Skip(page * pageSize).Take(pageSize);
        return new GridPage<StockMovementView>(Newest(await Project(db, slice).ToListAsync(cancellationToken)), total);
    }

    public async Task<IReadOnlyList<StockMovementView>> LedgerForExportAsync(WorkshopMember member, LedgerFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Export);
        await using var db = member.OpenData(contexts);
        var slice = Filter(db, filter, member.Workshop.Zone).OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.Id).Take(Exports.TableExport.MaxRows);
        return Newest(await Project(db, slice).ToListAsync(cancellationToken));
    }

    public async Task<StockMovementView?> MovementAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        return Newest(await Project(db, db.StockMovements.AsNoTracking().Where(m => m.Id == id)).ToListAsync(cancellationToken)).SingleOrDefault();
    }

    public static bool ReadsLedgerCursor(string? cursor) => DecodeLedgerCursor(cursor) is not null;

    public async Task<Page<LotView>> LotsPageAsync(WorkshopMember member, LotFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var page = await Paging.OffsetPageAsync(Lots(db, filter).OrderBy(l => l.ItemCode).ThenBy(l => l.LotNumber).ThenBy(l => l.Id), cursor, limit, cancellationToken);
        return new Page<LotView>(page.Items.Select(ToView).ToList(), page.NextCursor);
    }

    public async Task<IReadOnlyList<LotView>> LotsForExportAsync(WorkshopMember member, LotFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Export);
        await using var db = member.OpenData(contexts);
        var rows = await Lots(db, filter).OrderBy(l => l.ItemCode).ThenBy(l => l.LotNumber).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        return rows.Select(ToView).ToList();
    }

    /// <summary>What the ledger says is at a location now, to count against; null when there is no such location.</summary>
    public async Task<CountSheet?> CountSheetAsync(WorkshopMember member, Guid locationId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var location = await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == locationId, cancellationToken);
        if (location is null)
        {
            return null;
        }

        var lines = await (
            from balance in db.StockBalances.AsNoTracking()
            where balance.LocationId == locationId && balance.OnHand != 0
            join item in db.Items on balance.ItemId equals item.Id
            join lot in db.Lots on balance.LotId equals (Guid?)lot.Id into lots
            from lot in lots.DefaultIfEmpty()
            orderby item.Code, lot.LotNumber
            select new CountSheetLine(item.Id, item.Code, item.Name, item.Unit, balance.LotId, lot == null ? null : lot.LotNumber, balance.OnHand))
            .ToListAsync(cancellationToken);
        return new CountSheet(location.Id, location.Name, clock.GetUtcNow(), lines);
    }

    /// <summary>
    /// Every item below its reorder point once open work orders have taken what they still need, most short first;
    /// stock in quarantine does not count.
    /// </summary>
    public async Task<IReadOnlyList<ReorderAlert>> ReorderAlertsAsync(WorkshopMember member, Operation operation, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, operation);
        await using var db = member.OpenData(contexts);
        var items = await db.Items.AsNoTracking().Where(i => i.IsActive && i.ReorderPoint > 0).ToListAsync(cancellationToken);
        var onHand = await AvailableStock.ByItemAsync(db, null, cancellationToken);
        var demand = await OpenMaterialDemand.ByItemAsync(db, null, null, cancellationToken);
        return items
            .Select(item => (item, advice: ReorderRule.Evaluate(onHand.GetValueOrDefault(item.Id), demand.GetValueOrDefault(item.Id), item.ReorderPoint, item.SafetyStock)))
            .Where(x => x.advice is not null)
            .Select(x => new ReorderAlert(
                x.item.Id, x.item.Code, x.item.Name, x.item.Unit, x.advice!.OnHand, x.advice.Demand, x.advice.Available,
                x.advice.ReorderPoint, x.advice.SafetyStock, x.advice.SuggestedQuantity, x.item.LeadTimeDays))
            .OrderBy(a => a.Available - a.ReorderPoint).ThenBy(a => a.ItemCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The lot's genealogy both ways; null when there is no such lot in this workshop.</summary>
    public async Task<LotGenealogy?> GenealogyAsync(WorkshopMember member, Guid lotId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        if (await Lots(db, new LotFilter()).SingleOrDefaultAsync(l => l.Id == lotId, cancellationToken) is not { } found)
        {
            return null;
        }

        var lot = ToView(found);

        // Forwards: orders that consumed this lot, what they made, and where that went.
        var consumers = await ConsumptionAsync(db, db.StockMovements.Where(m => m.LotId == lotId), cancellationToken);
        var consumerIds = consumers.Select(c => c.WorkOrderId).ToList();
        var outputs = (await Lots(db, new LotFilter()).Where(l => l.ProducedByWorkOrderId != null && consumerIds.Contains(l.ProducedByWorkOrderId.Value)).ToListAsync(cancellationToken))
            .Select(ToView).ToList();
        var shipments = await ShipmentsAsync(db, [lotId, .. outputs.Select(o => o.Id)], cancellationToken);
        var consumedBy = consumers
            .Select(order => new GenealogyConsumer(
                order,
                outputs.Where(o => o.ProducedByWorkOrderId == order.WorkOrderId)
                    .OrderBy(o => o.LotNumber, StringComparer.Ordinal)
                    .Select(o => new GenealogyOutputLot(o, shipments.GetValueOrDefault(o.Id, [])))
                    .ToList()))
            .ToList();

        // Backwards: the order that made this lot and the material lots it consumed.
        GenealogySource? madeBy = null;
        if (lot.ProducedByWorkOrderId is { } producer && await OrderAsync(db, producer, cancellationToken) is { } order)
        {
            var consumed = await db.StockMovements
                .Where(m => m.WorkOrderId == producer && m.LotId != null && _consumption.Contains(m.Kind))
                .GroupBy(m => m.LotId!.Value)
                .Select(g => new { LotId = g.Key, Quantity = -g.Sum(m => m.Quantity) })
                .ToListAsync(cancellationToken);
            var ids = consumed.Select(c => c.LotId).ToList();
            var materialLots = (await Lots(db, new LotFilter()).Where(l => ids.Contains(l.Id)).ToListAsync(cancellationToken)).Select(ToView).ToDictionary(l => l.Id);
            var made = await db.StockMovements.Where(m => m.WorkOrderId == producer && m.LotId == lotId && m.Kind == DomainKind.Output)
                .SumAsync(m => m.Quantity, cancellationToken);
            madeBy = new GenealogySource(
                order with { Quantity = made },
                consumed.OrderBy(c => materialLots[c.LotId].ItemCode, StringComparer.Ordinal).ThenBy(c => materialLots[c.LotId].LotNumber, StringComparer.Ordinal)
                    .Select(c => new GenealogyMaterial(materialLots[c.LotId], c.Quantity)).ToList());
        }

        return new LotGenealogy(lot, consumedBy, madeBy, shipments.GetValueOrDefault(lotId, []));
    }

    /// <summary>Items to pick in the stock dialogs, matched on code or name.</summary>
    public async Task<IReadOnlyList<StockChoice>> ItemChoicesAsync(WorkshopMember member, string? search, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var items = db.Items.AsNoTracking().Where(i => i.IsActive);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Paging.Contains(search);
            items = items.Where(i => EF.Functions.ILike(i.Code, pattern) || EF.Functions.ILike(i.Name, pattern));
        }

        return await items.OrderBy(i => i.Code).Take(20)
            .Select(i => new StockChoice(i.Id, i.Code, i.Name, i.Unit, i.LotTracked)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StockChoice>> LocationChoicesAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        return await db.Locations.AsNoTracking().OrderBy(l => l.Code).Select(l => new StockChoice(l.Id, l.Code, l.Name, null, false)).ToListAsync(cancellationToken);
    }

    /// <summary>Lots of an item with stock at a location (or anywhere), for the issue, transfer and adjust dialogs.</summary>
    public async Task<IReadOnlyList<OnHandRow>> BalancesOfAsync(WorkshopMember member, Guid itemId, Guid? locationId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = await OnHand(db, new OnHandFilter(itemId, locationId, IncludeZero: false)).OrderBy(r => r.LotNumber).ThenBy(r => r.LocationName)
            .ToListAsync(cancellationToken);
        return rows.Select(ToRow).ToList();
    }

    private static IQueryable<OnHandDbRow> OnHand(MesDbContext db, OnHandFilter filter)
    {
        var balances = db.StockBalances.AsNoTracking();
        if (!filter.IncludeZero)
        {
            balances = balances.Where(b => b.OnHand != 0);
        }

        if (filter.ItemId is { } itemId)
        {
            balances = balances.Where(b => b.ItemId == itemId);
        }

        if (filter.LocationId is { } locationId)
        {
            balances = balances.Where(b => b.LocationId == locationId);
        }

        if (filter.LotId is { } lotId)
        {
            balances = balances.Where(b => b.LotId == lotId);
        }

        var rows =
            from balance in balances
            join item in db.Items on balance.ItemId equals item.Id
            join location in db.Locations on balance.LocationId equals location.Id
            join lot in db.Lots on balance.LotId equals (Guid?)lot.Id into lots
            from lot in lots.DefaultIfEmpty()
            select new OnHandDbRow
            {
                ItemId = item.Id,
                ItemCode = item.Code,
                ItemName = item.Name,
                Unit = item.Unit,
                LotId = balance.LotId,
                LotNumber = lot == null ? null : lot.LotNumber,
                ExpiresOn = lot == null ? null : lot.ExpiresOn,
                LocationId = location.Id,
                LocationName = location.Name,
                OnHand = balance.OnHand,
            };
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = Paging.Contains(filter.Search);
            rows = rows.Where(r =>
                EF.Functions.ILike(r.ItemCode, pattern)
                || EF.Functions.ILike(r.ItemName, pattern)
                || EF.Functions.ILike(r.LocationName, pattern)
                || (r.LotNumber != null && EF.Functions.ILike(r.LotNumber, pattern)));
        }

        return rows;
    }

    private static IQueryable<OnHandDbRow> Sort(IQueryable<OnHandDbRow> rows, OnHandSort sort) => sort switch
    {
        OnHandSort.ItemDescending => rows.OrderByDescending(r => r.ItemCode).ThenBy(r => r.LotNumber).ThenBy(r => r.LocationName).ThenBy(r => r.LocationId),
        OnHandSort.Location => rows.OrderBy(r => r.LocationName).ThenBy(r => r.ItemCode).ThenBy(r => r.LotNumber).ThenBy(r => r.LocationId),
        OnHandSort.LocationDescending => rows.OrderByDescending(r => r.LocationName).ThenBy(r => r.ItemCode).ThenBy(r => r.LotNumber).ThenBy(r => r.LocationId),
        OnHandSort.Lot => rows.OrderBy(r => r.LotNumber).ThenBy(r => r.ItemCode).ThenBy(r => r.LocationName).ThenBy(r => r.LocationId),
        OnHandSort.LotDescending => rows.OrderByDescending(r => r.LotNumber).ThenBy(r => r.ItemCode).ThenBy(r => r.LocationName).ThenBy(r => r.LocationId),
        OnHandSort.OnHand => rows.OrderBy(r => r.OnHand).ThenBy(r => r.ItemCode).ThenBy(r => r.LotNumber).ThenBy(r => r.LocationId),
        OnHandSort.OnHandDescending => rows.OrderByDescending(r => r.OnHand).ThenBy(r => r.ItemCode).ThenBy(r => r.LotNumber).ThenBy(r => r.LocationId),
        OnHandSort.Expiry => rows.OrderBy(r => r.ExpiresOn).ThenBy(r => r.ItemCode).ThenBy(r => r.LotNumber).ThenBy(r => r.LocationId),
        OnHandSort.ExpiryDescending => rows.OrderByDescending(r => r.ExpiresOn).ThenBy(r => r.ItemCode).ThenBy(r => r.LotNumber).ThenBy(r => r.LocationId),
        _ => rows.OrderBy(r => r.ItemCode).ThenBy(r => r.LotNumber).ThenBy(r => r.LocationName).ThenBy(r => r.LocationId),
    };

    private static OnHandRow ToRow(OnHandDbRow r) =>
        new(r.ItemId, r.ItemCode, r.ItemName, r.Unit, r.LotId, r.LotNumber, r.ExpiresOn, r.LocationId, r.LocationName, r.OnHand);

    private static IQueryable<Domain.Inventory.StockMovement> Filter(MesDbContext db, LedgerFilter filter, TimeZoneInfo zone)
    {
        var movements = db.StockMovements.AsNoTracking();
        if (filter.ItemId is { } itemId)
        {
            movements = movements.Where(m => m.ItemId == itemId);
        }

        if (filter.LotId is { } lotId)
        {
            movements = movements.Where(m => m.LotId == lotId);
        }

        if (filter.LocationId is { } locationId)
        {
            movements = movements.Where(m => m.LocationId == locationId);
        }

        if (filter.Kind is { } kind)
        {
            var domainKind = StockPostingService.ToDomain(kind);
            movements = movements.Where(m => m.Kind == domainKind);
        }

        if (filter.WorkOrderId is { } workOrderId)
        {
            movements = movements.Where(m => m.WorkOrderId == workOrderId);
        }

        if (filter.From is { } from)
        {
            var start = WorkshopTime.StartOf(from, zone);
            movements = movements.Where(m => m.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = WorkshopTime.StartOf(to.AddDays(1), zone);
            movements = movements.Where(m => m.OccurredAt < end);
        }

        return movements;
    }

    private static IQueryable<LedgerDbRow> Project(MesDbContext db, IQueryable<Domain.Inventory.StockMovement> movements) =>
        from m in movements
        join item in db.Items on m.ItemId equals item.Id
        join location in db.Locations on m.LocationId equals location.Id
        join lot in db.Lots on m.LotId equals (Guid?)lot.Id into lots
        from lot in lots.DefaultIfEmpty()
        join order in db.WorkOrders.IgnoreAutoIncludes() on m.WorkOrderId equals (Guid?)order.Id into orders
        from order in orders.DefaultIfEmpty()
        select new LedgerDbRow
        {
            Id = m.Id,
            Kind = m.Kind,
            OccurredAt = m.OccurredAt,
            ItemId = item.Id,
            ItemCode = item.Code,
            ItemName = item.Name,
            Unit = item.Unit,
            LotId = m.LotId,
            LotNumber = lot == null ? null : lot.LotNumber,
            LocationId = location.Id,
            LocationName = location.Name,
            Quantity = m.Quantity,
            WorkOrderId = m.WorkOrderId,
            WorkOrderNumber = order == null ? null : order.Number,
            TransferId = m.TransferId,
            Reason = m.Reason,
        };

    /// <summary>Newest first, as the ledger reads.</summary>
    private static List<StockMovementView> Newest(IEnumerable<LedgerDbRow> rows) =>
        rows.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id).Select(r => new StockMovementView(
            r.Id, StockPostingService.ToContract(r.Kind), r.OccurredAt, r.ItemId, r.ItemCode, r.ItemName, r.Unit, r.LotId, r.LotNumber,
            r.LocationId, r.LocationName, r.Quantity, r.WorkOrderId, r.WorkOrderNumber, r.TransferId, r.Reason)).ToList();

    private static string EncodeLedgerCursor(StockMovementView last) =>
        Paging.EncodeCursor(string.Create(CultureInfo.InvariantCulture, $"{last.OccurredAt.UtcTicks}:{last.Id:N}"));

    private static (DateTimeOffset At, Guid Id)? DecodeLedgerCursor(string? cursor)
    {
        var position = Paging.DecodeCursor(cursor);
        var parts = position?.Split(':');
        return parts is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
            && utcTicks <= DateTimeOffset.MaxValue.UtcTicks
            && Guid.TryParseExact(id, "N", out var guid)
            ? (new DateTimeOffset(utcTicks, TimeSpan.Zero), guid)
            : null;
    }

    private static IQueryable<LotDbRow> Lots(MesDbContext db, LotFilter filter)
    {
        var lots = db.Lots.AsNoTracking();
        if (filter.ItemId is { } itemId)
        {
            lots = lots.Where(l => l.ItemId == itemId);
        }

        var rows =
            from lot in lots
            join item in db.Items on lot.ItemId equals item.Id
            join order in db.WorkOrders.IgnoreAutoIncludes() on lot.ProducedByWorkOrderId equals (Guid?)order.Id into orders
            from order in orders.DefaultIfEmpty()
            select new { lot, item, order };
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = Paging.Contains(filter.Search);
            rows = rows.Where(r =>
                EF.Functions.ILike(r.lot.LotNumber, pattern)
                || EF.Functions.ILike(r.item.Code, pattern)
                || EF.Functions.ILike(r.item.Name, pattern)
                || (r.lot.SupplierName != null && EF.Functions.ILike(r.lot.SupplierName, pattern)));
        }

        return rows.Select(r => new LotDbRow
        {
            Id = r.lot.Id,
            ItemId = r.item.Id,
            ItemCode = r.item.Code,
            ItemName = r.item.Name,
            Unit = r.item.Unit,
            LotNumber = r.lot.LotNumber,
            SupplierName = r.lot.SupplierName,
            ReceivedAt = r.lot.ReceivedAt,
            ExpiresOn = r.lot.ExpiresOn,
            ProducedByWorkOrderId = r.lot.ProducedByWorkOrderId,
            ProducedByWorkOrderNumber = r.order == null ? null : r.order.Number,
            OnHand = db.StockBalances.Where(b => b.LotId == r.lot.Id).Sum(b => (decimal?)b.OnHand) ?? 0,
        });
    }

    private static LotView ToView(LotDbRow r) =>
        new(r.Id, r.ItemId, r.ItemCode, r.ItemName, r.Unit, r.LotNumber, r.SupplierName, r.ReceivedAt, r.ExpiresOn, r.ProducedByWorkOrderId, r.ProducedByWorkOrderNumber, r.OnHand);

    /// <summary>The work orders that consumed the movements' lot (issue or backflush), with how much each took.</summary>
    private static async Task<List<GenealogyOrder>> ConsumptionAsync(MesDbContext db, IQueryable<Domain.Inventory.StockMovement> movements, CancellationToken cancellationToken)
    {
        var taken = await movements
            .Where(m => m.WorkOrderId != null && _consumption.Contains(m.Kind))
            .GroupBy(m => m.WorkOrderId!.Value)
            .Select(g => new { WorkOrderId = g.Key, Quantity = -g.Sum(m => m.Quantity) })
            .ToListAsync(cancellationToken);
        var orders = new List<GenealogyOrder>();
        foreach (var t in taken)
        {
            if (await OrderAsync(db, t.WorkOrderId, cancellationToken) is { } order)
            {
                orders.Add(order with { Quantity = t.Quantity });
            }
        }

        return orders.OrderBy(o => o.Number, StringComparer.Ordinal).ToList();
    }

    private static Task<GenealogyOrder?> OrderAsync(MesDbContext db, Guid workOrderId, CancellationToken cancellationToken) =>
        (from order in db.WorkOrders.IgnoreAutoIncludes().AsNoTracking()
         where order.Id == workOrderId
         join product in db.Items on order.ProductId equals product.Id
         select new GenealogyOrder(order.Id, order.Number, product.Code, product.Name, order.Quantity))
        .SingleOrDefaultAsync(cancellationToken);

    private static async Task<Dictionary<Guid, IReadOnlyList<GenealogyShipment>>> ShipmentsAsync(MesDbContext db, List<Guid> lotIds, CancellationToken cancellationToken)
    {
        var lines = await (
            from line in db.ShipmentLines
            where line.LotId != null && lotIds.Contains(line.LotId.Value)
            join shipment in db.Shipments.IgnoreAutoIncludes() on line.ShipmentId equals shipment.Id
            join order in db.CustomerOrders.IgnoreAutoIncludes() on shipment.CustomerOrderId equals order.Id
            select new { LotId = line.LotId!.Value, Shipment = new GenealogyShipment(shipment.Id, shipment.Number, order.CustomerName, shipment.ShippedAt, line.Quantity) })
            .ToListAsync(cancellationToken);
        return lines.GroupBy(l => l.LotId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<GenealogyShipment>)g.Select(l => l.Shipment).OrderBy(s => s.ShippedAt).ToList());
    }

    private sealed class LotDbRow
    {
        public required Guid Id { get; init; }

        public required Guid ItemId { get; init; }

        public required string ItemCode { get; init; }

        public required string ItemName { get; init; }

        public required string Unit { get; init; }

        public required string LotNumber { get; init; }

        public required string? SupplierName { get; init; }

        public required DateTimeOffset ReceivedAt { get; init; }

        public required DateOnly? ExpiresOn { get; init; }

        public required Guid? ProducedByWorkOrderId { get; init; }

        public required string? ProducedByWorkOrderNumber { get; init; }

        public required decimal OnHand { get; init; }
    }

    private sealed class LedgerDbRow
    {
        public required Guid Id { get; init; }

        public required DomainKind Kind { get; init; }

        public required DateTimeOffset OccurredAt { get; init; }

        public required Guid ItemId { get; init; }

        public required string ItemCode { get; init; }

        public required string ItemName { get; init; }

        public required string Unit { get; init; }

        public required Guid? LotId { get; init; }

        public required string? LotNumber { get; init; }

        public required Guid LocationId { get; init; }

        public required string LocationName { get; init; }

        public required decimal Quantity { get; init; }

        public required Guid? WorkOrderId { get; init; }

        public required string? WorkOrderNumber { get; init; }

        public required Guid? TransferId { get; init; }

        public required string? Reason { get; init; }
    }

    // Initialised by member, not by constructor, so EF Core can filter and sort on its properties.
    private sealed class OnHandDbRow
    {
        public required Guid ItemId { get; init; }

        public required string ItemCode { get; init; }

        public required string ItemName { get; init; }

        public required string Unit { get; init; }

        public required Guid? LotId { get; init; }

        public required string? LotNumber { get; init; }

        public required DateOnly? ExpiresOn { get; init; }

        public required Guid LocationId { get; init; }

        public required string LocationName { get; init; }

        public required decimal OnHand { get; init; }
    }
}
