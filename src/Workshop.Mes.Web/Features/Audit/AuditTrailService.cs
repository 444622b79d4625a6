using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Audit;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Audit;

/// <summary>What the audit trail is narrowed to; dates are days in the workshop's time zone, both ends included.</summary>
/// <param name="EntityType">One kind of record (<see cref="AuditTrailService.EntityTypes"/>).</param>
/// <param name="Actor">Part of the name of who made the change.</param>
internal sealed record AuditFilter(string? EntityType = null, string? Actor = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>One page of the grid, with the total for its pager.</summary>
internal sealed record AuditGridPage(IReadOnlyList<AuditEntryView> Items, int TotalCount);

/// <summary>Reads the workshop's audit trail, newest first, for the owner's page and the API.</summary>
internal sealed class AuditTrailService(MesContexts contexts)
{
    /// <summary>The kinds of record the trail can name: every workshop-owned entity but the trail itself.</summary>
    public static IReadOnlyList<string> EntityTypes { get; } = typeof(TenantEntity).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ITenantOwned).IsAssignableFrom(t) && t != typeof(AuditEntry))
        .Select(t => t.Name)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The entity type as the trail spells it, for any casing; null when there is no such type.</summary>
    public static string? KnownEntityType(string entityType) =>
        EntityTypes.FirstOrDefault(t => string.Equals(t, entityType.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Offset paging with a total, for the grid's pager.</summary>
    public async Task<AuditGridPage> ListForGridAsync(WorkshopMember member, AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        member.Demand(Area.Audit, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = Filter(db.AuditEntries.AsNoTracking(), filter, member.Workshop.Zone);
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditGridPage(await ViewsAsync(db, items, cancellationToken), total);
    }

    /// <summary>Cursor paging for the API: newest first; the cursor is the time and id of the last entry seen.</summary>
    public async Task<Page<AuditEntryView>> ListPageAsync(WorkshopMember member, AuditFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Audit, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = Filter(db.AuditEntries.AsNoTracking(), filter, member.Workshop.Zone);
        if (DecodeCursor(cursor) is var (at, id))
        {
            rows = rows.Where(a => a.OccurredAt < at || (a.OccurredAt == at && a.Id.CompareTo(id) < 0));
        }

        var items = await rows.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var next = items.Count > limit ? EncodeCursor(items[limit - 1]) : null;
        return new Page<AuditEntryView>(await ViewsAsync(db, [.. items.Take(limit)], cancellationToken), next);
    }

    public static bool ReadsCursor(string? cursor) => DecodeCursor(cursor) is not null;

    private static IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> rows, AuditFilter filter, TimeZoneInfo zone)
    {
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            var type = KnownEntityType(filter.EntityType) ?? filter.EntityType;
            rows = rows.Where(a => a.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var pattern = Paging.Contains(filter.Actor);
            rows = rows.Where(a => EF.Functions.ILike(a.ActorName, pattern));
        }

        if (filter.From is { } from)
        {
            var start = WorkshopTime.StartOf(from, zone);
            rows = rows.Where(a => a.OccurredAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = WorkshopTime.StartOf(to.AddDays(1), zone);
            rows = rows.Where(a => a.OccurredAt < end);
        }

        return rows;
    }

    /// <summary>
    /// The entries with the names people know their records by. An update keeps only what changed, so the name comes
    /// from the record's creation when the entry itself has none; a member is named by the person's display name.
    /// </summary>
    private static async Task<List<AuditEntryView>> ViewsAsync(MesDbContext db, List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.EntityId).Distinct().ToList();
        var creations = await db.AuditEntries.AsNoTracking()
            .Where(a => ids.Contains(a.EntityId) && a.Action == AuditAction.Created)
            .Select(a => new { a.EntityId, a.After })
            .ToListAsync(cancellationToken);
        var snapshots = entries.SelectMany(e => new[] { (e.EntityId, Json: e.After), (e.EntityId, Json: e.Before) })
            .Concat(creations.Select(c => (c.EntityId, Json: c.After)))
            .Where(s => s.Json is not null)
            .ToList();
        var userIds = snapshots.Select(s => Property(s.Json, "userId")).OfType<string>()
            .Select(id => Guid.TryParse(id, out var parsed) ? parsed : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var people = await AccountReads.Users(db).Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var names = snapshots.GroupBy(s => s.EntityId).ToDictionary(g => g.Key, g => g.Select(s => NameIn(s.Json, people)).FirstOrDefault(n => n is not null));
        return [.. entries.Select(e => ToView(e, names.GetValueOrDefault(e.EntityId)))];
    }

    private static readonly string[] _nameProperties = ["number", "displayName", "name", "lotNumber", "code", "customerName"];

    private static string? NameIn(string? json, IReadOnlyDictionary<Guid, string> people)
    {
        if (Property(json, "userId") is { } user && Guid.TryParse(user, out var userId) && people.TryGetValue(userId, out var person))
        {
            return person;
        }

        return _nameProperties.Select(p => Property(json, p)).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
    }

    private static string? Property(string? json, string property)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
    }

    private static AuditEntryView ToView(AuditEntry entry, string? name) =>
        new(
            entry.Id,
            entry.OccurredAt,
            entry.ActorKind.ToString(),
            entry.ActorId,
            entry.ActorName,
            entry.DeviceId,
            entry.IpAddress,
            entry.EntityType,
            entry.EntityId,
            entry.Action.ToString(),
            Json(entry.Before),
            Json(entry.After),
            name);

    private static JsonElement? Json(string? value)
    {
        if (value is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(value);
        return document.RootElement.Clone();
    }

    private static string EncodeCursor(AuditEntry last) =>
        Paging.EncodeCursor($"{last.OccurredAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}:{last.Id:N}");

    private static (DateTimeOffset At, Guid Id)? DecodeCursor(string? cursor) =>
        Paging.DecodeCursor(cursor)?.Split(':') is [var ticks, var id]
        && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks)
        && utcTicks >= DateTimeOffset.MinValue.UtcTicks && utcTicks <= DateTimeOffset.MaxValue.UtcTicks
        && Guid.TryParseExact(id, "N", out var guid)
            ? (new DateTimeOffset(utcTicks, TimeSpan.Zero), guid)
            : null;
}
