using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Dashboard;

/// <summary>
/// What a station made and lost for a product in one UTC hour (ADR 0063), kept up to date in the transaction of
/// each floor event. Downtime belongs to a station, not a product, so its rows carry no product.
/// </summary>
public sealed class ProductionRollup : TenantEntity
{
    private ProductionRollup()
    {
    }

    public ProductionRollup(Guid workshopId, RollupKey key, RollupMeasures measures)
        : base(workshopId)
    {
        WorkstationId = key.WorkstationId;
        ProductId = key.ProductId;
        Hour = HourBuckets.HourOf(key.Hour);
        GoodQuantity = measures.Good;
        ScrapQuantity = measures.Scrap;
        DefectCount = measures.Defects;
        DefectCost = measures.DefectCost;
        RunMinutes = measures.RunMinutes;
        DownMinutes = measures.DownMinutes;
    }

    public Guid? WorkstationId { get; private set; }

    public Guid? ProductId { get; private set; }

    /// <summary>The start of the UTC hour.</summary>
    public DateTimeOffset Hour { get; private set; }

    public decimal GoodQuantity { get; private set; }

    public decimal ScrapQuantity { get; private set; }

    public int DefectCount { get; private set; }

    /// <summary>Material, rework labour and lost time of the defects recorded in the hour, in KRW.</summary>
    public decimal DefectCost { get; private set; }

    /// <summary>Minutes a step at the station ran (someone on it, not paused), per step.</summary>
    public decimal RunMinutes { get; private set; }

    public decimal DownMinutes { get; private set; }

    public RollupKey Key => new(WorkstationId, ProductId, Hour);

    public RollupMeasures Measures => new(GoodQuantity, ScrapQuantity, DefectCount, DefectCost, RunMinutes, DownMinutes);
}

/// <summary>A rollup row's grain within a workshop: station, product and UTC hour.</summary>
public sealed record RollupKey(Guid? WorkstationId, Guid? ProductId, DateTimeOffset Hour) : IComparable<RollupKey>
{
    /// <summary>One order for locking rows, so two transactions touching the same rows never wait on each other in a circle.</summary>
    public int CompareTo(RollupKey? other) =>
        other is null ? 1
        : Nullable.Compare(WorkstationId, other.WorkstationId) is var s and not 0 ? s
        : Nullable.Compare(ProductId, other.ProductId) is var p and not 0 ? p
        : Hour.CompareTo(other.Hour);
}

/// <summary>The measures of a rollup row, or a change to them.</summary>
public sealed record RollupMeasures(decimal Good, decimal Scrap, int Defects, decimal DefectCost, decimal RunMinutes, decimal DownMinutes)
{
    public static readonly RollupMeasures Zero = new(0, 0, 0, 0, 0, 0);

    public bool IsZero => this == Zero;

    /// <summary>Whether a change lowers any measure (a correction, run time recounted shorter), so the row may come to nothing.</summary>
    public bool HasDecrease => Good < 0 || Scrap < 0 || Defects < 0 || DefectCost < 0 || RunMinutes < 0 || DownMinutes < 0;

    public static RollupMeasures operator +(RollupMeasures a, RollupMeasures b) =>
        new(a.Good + b.Good, a.Scrap + b.Scrap, a.Defects + b.Defects, a.DefectCost + b.DefectCost, a.RunMinutes + b.RunMinutes, a.DownMinutes + b.DownMinutes);
}
