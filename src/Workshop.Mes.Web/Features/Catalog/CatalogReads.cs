using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>
/// The catalogue's master data as other modules may read it: untracked, composable queries. Changes go through the module's own services.
/// </summary>
[ModuleSurface]
internal static class CatalogReads
{
    public static IQueryable<Item> Items(MesDbContext db) => db.Items.AsNoTracking();

    public static IQueryable<Location> Locations(MesDbContext db) => db.Locations.AsNoTracking();

    public static IQueryable<Workstation> Workstations(MesDbContext db) => db.Workstations.AsNoTracking();

    public static IQueryable<DefectCode> DefectCodes(MesDbContext db) => db.DefectCodes.AsNoTracking();

    public static IQueryable<DowntimeReason> DowntimeReasons(MesDbContext db) => db.DowntimeReasons.AsNoTracking();

    public static IQueryable<BomLine> BomLines(MesDbContext db) => db.BomLines.AsNoTracking();

    public static IQueryable<RoutingStep> RoutingSteps(MesDbContext db) => db.RoutingSteps.AsNoTracking();
}
