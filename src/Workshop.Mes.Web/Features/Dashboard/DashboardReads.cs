using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>The hourly production rollups as other modules may read them (the quality comparison's output counts): untracked and composable.</summary>
[ModuleSurface]
internal static class DashboardReads
{
    public static IQueryable<ProductionRollup> ProductionRollups(MesDbContext db) => db.ProductionRollups.AsNoTracking();
}
