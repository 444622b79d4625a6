using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>The workshop a request works in, as the pages and endpoints need it.</summary>
public sealed record WorkshopRef(Guid Id, string Slug, string Name, string TimeZone)
{
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

/// <summary>
/// Finds workshops by slug. Until sign-in exists (the identity issue), the app runs as an open demo and the
/// chosen workshop is a cookie; every query still takes the workshop id explicitly.
/// </summary>
public sealed class WorkshopDirectory(IDbContextFactory<MesDbContext> contextFactory)
{
    public const string CookieName = "mes.workshop";

    public async Task<IReadOnlyList<WorkshopRef>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Workshops
            .OrderBy(w => w.CreatedAt)
            .Select(w => new WorkshopRef(w.Id, w.Slug, w.Name, w.TimeZone))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The workshop with this slug, the first workshop when none is chosen, or null when the slug is unknown.</summary>
    public async Task<WorkshopRef?> ResolveAsync(string? slug, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var workshops = db.Workshops.AsQueryable();
        if (!string.IsNullOrWhiteSpace(slug))
        {
            var wanted = slug.Trim().ToLowerInvariant();
            workshops = workshops.Where(w => w.Slug == wanted);
        }

        return await workshops
            .OrderBy(w => w.CreatedAt)
            .Select(w => new WorkshopRef(w.Id, w.Slug, w.Name, w.TimeZone))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
