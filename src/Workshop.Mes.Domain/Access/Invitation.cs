using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Access;

public enum InvitationState
{
    Pending,
    Accepted,
    Revoked,
    Expired,
}

/// <summary>
/// A one-time link to join a workshop in a role. People with accounts (owner, manager, consultant) sign up or
/// sign in through it; a worker sets the PIN they will use on the tablets.
/// </summary>
public sealed class Invitation : TenantEntity
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
    }

    public Invitation(Guid workshopId, WorkshopRole role, string? email, string displayName, string invitedBy, DateTimeOffset createdAt)
        : base(workshopId)
    {
        Role = role;
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
        if (role != WorkshopRole.Worker && Email is null)
        {
            throw new DomainRuleException("invitation.email_required", "An invitation for an account needs an e-mail address.");
        }

        DisplayName = Guard.Required(displayName, nameof(displayName));
        InvitedBy = Guard.Required(invitedBy, nameof(invitedBy));
        CreatedAt = createdAt.ToUniversalTime();
        ExpiresAt = CreatedAt + Lifetime;
    }

    public WorkshopRole Role { get; private set; }

    public string? Email { get; private set; }

    public string DisplayName { get; private set; } = string.Empty;

    public string InvitedBy { get; private set; } = string.Empty;

    public string TokenHash { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>Makes the one-time token for the link; only its hash is kept.</summary>
    public CredentialToken IssueToken()
    {
        var token = CredentialToken.Create(CredentialToken.InvitationPrefix, WorkshopId, Id);
        TokenHash = token.SecretHash;
        return token;
    }

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Revoked
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    /// <summary>Checks that the link can still be used; it works once, before it expires or is revoked.</summary>
    public void EnsureUsable(CredentialToken token, DateTimeOffset now)
    {
        if (token.Id != Id || !SecretHash.Matches(token.Secret, TokenHash))
        {
            throw new DomainRuleException("invitation.invalid", "This invitation link is not valid.");
        }

        switch (StateAt(now))
        {
            case InvitationState.Accepted:
                throw new DomainRuleException("invitation.used", "This invitation has already been used.");
            case InvitationState.Revoked:
                throw new DomainRuleException("invitation.revoked", "This invitation was withdrawn.");
            case InvitationState.Expired:
                throw new DomainRuleException("invitation.expired", "This invitation has expired; ask for a new one.");
        }
    }

    public void Accept(CredentialToken token, DateTimeOffset now)
    {
        EnsureUsable(token, now);
        AcceptedAt = now.ToUniversalTime();
    }

    public void Revoke(DateTimeOffset now)
    {
        if (StateAt(now) == InvitationState.Pending)
        {
            RevokedAt = now.ToUniversalTime();
        }
    }
}
