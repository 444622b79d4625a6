using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Access;

/// <summary>
/// A key an integration uses instead of a person: one workshop, one role, shown once when created, stored as a
/// hash, revocable, with the time it was last used.
/// </summary>
public sealed class ApiKey : VersionedTenantEntity
{
    /// <summary>Last-used is written at most this often.</summary>
    public static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);

    private ApiKey()
    {
    }

    public ApiKey(Guid workshopId, string name, WorkshopRole role, string createdBy, DateTimeOffset createdAt)
        : base(workshopId)
    {
        if (role == WorkshopRole.Owner)
        {
            throw new DomainRuleException("api_key.owner_role", "An API key cannot have the owner role; choose manager, worker or consultant.");
        }

        Name = Guard.Required(name, nameof(name));
        Role = role;
        CreatedBy = Guard.Required(createdBy, nameof(createdBy));
        CreatedAt = createdAt.ToUniversalTime();
    }

    public string Name { get; private set; } = string.Empty;

    public WorkshopRole Role { get; private set; }

    public string SecretHash { get; private set; } = string.Empty;

    /// <summary>The last characters of the key, so people can tell their keys apart.</summary>
    public string Hint { get; private set; } = string.Empty;

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public CredentialToken Issue()
    {
        var token = CredentialToken.Create(CredentialToken.ApiKeyPrefix, WorkshopId, Id);
        SecretHash = token.SecretHash;
        Hint = token.Secret[^4..];
        return token;
    }

    public bool Accepts(CredentialToken token) =>
        !IsRevoked && token.Id == Id && Access.SecretHash.Matches(token.Secret, SecretHash);

    /// <summary>Records a use; returns whether the row changed and needs saving.</summary>
    public bool Used(DateTimeOffset now)
    {
        if (LastUsedAt is { } last && now - last < UseResolution)
        {
            return false;
        }

        LastUsedAt = now.ToUniversalTime();
        return true;
    }

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now.ToUniversalTime();
}
