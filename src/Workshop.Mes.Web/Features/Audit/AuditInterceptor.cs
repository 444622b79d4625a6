using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Api;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Audit;

/// <summary>
/// Writes the audit trail in the same SaveChanges as the change itself, so there is never a change without its
/// entry (or the reverse): one <see cref="AuditEntry"/> per added, changed or deleted workshop row, for contexts
/// opened with an actor. Bulk <c>ExecuteUpdate</c>/<c>ExecuteDelete</c> bypass it on purpose (bookkeeping such as
/// an API key's last use); maintenance contexts carry no actor and are not audited.
/// </summary>
internal sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions _json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>Never recorded: hashes of PINs, keys and tokens are secrets even hashed; row versions are noise.</summary>
    public static bool IsHidden(string propertyName) =>
        propertyName.EndsWith("Hash", StringComparison.OrdinalIgnoreCase)
        || propertyName.EndsWith("Secret", StringComparison.OrdinalIgnoreCase)
        || propertyName.EndsWith("Token", StringComparison.OrdinalIgnoreCase)
        || propertyName.Contains("Password", StringComparison.OrdinalIgnoreCase)
        || propertyName == nameof(VersionedTenantEntity.Version);

    private void Record(DbContext? context)
    {
        if (context is not MesDbContext { Scope.Actor: { } actor } db)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.Entity is ITenantOwned and not AuditEntry and not IdempotentRequest && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => ToAuditEntry(e, actor, now))
            .OfType<AuditEntry>()
            .ToList();
        db.AuditEntries.AddRange(entries);
    }

    private static AuditEntry? ToAuditEntry(EntityEntry entry, AuditActor actor, DateTimeOffset now)
    {
        var owned = (ITenantOwned)entry.Entity;
        var id = entry.Metadata.FindPrimaryKey()?.Properties is [var key] && key.ClrType == typeof(Guid) ? (Guid)entry.Property(key.Name).CurrentValue! : Guid.Empty;
        var type = entry.Metadata.ClrType.Name;
        return entry.State switch
        {
            EntityState.Added => new AuditEntry(owned.WorkshopId, actor, type, id, AuditAction.Created, null, Snapshot(entry, current: true, changedOnly: false), now),
            EntityState.Deleted => new AuditEntry(owned.WorkshopId, actor, type, id, AuditAction.Deleted, Snapshot(entry, current: false, changedOnly: false), null, now),
            _ when Snapshot(entry, current: false, changedOnly: true) is { } before =>
                new AuditEntry(owned.WorkshopId, actor, type, id, AuditAction.Updated, before, Snapshot(entry, current: true, changedOnly: true, NoteOf(entry)), now),
            _ => null,
        };
    }

    /// <summary>
    /// The row's scalar values as a JSON object with camelCase names. Changed-only keeps the id and what really
    /// changed; a complex value (a defect's cost) is written whole, as a nested object, when any part of it changed.
    /// Returns null when changed-only finds nothing changed (an entity marked modified with equal values).
    /// </summary>
    private static string? Snapshot(EntityEntry entry, bool current, bool changedOnly, string? note = null)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        if (note is not null)
        {
            values["note"] = note;
        }

        var changed = false;
        // File contents (a photo's bytes) are not history: the row's id and type say what was stored.
        foreach (var property in entry.Properties.Where(p => !IsHidden(p.Metadata.Name) && p.Metadata.ClrType != typeof(byte[])))
        {
            var isKey = property.Metadata.IsPrimaryKey();
            if (changedOnly && !isKey && !Changed(property))
            {
                continue;
            }

            changed |= !isKey;
            values[Name(property.Metadata.Name)] = current ? property.CurrentValue : property.OriginalValue;
        }

        foreach (var complex in entry.ComplexProperties)
        {
            var parts = complex.Properties.Where(p => !IsHidden(p.Metadata.Name)).ToList();
            if (changedOnly && !parts.Any(Changed))
            {
                continue;
            }

            changed = true;
            values[Name(complex.Metadata.Name)] = parts.ToDictionary(p => Name(p.Metadata.Name), p => current ? p.CurrentValue : p.OriginalValue);
        }

        return changedOnly && !changed ? null : JsonSerializer.Serialize(values, _json);
    }

    /// <summary>Why the entity was changed, when it says so (<see cref="IAuditNoted"/>).</summary>
    private static string? NoteOf(EntityEntry entry) => entry.Entity is IAuditNoted { AuditNote: { } note } ? note : null;

    private static bool Changed(PropertyEntry property) => property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);

    private static string Name(string propertyName) => JsonNamingPolicy.CamelCase.ConvertName(propertyName);
}
