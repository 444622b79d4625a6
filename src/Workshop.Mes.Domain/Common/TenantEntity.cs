namespace Workshop.Mes.Domain.Common;

/// <summary>Marks a row that belongs to exactly one workshop (tenant).</summary>
public interface ITenantOwned
{
    Guid WorkshopId { get; }
}

/// <summary>Base of every tenant-owned entity: a UUID v7 id and the owning workshop.</summary>
public abstract class TenantEntity : ITenantOwned
{
    protected TenantEntity()
    {
    }

    protected TenantEntity(Guid workshopId)
    {
        if (workshopId == Guid.Empty)
        {
            throw new DomainRuleException("rule.workshop_required", "A workshop is required.");
        }

        Id = Guid.CreateVersion7();
        WorkshopId = workshopId;
    }

    /// <summary>For a record whose id is chosen before it is made (a report that names itself).</summary>
    protected TenantEntity(Guid workshopId, Guid id)
        : this(workshopId) => Id = id == Guid.Empty ? Id : id;

    public Guid Id { get; private set; }

    public Guid WorkshopId { get; private set; }
}

/// <summary>An entity people edit; <see cref="Version"/> is PostgreSQL's xmin, used for optimistic concurrency.</summary>
public abstract class VersionedTenantEntity : TenantEntity
{
    protected VersionedTenantEntity()
    {
    }

    protected VersionedTenantEntity(Guid workshopId)
        : base(workshopId)
    {
    }

    public uint Version { get; private set; }
}
