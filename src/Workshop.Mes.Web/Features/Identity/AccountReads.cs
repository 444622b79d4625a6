using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// Accounts as other modules may read them (a member's name and e-mail): untracked, composable queries. Changes go through the module's own services.
/// </summary>
[ModuleSurface]
internal static class AccountReads
{
    public static IQueryable<MesUser> Users(MesDbContext db) => db.Users.AsNoTracking();
}
