namespace Workshop.Mes.Contracts.Inventory;

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

/// <summary>One line of the stock ledger, with the names people read.</summary>
/// <param name="Quantity">Positive into the location, negative out of it.</param>
/// <param name="Reason">The reason of an adjustment, count correction or scrap, or the note of an issue.</param>
/// <param name="UnitPrice">What one unit of a receipt cost, in 원 (입고 단가); null when not given and on every other kind.</param>
public sealed record StockMovementView(
    Guid Id,
    StockMovementKind Kind,
    DateTimeOffset OccurredAt,
    Guid ItemId,
    string ItemCode,
    string ItemName,
    string Unit,
    Guid? LotId,
    string? LotNumber,
    Guid LocationId,
    string LocationName,
    decimal Quantity,
    Guid? WorkOrderId,
    string? WorkOrderNumber,
    Guid? TransferId,
    string? Reason,
    decimal? UnitPrice = null);

/// <summary>What one posting did: its ledger lines (two for a transfer) and, for a receipt, the lot.</summary>
public sealed record StockPosted(IReadOnlyList<StockMovementView> Movements, Guid? LotId);

/// <summary>On hand for one item × lot × location.</summary>
public sealed record OnHandRow(
    Guid ItemId,
    string ItemCode,
    string ItemName,
    string Unit,
    Guid? LotId,
    string? LotNumber,
    DateOnly? ExpiresOn,
    Guid LocationId,
    string LocationName,
    decimal OnHand);

public enum OnHandSort
{
    Item,
    ItemDescending,
    Location,
    LocationDescending,
    Lot,
    LotDescending,
    OnHand,
    OnHandDescending,
    Expiry,
    ExpiryDescending,
}

/// <summary>A lot with its item and what is on hand of it across locations.</summary>
public sealed record LotView(
    Guid Id,
    Guid ItemId,
    string ItemCode,
    string ItemName,
    string Unit,
    string LotNumber,
    string? SupplierName,
    DateTimeOffset ReceivedAt,
    DateOnly? ExpiresOn,
    Guid? ProducedByWorkOrderId,
    string? ProducedByWorkOrderNumber,
    decimal OnHand);

/// <summary>An item below its reorder point once open work orders have taken what they still need.</summary>
/// <param name="Demand">Outstanding material of released, running and held work orders.</param>
/// <param name="Available">On hand less demand.</param>
/// <param name="SuggestedQuantity">Enough to bring what is available back to the reorder point plus the safety stock.</param>
/// <param name="LeadTimeDays">조달 기간: days from ordering to having it.</param>
/// <param name="Supplier">Who the workshop buys it from (공급처); null when nobody has said.</param>
/// <param name="OrderBy">주문 기한: the last day to order so it arrives before the stock runs out (today, for an item already below its reorder point).</param>
public sealed record ReorderAlert(
    Guid ItemId,
    string ItemCode,
    string ItemName,
    string Unit,
    decimal OnHand,
    decimal Demand,
    decimal Available,
    decimal ReorderPoint,
    decimal SafetyStock,
    decimal SuggestedQuantity,
    int LeadTimeDays,
    string? Supplier,
    DateOnly OrderBy);

/// <summary>One line of a purchase list (발주 목록): what to order from whom, by when.</summary>
public sealed record PurchaseLine(string? Supplier, string ItemCode, string ItemName, decimal Quantity, string Unit, int LeadTimeDays, DateOnly OrderBy);

/// <summary>One line of a count sheet: what the ledger says is at the location.</summary>
public sealed record CountSheetLine(Guid ItemId, string ItemCode, string ItemName, string Unit, Guid? LotId, string? LotNumber, decimal OnHand);

/// <summary>The count sheet of a location, to print or fill in.</summary>
public sealed record CountSheet(Guid LocationId, string LocationName, DateTimeOffset PreparedAt, IReadOnlyList<CountSheetLine> Lines);

/// <summary>What a submitted count changed: one correction per differing line.</summary>
public sealed record CountResult(int CountedLines, IReadOnlyList<StockMovementView> Corrections);

/// <summary>A work order in a lot's genealogy, with the quantity of the lot it took or made.</summary>
public sealed record GenealogyOrder(Guid WorkOrderId, string Number, string ProductCode, string ProductName, decimal Quantity);

/// <summary>A shipment of an output lot.</summary>
public sealed record GenealogyShipment(Guid ShipmentId, string Number, string CustomerName, DateTimeOffset ShippedAt, decimal Quantity);

/// <summary>An output lot of a consuming work order, and where it went.</summary>
public sealed record GenealogyOutputLot(LotView Lot, IReadOnlyList<GenealogyShipment> Shipments);

/// <summary>Forwards: a work order that consumed the lot and what it made.</summary>
public sealed record GenealogyConsumer(GenealogyOrder Order, IReadOnlyList<GenealogyOutputLot> OutputLots);

/// <summary>Backwards: the work order that made the lot and the material lots it consumed.</summary>
public sealed record GenealogySource(GenealogyOrder Order, IReadOnlyList<GenealogyMaterial> Materials);

/// <summary>A material lot a work order consumed, and how much of it.</summary>
public sealed record GenealogyMaterial(LotView Lot, decimal Quantity);

/// <summary>
/// A lot's genealogy both ways: forwards, the work orders that consumed it, their output lots and the shipments of
/// those; backwards, the work order that made it, the material lots it consumed, and where else this lot shipped.
/// </summary>
public sealed record LotGenealogy(LotView Lot, IReadOnlyList<GenealogyConsumer> ConsumedBy, GenealogySource? MadeBy, IReadOnlyList<GenealogyShipment> Shipments);
