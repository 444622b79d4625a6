using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Access;

/// <summary>
/// A shop-floor tablet enrolled by the owner. It holds a device credential (only its hash is stored here);
/// revoking the device refuses that credential on its very next request.
/// </summary>
public sealed class FloorDevice : VersionedTenantEntity
{
    /// <summary>Last-seen is written at most this often, so a busy tablet does not write on every request.</summary>
    public static readonly TimeSpan SeenResolution = TimeSpan.FromMinutes(1);

    private FloorDevice()
    {
    }

    public FloorDevice(Guid workshopId, string name, DateTimeOffset pairedAt)
        : base(workshopId)
    {
        Name = Guard.Required(name, nameof(name));
        PairedAt = pairedAt.ToUniversalTime();
    }

    public string Name { get; private set; } = string.Empty;

    public string CredentialHash { get; private set; } = string.Empty;

    public DateTimeOffset PairedAt { get; private set; }

    public DateTimeOffset? LastSeenAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsRevoked => RevokedAt is not null;

    public CredentialToken IssueCredential()
    {
        var token = CredentialToken.Create(CredentialToken.DevicePrefix, WorkshopId, Id);
        CredentialHash = token.SecretHash;
        return token;
    }

    /// <summary>Whether the credential is this device's and the device is still enrolled.</summary>
    public bool Accepts(CredentialToken token) =>
        !IsRevoked && token.Id == Id && SecretHash.Matches(token.Secret, CredentialHash);

    /// <summary>Records a request; returns whether the row changed and needs saving.</summary>
    public bool Seen(DateTimeOffset now)
    {
        if (LastSeenAt is { } last && now - last < SeenResolution)
        {
            return false;
        }

        LastSeenAt = now.ToUniversalTime();
        return true;
    }

    public void Rename(string name) => Name = Guard.Required(name, nameof(name));

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now.ToUniversalTime();
}
