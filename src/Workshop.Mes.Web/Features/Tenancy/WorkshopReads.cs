using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>
/// A workshop's own settings (name, time zone, shift, stock policy) and its workers as other modules may read them: untracked, composable queries. Changes go through the module's own services.
/// </summary>
[ModuleSurface]
internal static class WorkshopReads
{
    public static IQueryable<Tenant> Workshops(MesDbContext db) => db.Workshops.AsNoTracking();

    /// <summary>The people who work the floor (badge, PIN state), whether or not they have an account.</summary>
    public static IQueryable<Worker> Workers(MesDbContext db) => db.Workers.AsNoTracking();

    /// <summary>The workshop's members (accounts with a role here), e.g. to name one of them as responsible for something.</summary>
    public static IQueryable<Membership> Members(MesDbContext db) => db.Memberships.AsNoTracking();
}
