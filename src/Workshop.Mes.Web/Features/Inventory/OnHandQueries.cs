using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>On hand by item × lot × location for the list, its export and the stock dialogs, and the items and locations those dialogs pick from.</summary>
internal sealed class OnHandQueries(MesContexts contexts)
{
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

    /// <summary>
    /// The balances of an item anywhere, for the issue, transfer and adjust dialogs, each with what
    /// <see cref="LotOffer"/> orders them by (expiry, receipt, whether the location's stock is usable).
    /// </summary>
    public async Task<IReadOnlyList<OfferedBalance>> LotChoicesAsync(WorkshopMember member, Guid itemId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = await OnHand(db, new OnHandFilter(itemId, IncludeZero: false)).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OfferedBalance(ToRow(r), new OfferedLot(r.OnHand, r.ExpiresOn, r.ReceivedAt ?? DateTimeOffset.MinValue, UsableStock.At(r.LocationKind))))];
    }

    /// <summary>What a receipt of the item starts with: where it goes (<see cref="ReceiptLocation"/>) and the item's supplier.</summary>
    public async Task<ReceiptDefaults> ReceiptDefaultsAsync(WorkshopMember member, Guid? itemId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var locations = await CatalogReads.Locations(db).AsNoTracking().ToListAsync(cancellationToken);
        if (itemId is not { } id)
        {
            return new ReceiptDefaults(ReceiptLocation.Default(locations, null), null);
        }

        var lastReceivedAt = await db.StockMovements.AsNoTracking()
            .Where(m => m.ItemId == id && m.Kind == Domain.Inventory.StockMovementKind.Receipt)
            .OrderByDescending(m => m.OccurredAt)
            .Select(m => (Guid?)m.LocationId)
            .FirstOrDefaultAsync(cancellationToken);
        var supplier = await CatalogReads.Items(db).Where(i => i.Id == id).Select(i => i.Supplier).SingleOrDefaultAsync(cancellationToken);
        return new ReceiptDefaults(ReceiptLocation.Default(locations, lastReceivedAt), supplier);
    }

    /// <summary>Items to pick in the stock dialogs, matched on code or name.</summary>
    public async Task<IReadOnlyList<StockChoice>> ItemChoicesAsync(WorkshopMember member, string? search, CancellationToken cancellationToken, Guid? itemId = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var items = CatalogReads.Items(db).Where(i => i.IsActive && (itemId == null || i.Id == itemId));
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
        return await CatalogReads.Locations(db).OrderBy(l => l.Code).Select(l => new StockChoice(l.Id, l.Code, l.Name, null, false)).ToListAsync(cancellationToken);
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
            join item in CatalogReads.Items(db) on balance.ItemId equals item.Id
            join location in CatalogReads.Locations(db) on balance.LocationId equals location.Id
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
                ReceivedAt = lot == null ? null : lot.ReceivedAt,
                LocationId = location.Id,
                LocationKind = location.Kind,
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

        public required DateTimeOffset? ReceivedAt { get; init; }

        public required LocationKind LocationKind { get; init; }

        public required Guid LocationId { get; init; }

        public required string LocationName { get; init; }

        public required decimal OnHand { get; init; }
    }
}

/// <summary>A balance as a stock dialog offers it, with what orders the offer.</summary>
internal sealed record OfferedBalance(OnHandRow Row, OfferedLot Facts);

/// <summary>Where a receipt goes unless changed, and who the item is bought from.</summary>
internal sealed record ReceiptDefaults(Guid? LocationId, string? Supplier);
