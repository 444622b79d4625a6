using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.ApiKeys;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.ApiKeys;

/// <summary>
/// The owner's API keys: list, create (the key is returned once and only its hash is kept) and revoke. The page,
/// the API and the host command all come through here, so the role check and the audit trail are the same.
/// </summary>
internal sealed class ApiKeyService(MesContexts contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.ApiKeys, Operation.Read);
        await using var db = member.OpenData(contexts);
        var keys = await db.ApiKeys.AsNoTracking()
            .OrderBy(k => k.RevokedAt != null)
            .ThenByDescending(k => k.CreatedAt)
            .ToListAsync(cancellationToken);
        return keys.Select(ToSummary).ToList();
    }

    /// <summary>Creates a key in the role; the returned <see cref="CreatedApiKey.Key"/> cannot be read again.</summary>
    public async Task<CreatedApiKey> CreateAsync(WorkshopMember member, string name, WorkshopRole role, CancellationToken cancellationToken)
    {
        member.Demand(Area.ApiKeys, Operation.Create);
        var key = new ApiKey(member.Workshop.Id, name.Trim(), role, member.Actor.Name, clock.GetUtcNow());
        var token = key.Issue();
        await using var db = member.OpenData(contexts);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(ToSummary(key), token.Value);
    }

    /// <summary>Revokes the key so its next call is refused; null when this workshop has no such key.</summary>
    public async Task<ApiKeySummary?> RevokeAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.ApiKeys, Operation.Delete);
        await using var db = member.OpenData(contexts);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null)
        {
            return null;
        }

        key.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ToSummary(key);
    }

    private static ApiKeySummary ToSummary(ApiKey key) =>
        new(key.Id, key.Name, key.Role.ToString(), key.Hint, key.CreatedBy, key.CreatedAt, key.LastUsedAt, key.RevokedAt);
}
