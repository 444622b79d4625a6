using System.Reflection;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>The workshop a request works in, as the pages and endpoints need it.</summary>
[ModuleSurface]
public sealed record WorkshopRef(Guid Id, string Slug, string Name, string TimeZone)
{
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>Today's date on the workshop's clock: due dates, "late" and export file names go by it.</summary>
    public DateOnly Today(TimeProvider clock) => WorkshopTime.DayOf(clock.GetUtcNow(), Zone);
}

/// <summary>
/// Someone acting in one workshop: a signed-in member, an API key or a worker on a tablet. Every feature
/// service takes one, asks it before reading or writing (<see cref="Demand(Area, Operation)"/>), and opens its database
/// context through it, so the data is that workshop's and the changes are audited under this actor.
/// </summary>
[ModuleSurface]
public sealed record WorkshopMember(WorkshopRef Workshop, WorkshopRole Role, AuditActor Actor, Guid? UserId = null)
{
    public bool Can(Area area, Operation operation) => Permissions.Allows(Role, area, operation);

    /// <summary>Throws <see cref="AccessDeniedException"/> (403) unless the role allows the operation.</summary>
    public void Demand(Area area, Operation operation)
    {
        if (!Can(area, operation))
        {
            throw new AccessDeniedException(area, operation);
        }
    }

    /// <summary>As <see cref="Demand(Area, Operation)"/>, and only for <paramref name="only"/>: for what one role gives in its own name (a consultant's verification).</summary>
    public void Demand(Area area, Operation operation, WorkshopRole only)
    {
        Demand(area, operation);
        if (Role != only)
        {
            throw new AccessDeniedException(area, operation);
        }
    }

    public MesDbContext OpenData(MesContexts contexts) => contexts.ForWorkshop(Workshop.Id, Actor, UserId);

    /// <summary>
    /// Minimal-API binding: the caller must belong to the workshop named by <c>X-Workshop</c> (people; their
    /// first workshop otherwise) or be bound to it (API keys, tablets). Anything else is 404, the same answer
    /// as for a workshop that does not exist.
    /// </summary>
    public static async ValueTask<WorkshopMember?> BindAsync(HttpContext http, ParameterInfo parameter)
    {
        var resolver = http.RequestServices.GetRequiredService<MemberResolver>();
        var slug = http.Request.Headers[TenancyModule.WorkshopHeader].FirstOrDefault() ?? http.Request.Cookies[MemberResolver.CookieName];
        return await resolver.ResolveAsync(http.User, slug, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted)
            ?? throw new WorkshopNotFoundException();
    }
}

/// <summary>No such workshop, or not one the caller belongs to; answered as 404 either way.</summary>
internal sealed class WorkshopNotFoundException() : Exception("The workshop was not found.");

/// <summary>The role may not do this here; answered as 403.</summary>
internal sealed class AccessDeniedException(Area area, Operation operation)
    : Exception($"The role may not {operation} {area}.")
{
    public Area Area { get; } = area;

    public Operation Operation { get; } = operation;
}
