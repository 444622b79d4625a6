using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Audit;

/// <summary>
/// The audit trail as other modules may read it (a work order's timeline): untracked, composable queries. Changes go through the module's own services.
/// </summary>
[ModuleSurface]
internal static class AuditReads
{
    public static IQueryable<AuditEntry> AuditEntries(MesDbContext db) => db.AuditEntries.AsNoTracking();
}
