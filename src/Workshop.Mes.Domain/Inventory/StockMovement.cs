using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Inventory;

public enum StockMovementKind
{
    Receipt,
    Issue,
    Backflush,
    Output,
    Scrap,
    TransferOut,
    TransferIn,
    CountCorrection,
    Shipment,
    Adjustment,
}

/// <summary>
/// One line of the stock ledger: a signed quantity of an item (and lot) at a location. The ledger is
/// append-only; on-hand is always its sum.
/// </summary>
public sealed class StockMovement : TenantEntity
{
    private StockMovement()
    {
    }

    private StockMovement(Guid workshopId, StockMovementKind kind, StockKey key, decimal quantity, DateTimeOffset occurredAt)
        : base(workshopId)
    {
        Kind = kind;
        ItemId = key.ItemId;
        LotId = key.LotId;
        LocationId = key.LocationId;
        Quantity = quantity;
        OccurredAt = occurredAt.ToUniversalTime();
    }

    public StockMovementKind Kind { get; private set; }

    public Guid ItemId { get; private set; }

    public Guid? LotId { get; private set; }

    public Guid LocationId { get; private set; }

    /// <summary>Positive into the location, negative out of it.</summary>
    public decimal Quantity { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public Guid? WorkOrderId { get; private set; }

    public Guid? ShipmentId { get; private set; }

    /// <summary>Pairs the two halves of a transfer.</summary>
    public Guid? TransferId { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>What one unit of a receipt cost, in 원 (입고 단가); null when the receipt did not say, and on every other kind.</summary>
    public decimal? UnitPrice { get; private set; }

    public StockKey Key => new(ItemId, LotId, LocationId);

    /// <summary>The most one unit of a receipt can cost: ten billion 원 is a typing slip, not a price.</summary>
    public const decimal MaxUnitPrice = 1_000_000_000m;

    public static StockMovement Receipt(Guid workshopId, StockKey key, decimal quantity, DateTimeOffset at, decimal? unitPrice = null)
    {
        if (unitPrice is < 0 or > MaxUnitPrice)
        {
            throw new DomainRuleException("stock.unit_price_out_of_range", $"A unit price is 0 to {MaxUnitPrice} won.", MaxUnitPrice);
        }

        return new(workshopId, StockMovementKind.Receipt, key, Guard.Positive(quantity, nameof(quantity)), at) { UnitPrice = unitPrice };
    }

    public static StockMovement Issue(Guid workshopId, StockKey key, decimal quantity, DateTimeOffset at, Guid? workOrderId, string? note = null) =>
        new(workshopId, StockMovementKind.Issue, key, -Guard.Positive(quantity, nameof(quantity)), at)
        {
            WorkOrderId = workOrderId,
            Reason = TypedText.CleanOrNull(note),
        };

    public static StockMovement Backflush(Guid workshopId, StockKey key, decimal quantity, DateTimeOffset at, Guid workOrderId) =>
        new(workshopId, StockMovementKind.Backflush, key, -Guard.Positive(quantity, nameof(quantity)), at) { WorkOrderId = workOrderId };

    public static StockMovement Output(Guid workshopId, StockKey key, decimal quantity, DateTimeOffset at, Guid workOrderId) =>
        new(workshopId, StockMovementKind.Output, key, Guard.Positive(quantity, nameof(quantity)), at) { WorkOrderId = workOrderId };

    public static StockMovement Scrap(Guid workshopId, StockKey key, decimal quantity, DateTimeOffset at, string reason) =>
        new(workshopId, StockMovementKind.Scrap, key, -Guard.Positive(quantity, nameof(quantity)), at) { Reason = Guard.Required(reason, nameof(reason)) };

    public static StockMovement Shipped(Guid workshopId, StockKey key, decimal quantity, DateTimeOffset at, Guid shipmentId) =>
        new(workshopId, StockMovementKind.Shipment, key, -Guard.Positive(quantity, nameof(quantity)), at) { ShipmentId = shipmentId };

    /// <summary>A count correction sets the difference between what was counted and what the ledger said.</summary>
    public static StockMovement CountCorrection(Guid workshopId, StockKey key, decimal onHand, decimal counted, DateTimeOffset at, string reason)
    {
        Guard.NotNegative(counted, nameof(counted));
        if (counted == onHand)
        {
            throw new DomainRuleException("stock.count_matches", "The count matches the ledger; nothing to correct.");
        }

        return new(workshopId, StockMovementKind.CountCorrection, key, counted - onHand, at) { Reason = Guard.Required(reason, nameof(reason)) };
    }

    /// <summary>
    /// An adjustment found outside a count (damage, a mislabelled delivery): a signed quantity with the reason why,
    /// kept apart from count corrections so the ledger tells a count from an ad-hoc fix.
    /// </summary>
    public static StockMovement Adjustment(Guid workshopId, StockKey key, decimal quantity, DateTimeOffset at, string reason)
    {
        if (quantity == 0)
        {
            throw new DomainRuleException("stock.adjustment_zero", "An adjustment must change the quantity.");
        }

        return new(workshopId, StockMovementKind.Adjustment, key, quantity, at) { Reason = Guard.Required(reason, nameof(reason)) };
    }

    /// <summary>
    /// A transfer is two movements with one transfer id: out of one location, into another; a kit issued to the floor
    /// names the work order it is for.
    /// </summary>
    public static (StockMovement Out, StockMovement In) Transfer(Guid workshopId, StockKey source, Guid toLocationId, decimal quantity, DateTimeOffset at, Guid? workOrderId = null)
    {
        Guard.Positive(quantity, nameof(quantity));
        if (source.LocationId == toLocationId)
        {
            throw new DomainRuleException("stock.transfer_same_location", "A transfer needs two different locations.");
        }

        var transferId = Guid.CreateVersion7();
        var outgoing = new StockMovement(workshopId, StockMovementKind.TransferOut, source, -quantity, at) { TransferId = transferId, WorkOrderId = workOrderId };
        var incoming = new StockMovement(workshopId, StockMovementKind.TransferIn, source with { LocationId = toLocationId }, quantity, at) { TransferId = transferId, WorkOrderId = workOrderId };
        return (outgoing, incoming);
    }
}

/// <summary>What a balance is kept per: item × lot × location.</summary>
public readonly record struct StockKey(Guid ItemId, Guid? LotId, Guid LocationId);
