using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using DomainKind = Workshop.Mes.Domain.Inventory.StockMovementKind;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>The stock ledger: every movement newest first, paged by key, one movement, and its export.</summary>
internal sealed class LedgerQueries(MesContexts contexts)
{
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
        join item in CatalogReads.Items(db) on m.ItemId equals item.Id
        join location in CatalogReads.Locations(db) on m.LocationId equals location.Id
        join lot in db.Lots on m.LotId equals (Guid?)lot.Id into lots
        from lot in lots.DefaultIfEmpty()
        join order in WorkOrderReads.WorkOrders(db).IgnoreAutoIncludes() on m.WorkOrderId equals (Guid?)order.Id into orders
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
            UnitPrice = m.UnitPrice,
        };

    /// <summary>Newest first, as the ledger reads.</summary>
    private static List<StockMovementView> Newest(IEnumerable<LedgerDbRow> rows) =>
        rows.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id).Select(r => new StockMovementView(
            r.Id, StockPostingService.ToContract(r.Kind), r.OccurredAt, r.ItemId, r.ItemCode, r.ItemName, r.Unit, r.LotId, r.LotNumber,
            r.LocationId, r.LocationName, r.Quantity, r.WorkOrderId, r.WorkOrderNumber, r.TransferId, r.Reason, r.UnitPrice)).ToList();

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

        public required decimal? UnitPrice { get; init; }
    }
}
