using Workshop.Mes.Domain.Audit;

namespace Workshop.Mes.Infrastructure.Database;

/// <summary>
/// Whose data one <see cref="MesDbContext"/> may see and who is writing through it. A workshop scope filters
/// every tenant-owned query to that workshop and sets it on each connection for row-level security; the
/// platform scope sees no tenant rows at all; only maintenance (migrations, demo seeding, tests, on the
/// owner's connection) sees everything.
/// </summary>
public sealed record DataScope
{
    private DataScope(Guid? workshopId, Guid? userId, AuditActor? actor, bool unrestricted, string? pairingCodeHash = null)
    {
        WorkshopId = workshopId;
        UserId = userId;
        Actor = actor;
        Unrestricted = unrestricted;
        PairingCodeHash = pairingCodeHash;
    }

    /// <summary>Maintenance on the owner's connection: no filters, no audit.</summary>
    public static DataScope Maintenance { get; } = new(null, null, null, unrestricted: true);

    public Guid? WorkshopId { get; }

    /// <summary>The signed-in user, so they can see their own memberships in every workshop.</summary>
    public Guid? UserId { get; }

    /// <summary>Who changes data through this context; their changes are audited.</summary>
    public AuditActor? Actor { get; }

    public bool Unrestricted { get; }

    /// <summary>A tablet presenting a pairing code may see that one pairing, before it knows its workshop.</summary>
    public string? PairingCodeHash { get; }

    public static DataScope ForWorkshop(Guid workshopId, AuditActor actor, Guid? userId = null) =>
        workshopId == Guid.Empty
            ? throw new ArgumentException("A workshop scope needs a workshop.", nameof(workshopId))
            : new(workshopId, userId, actor, unrestricted: false);

    /// <summary>Outside any workshop: accounts and the workshop directory, plus the user's own memberships.</summary>
    public static DataScope Platform(Guid? userId = null) => new(null, userId, null, unrestricted: false);

    /// <summary>Outside any workshop, able to see only the pairing whose code hash is given.</summary>
    public static DataScope ForPairingCode(string codeHash) => new(null, null, null, unrestricted: false, codeHash);
}
