using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Inventory;

/// <summary>
/// One line of a stock count (재고 실사) as it was counted: what the ledger said and what was on the shelf, kept
/// whether or not they differed, so count accuracy can be measured (ASSESSMENT.md S3-OI-02); only a difference
/// becomes a ledger correction.
/// </summary>
public sealed class StockCountLine : TenantEntity
{
    /// <summary>Bulk material (fabric by the metre, thread) counts as matching within ±2 %.</summary>
    public const decimal BulkTolerance = 0.02m;

    private StockCountLine()
    {
    }

    public StockCountLine(Guid workshopId, StockKey key, decimal onHand, decimal counted, DateTimeOffset countedAt)
        : base(workshopId)
    {
        ItemId = key.ItemId;
        LotId = key.LotId;
        LocationId = key.LocationId;
        OnHand = onHand;
        Counted = counted;
        CountedAt = countedAt.ToUniversalTime();
    }

    public Guid ItemId { get; private set; }

    public Guid? LotId { get; private set; }

    public Guid LocationId { get; private set; }

    public decimal OnHand { get; private set; }

    public decimal Counted { get; private set; }

    public DateTimeOffset CountedAt { get; private set; }

    /// <summary>Exact for whole units; within ±2 % for material measured in bulk.</summary>
    public bool Matches(bool bulk) =>
        bulk ? Math.Abs(Counted - OnHand) <= Math.Abs(OnHand) * BulkTolerance : Counted == OnHand;
}
