using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>Count sheets (재고 실사표): what the ledger says is at a location now, to count against.</summary>
internal sealed class CountSheetQueries(MesContexts contexts, TimeProvider clock)
{
    /// <summary>What the ledger says is at a location now, to count against; null when there is no such location.</summary>
    public async Task<CountSheet?> CountSheetAsync(WorkshopMember member, Guid locationId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var location = await CatalogReads.Locations(db).SingleOrDefaultAsync(l => l.Id == locationId, cancellationToken);
        if (location is null)
        {
            return null;
        }

        var lines = await (
            from balance in db.StockBalances.AsNoTracking()
            where balance.LocationId == locationId && balance.OnHand != 0
            join item in CatalogReads.Items(db) on balance.ItemId equals item.Id
            join lot in db.Lots on balance.LotId equals (Guid?)lot.Id into lots
            from lot in lots.DefaultIfEmpty()
            orderby item.Code, lot.LotNumber
            select new CountSheetLine(item.Id, item.Code, item.Name, item.Unit, balance.LotId, lot == null ? null : lot.LotNumber, balance.OnHand))
            .ToListAsync(cancellationToken);
        return new CountSheet(location.Id, location.Name, clock.GetUtcNow(), lines);
    }
}
