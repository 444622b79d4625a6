using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Api;

/// <summary>
/// Optimistic concurrency for edits (docs/architecture.md §6): a row's version (PostgreSQL's <c>xmin</c>) travels as the
/// <c>ETag</c> of what was read and comes back as <c>If-Match</c> on the update. The pages pass the version
/// they loaded to the same service methods.
/// </summary>
internal static class RowVersions
{
    public static string ToETag(uint version) => string.Create(CultureInfo.InvariantCulture, $"\"{version}\"");

    /// <summary>Sets the response's <c>ETag</c> to a row's version.</summary>
    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = ToETag(version);

    /// <summary>
    /// The version an update was based on, from <c>If-Match</c>. Missing → 428 (an update without it could
    /// silently overwrite someone else's change); unreadable → 400.
    /// </summary>
    public static uint RequireIfMatch(this HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new PreconditionRequiredException();
        }

        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return value.Length > 2 && value[0] == '"' && value[^1] == '"'
            && uint.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new MalformedIfMatchException();
    }

    /// <summary>
    /// Checks that the entity is still at the version the caller read, and makes the save itself check it again,
    /// so a change that lands in between is refused too (<see cref="DbUpdateConcurrencyException"/>, also 412).
    /// </summary>
    public static void Expect<T>(MesDbContext db, T entity, uint expectedVersion)
        where T : VersionedTenantEntity
    {
        if (entity.Version != expectedVersion)
        {
            throw new StaleVersionException();
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
    }
}

/// <summary>Someone else changed the row since it was read; answered as 412 with a "reload" message.</summary>
internal sealed class StaleVersionException() : Exception("The row was changed by someone else since it was read.");

/// <summary>An <c>If-Match</c> that is not one of our ETags; answered as 400 naming the header.</summary>
internal sealed class MalformedIfMatchException() : Exception("If-Match must be an ETag this API returned, such as \"1234\".");

/// <summary>An update came without <c>If-Match</c>; answered as 428.</summary>
internal sealed class PreconditionRequiredException() : Exception("Updates need an If-Match header with the ETag that was read.");
