using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Access;

/// <summary>A user's place in one workshop. Removing it revokes every right the user had there.</summary>
public sealed class Membership : VersionedTenantEntity
{
    private Membership()
    {
    }

    public Membership(Guid workshopId, Guid userId, WorkshopRole role, DateTimeOffset grantedAt)
        : base(workshopId)
    {
        UserId = userId;
        Role = role;
        GrantedAt = grantedAt.ToUniversalTime();
    }

    public Guid UserId { get; private set; }

    public WorkshopRole Role { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public void ChangeRole(WorkshopRole role) => Role = role;
}
