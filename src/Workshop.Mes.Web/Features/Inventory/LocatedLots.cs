using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>
/// What is on hand of some items, lot by lot and location by location, with each lot's expiry and receipt: what
/// backflush and the kit issue pick from.
/// </summary>
internal static class LocatedLots
{
    public static async Task<List<(Guid ItemId, LocatedLot Lot)>> OfItemsAsync(MesDbContext db, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken) =>
        (await (from balance in db.StockBalances.AsNoTracking()
                where itemIds.Contains(balance.ItemId) && balance.OnHand > 0
                join lot in db.Lots.AsNoTracking() on balance.LotId equals (Guid?)lot.Id into lots
                from lot in lots.DefaultIfEmpty()
                select new
                {
                    balance.ItemId,
                    balance.LocationId,
                    balance.LotId,
                    balance.OnHand,
                    ExpiresOn = lot == null ? null : lot.ExpiresOn,
                    ReceivedAt = lot == null ? DateTimeOffset.MinValue : lot.ReceivedAt,
                })
            .ToListAsync(cancellationToken))
        .Select(r => (r.ItemId, new LocatedLot(r.LocationId, r.LotId, r.OnHand, r.ExpiresOn, r.ReceivedAt)))
        .ToList();
}
