using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>
/// Work entered from the office without naming a worker is recorded under the person entering it, through a
/// worker profile kept for them (inactive, so it never signs in on a tablet).
/// </summary>
[ModuleSurface]
internal static class OfficeWorkers
{
    /// <summary>The member's office profile, added to <paramref name="db"/>'s unit of work the first time.</summary>
    public static async Task<Guid> ProfileOfAsync(MesDbContext db, WorkshopMember member, CancellationToken cancellationToken)
    {
        var badge = $"OFFICE-{member.Actor.Id ?? member.UserId ?? Guid.Empty:N}";
        var existing = await db.Workers.Where(w => w.BadgeCode == badge).Select(w => (Guid?)w.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var worker = new Worker(member.Workshop.Id, member.Actor.Name.Length > 100 ? member.Actor.Name[..100] : member.Actor.Name, badge, 0);
        worker.Deactivate();
        db.Workers.Add(worker);
        return worker.Id;
    }
}
