namespace Workshop.Mes.Contracts.Inventory;

/// <summary>Material arriving (입고). A lot-tracked item needs a lot number; an existing lot of the item with that number is reused.</summary>
/// <param name="ReceivedAt">When it arrived; now when absent.</param>
public sealed record ReceiptRequest(
    Guid? ItemId,
    decimal? Quantity,
    Guid? LocationId,
    string? LotNumber = null,
    string? SupplierName = null,
    DateOnly? ExpiresOn = null,
    DateTimeOffset? ReceivedAt = null,
    decimal? UnitPrice = null);

/// <summary>Stock taken out (출고), for a work order or otherwise.</summary>
public sealed record IssueRequest(Guid? ItemId, Guid? LotId, Guid? LocationId, decimal? Quantity, Guid? WorkOrderId = null, string? Note = null);

/// <summary>Stock moved from one location to another.</summary>
public sealed record TransferRequest(Guid? ItemId, Guid? LotId, Guid? FromLocationId, Guid? ToLocationId, decimal? Quantity);

/// <summary>
/// A correction outside a count, with its reason: either a signed <see cref="Quantity"/> (+ found, − lost) or the
/// <see cref="NewQuantity"/> the balance should have. Exactly one of the two.
/// </summary>
public sealed record AdjustmentRequest(Guid? ItemId, Guid? LotId, Guid? LocationId, decimal? Quantity = null, decimal? NewQuantity = null, string? Reason = null);

/// <summary>One counted line of a count sheet.</summary>
public sealed record CountedLine(Guid? ItemId, Guid? LotId, decimal? Counted);

/// <summary>
/// A submitted cycle count (재고 실사) of one location. Each line whose count differs from the ledger becomes one
/// count correction with the reason; matching lines change nothing.
/// </summary>
public sealed record CountRequest(Guid? LocationId, string? Reason, IReadOnlyList<CountedLine>? Lines);
