namespace Workshop.Mes.Contracts.Orders;

/// <summary>One lot leaving against an order line, taken from a location.</summary>
public sealed record ShipmentLineRequest(Guid? OrderLineId, Guid? LotId, decimal? Quantity, Guid? LocationId);

/// <summary>A shipment (출하) of finished lots against a customer order.</summary>
/// <param name="ShippedAt">When the goods left; now when left out.</param>
public sealed record ShipmentRequest(Guid? CustomerOrderId, DateTimeOffset? ShippedAt, IReadOnlyList<ShipmentLineRequest>? Lines);

/// <param name="OnTime">Shipped on or before the line's due date, in the workshop's calendar.</param>
public sealed record ShipmentLineView(
    Guid Id,
    Guid OrderLineId,
    int LineNumber,
    string ProductCode,
    string ProductName,
    Guid? LotId,
    string? LotNumber,
    decimal Quantity,
    DateOnly DueDate,
    bool OnTime);

public sealed record ShipmentView(
    Guid Id,
    string Number,
    Guid CustomerOrderId,
    string CustomerOrderNumber,
    string CustomerName,
    DateTimeOffset ShippedAt,
    IReadOnlyList<ShipmentLineView> Lines);

/// <summary>A shipment as lists show it.</summary>
/// <param name="OnTime">Every line left on or before its due date.</param>
public sealed record ShipmentSummary(
    Guid Id,
    string Number,
    Guid CustomerOrderId,
    string CustomerOrderNumber,
    string CustomerName,
    DateTimeOffset ShippedAt,
    int LineCount,
    decimal Quantity,
    string Lots,
    bool OnTime);

/// <summary>A finished lot that can ship against an order line: on hand by lot and location.</summary>
public sealed record AvailableLot(Guid OrderLineId, Guid LotId, string LotNumber, Guid LocationId, string LocationName, decimal OnHand);

/// <summary>On-time delivery over shipped lines: each shipment line counts once.</summary>
public sealed record OnTimeDeliveryView(int ShippedLines, int OnTimeLines, int LateLines, decimal? Rate);
