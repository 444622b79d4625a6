using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>A workshop someone may work in, and their role there.</summary>
[ModuleSurface]
internal sealed record WorkshopChoice(WorkshopRef Workshop, WorkshopRole Role);

/// <summary>
/// Turns a signed-in principal and the workshop they asked for (menu cookie or <c>X-Workshop</c> header) into
/// a <see cref="WorkshopMember"/>. People may work only where they are members; API keys and tablets only in
/// their own workshop. Anything else resolves to nothing, which callers answer with 404.
/// </summary>
[ModuleSurface]
internal sealed class MemberResolver(MesContexts contexts) : ICircuitAccessCheck
{
    /// <summary>The cookie that remembers which workshop the pages show.</summary>
    public const string CookieName = "mes.workshop";

    // Written by the page's renderer, read by revalidation on another thread.
    private volatile IReadOnlyList<WorkshopChoice>? _read;

    /// <summary>The person's workshops and roles; this scope (a request, or a live page's circuit) remembers them.</summary>
    public async Task<IReadOnlyList<WorkshopChoice>> ChoicesAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var choices = await ReadAsync(principal, cancellationToken);
        _read = choices;
        return choices;
    }

    /// <summary>
    /// Whether the person still has every workshop this scope read, in the same role. A live page acting on a
    /// membership since removed, or with an old role, must be loaded afresh; a workshop joined since does not matter.
    /// </summary>
    public async Task<bool> StillHoldsAsync(ClaimsPrincipal principal, CancellationToken cancellationToken) =>
        _read is not { } read || StillHolds(read, await ReadAsync(principal, cancellationToken));

    public static bool StillHolds(IReadOnlyList<WorkshopChoice> read, IReadOnlyList<WorkshopChoice> current) =>
        read.All(was => current.Any(now => now.Workshop.Id == was.Workshop.Id && now.Role == was.Role));

    private async Task<IReadOnlyList<WorkshopChoice>> ReadAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.WorkshopId() is { } credentialWorkshop)
        {
            await using var db = contexts.ForPlatform();
            var workshop = await db.Workshops.Where(w => w.Id == credentialWorkshop).Select(w => new WorkshopRef(w.Id, w.Slug, w.Name, w.TimeZone)).SingleOrDefaultAsync(cancellationToken);
            return workshop is null || principal.CredentialRole() is not { } role ? [] : [new WorkshopChoice(workshop, role)];
        }

        if (principal.UserId() is not { } userId)
        {
            return [];
        }

        // Across workshops by design: row-level security shows a user exactly their own memberships.
        await using var platform = contexts.ForPlatform(userId);
        var memberships = await platform.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == userId)
            .Join(platform.Workshops, m => m.WorkshopId, w => w.Id, (m, w) => new { m.Role, w.Id, w.Slug, w.Name, w.TimeZone, w.CreatedAt })

            // Oldest workshop first: the one a person has worked in longest is their default.
            .OrderBy(m => m.CreatedAt)
            .ToListAsync(cancellationToken);
        return memberships.Select(m => new WorkshopChoice(new WorkshopRef(m.Id, m.Slug, m.Name, m.TimeZone), m.Role)).ToList();
    }

    /// <summary>The member acting in the workshop with <paramref name="slug"/>, or in their first workshop when none is asked for.</summary>
    public async Task<WorkshopMember?> ResolveAsync(ClaimsPrincipal principal, string? slug, string? ipAddress, CancellationToken cancellationToken) =>
        Pick(await ChoicesAsync(principal, cancellationToken), principal, slug, ipAddress);

    /// <summary>The same choice from workshops already read (the layout lists them for its menu anyway).</summary>
    public static WorkshopMember? Pick(IReadOnlyList<WorkshopChoice> choices, ClaimsPrincipal principal, string? slug, string? ipAddress)
    {
        var wanted = slug?.Trim().ToLowerInvariant();
        var choice = string.IsNullOrEmpty(wanted)
            ? choices.FirstOrDefault()
            : choices.FirstOrDefault(c => c.Workshop.Slug == wanted);
        return choice is null ? null : new WorkshopMember(choice.Workshop, choice.Role, principal.Actor(ipAddress), principal.UserId());
    }
}
