using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Catalog;

public enum LocationKind
{
    Store,
    Floor,
    FinishedGoods,
    Quarantine,
}

/// <summary>Where stock sits: a shelf, the floor beside a station, the finished-goods corner.</summary>
public sealed class Location : VersionedTenantEntity
{
    private Location()
    {
    }

    public Location(Guid workshopId, string code, string name, LocationKind kind)
        : base(workshopId)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        Kind = kind;
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public LocationKind Kind { get; private set; }

    public void Describe(string code, string name, LocationKind kind)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        Kind = kind;
    }
}
