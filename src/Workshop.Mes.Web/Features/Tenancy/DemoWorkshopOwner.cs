using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Identity;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>In the demo (ADR 0012) the server's first platform admin also becomes owner of the demo workshops.</summary>
internal sealed class DemoWorkshopOwner(MesContexts contexts, DatabaseMode mode, TimeProvider clock) : IPlatformAdminCreated
{
    public async Task CreatedAsync(MesUser admin, bool first, CancellationToken cancellationToken)
    {
        if (!first || !mode.SeedDemoData)
        {
            return;
        }

        List<Guid> workshops;
        await using (var platform = contexts.ForPlatform())
        {
            workshops = await platform.Workshops.Select(w => w.Id).ToListAsync(cancellationToken);
        }

        var actor = new AuditActor(ActorKind.User, admin.Id, admin.DisplayName);
        foreach (var workshopId in workshops)
        {
            await using var db = contexts.ForWorkshop(workshopId, actor, admin.Id);
            db.Memberships.Add(new Membership(workshopId, admin.Id, WorkshopRole.Owner, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
