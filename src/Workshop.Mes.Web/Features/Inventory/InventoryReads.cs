using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>
/// Lots, stock movements and balances as other modules may read them; stock changes only through StockLedger: untracked, composable queries. Changes go through the module's own services.
/// </summary>
[ModuleSurface]
internal static class InventoryReads
{
    public static IQueryable<Lot> Lots(MesDbContext db) => db.Lots.AsNoTracking();

    public static IQueryable<StockMovement> StockMovements(MesDbContext db) => db.StockMovements.AsNoTracking();

    public static IQueryable<StockBalance> StockBalances(MesDbContext db) => db.StockBalances.AsNoTracking();

    public static IQueryable<StockCountLine> StockCountLines(MesDbContext db) => db.StockCountLines.AsNoTracking();
}
