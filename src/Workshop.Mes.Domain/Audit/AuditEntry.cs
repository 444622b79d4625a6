using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Audit;

public enum ActorKind
{
    User,
    Worker,
    ApiKey,
    System,

    /// <summary>An enrolled shop-floor tablet acting before a worker signs in (pairing, PIN sign-in).</summary>
    Device,
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
}

/// <summary>Who changed what, when and from where — append-only, before and after as JSON.</summary>
public sealed class AuditEntry : TenantEntity
{
    private AuditEntry()
    {
    }

    public AuditEntry(Guid workshopId, AuditActor actor, string entityType, Guid entityId, AuditAction action, string? before, string? after, DateTimeOffset occurredAt)
        : base(workshopId)
    {
        if (before is null && after is null)
        {
            throw new DomainRuleException("audit.empty", "An audit entry records a before or an after.");
        }

        ActorKind = actor.Kind;
        ActorId = actor.Id;
        ActorName = Guard.Required(actor.Name, "actorName");
        DeviceId = actor.DeviceId;
        IpAddress = actor.IpAddress;
        EntityType = Guard.Required(entityType, nameof(entityType));
        EntityId = entityId;
        Action = action;
        Before = before;
        After = after;
        OccurredAt = occurredAt.ToUniversalTime();
    }

    public ActorKind ActorKind { get; private set; }

    public Guid? ActorId { get; private set; }

    public string ActorName { get; private set; } = string.Empty;

    public Guid? DeviceId { get; private set; }

    public string? IpAddress { get; private set; }

    public string EntityType { get; private set; } = string.Empty;

    public Guid EntityId { get; private set; }

    public AuditAction Action { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }
}

public sealed record AuditActor(ActorKind Kind, Guid? Id, string Name, Guid? DeviceId = null, string? IpAddress = null)
{
    public static readonly AuditActor System = new(ActorKind.System, null, "system");
}
