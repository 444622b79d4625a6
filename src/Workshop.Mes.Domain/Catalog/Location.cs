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
    /// <summary>The highest consumption rank an owner can give.</summary>
    public const int MaxConsumptionRank = 99;

    private Location()
    {
    }

    public Location(Guid workshopId, string code, string name, LocationKind kind)
        : base(workshopId)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        Kind = kind;
        ConsumptionRank = DefaultConsumptionRank(kind);
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public LocationKind Kind { get; private set; }

    /// <summary>
    /// Where backflush takes components from: locations with a rank, lowest first (line side before the store);
    /// null for a location production never consumes from. Quarantine never has one.
    /// </summary>
    public int? ConsumptionRank { get; private set; }

    /// <summary>What a new location gets: the floor (line side) first, then the store; nothing else is consumed from.</summary>
    public static int? DefaultConsumptionRank(LocationKind kind) => kind switch
    {
        LocationKind.Floor => 1,
        LocationKind.Store => 2,
        _ => null,
    };

    public void Describe(string code, string name, LocationKind kind)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        Kind = kind;
        if (kind == LocationKind.Quarantine)
        {
            ConsumptionRank = null;
        }
    }

    /// <summary>Sets where this location comes in the backflush order; null takes it out of the order.</summary>
    public void ConsumeInOrder(int? rank)
    {
        if (rank is { } value && (value < 1 || value > MaxConsumptionRank))
        {
            throw new DomainRuleException("location.consumption_rank_out_of_range", $"The consumption order is 1 to {MaxConsumptionRank}.", MaxConsumptionRank);
        }

        if (rank is not null && Kind == LocationKind.Quarantine)
        {
            throw new DomainRuleException("location.quarantine_not_consumed", "Stock in quarantine is never consumed; leave its consumption order empty.");
        }

        ConsumptionRank = rank;
    }
}
