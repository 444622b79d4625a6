using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>
/// Published by the inventory module: what is on hand to count on per item, across every location but quarantine
/// (<see cref="UsableStock"/>). The release shortages and the reorder alerts read stock here, not from the balances.
/// </summary>
[ModuleSurface]
internal static class AvailableStock
{
    /// <param name="itemIds">The items to ask about; null for every one.</param>
    public static async Task<IReadOnlyDictionary<Guid, decimal>> ByItemAsync(MesDbContext db, IReadOnlyCollection<Guid>? itemIds, CancellationToken cancellationToken)
    {
        var usable = UsableStock.LocationKinds.ToArray();
        var balances =
            from balance in db.StockBalances.AsNoTracking()
            join location in CatalogReads.Locations(db) on balance.LocationId equals location.Id
            where usable.Contains(location.Kind)
            select balance;
        if (itemIds is not null)
        {
            var ids = itemIds.ToArray();
            balances = balances.Where(b => ids.Contains(b.ItemId));
        }

        return await balances
            .GroupBy(b => b.ItemId)
            .Select(g => new { ItemId = g.Key, OnHand = g.Sum(b => b.OnHand) })
            .ToDictionaryAsync(g => g.ItemId, g => g.OnHand, cancellationToken);
    }
}
