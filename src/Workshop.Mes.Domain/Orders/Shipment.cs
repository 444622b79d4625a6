using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Orders;

/// <summary>
/// A shipment (출하): finished lots leaving against order lines. Its ship time is what on-time delivery is
/// measured on, and its lots are where traceability starts backwards.
/// </summary>
public sealed class Shipment : TenantEntity
{
    private readonly List<ShipmentLine> _lines = [];

    private Shipment()
    {
    }

    public Shipment(Guid workshopId, string number, Guid customerOrderId, DateTimeOffset shippedAt)
        : base(workshopId)
    {
        Number = Guard.Required(number, nameof(number));
        CustomerOrderId = customerOrderId;
        ShippedAt = shippedAt.ToUniversalTime();
    }

    public string Number { get; private set; } = string.Empty;

    public Guid CustomerOrderId { get; private set; }

    public DateTimeOffset ShippedAt { get; private set; }

    public IReadOnlyList<ShipmentLine> Lines => _lines;

    /// <summary>Adds a shipped lot to the shipment and books it on the order line in the same step.</summary>
    public ShipmentLine Ship(CustomerOrder order, Guid orderLineId, Guid? lotId, decimal quantity)
    {
        if (order.Id != CustomerOrderId)
        {
            throw new DomainRuleException("shipment.wrong_order", "The shipment belongs to another order.");
        }

        order.RecordShipment(orderLineId, quantity);
        var line = new ShipmentLine(WorkshopId, Id, orderLineId, lotId, quantity);
        _lines.Add(line);
        return line;
    }

    /// <summary>On time when shipped on or before the line's due date, in the workshop's own calendar.</summary>
    public static bool IsOnTime(DateTimeOffset shippedAt, DateOnly dueDate, TimeZoneInfo workshopZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(shippedAt, workshopZone).DateTime) <= dueDate;
}

public sealed class ShipmentLine : TenantEntity
{
    private ShipmentLine()
    {
    }

    internal ShipmentLine(Guid workshopId, Guid shipmentId, Guid orderLineId, Guid? lotId, decimal quantity)
        : base(workshopId)
    {
        ShipmentId = shipmentId;
        CustomerOrderLineId = orderLineId;
        LotId = lotId;
        Quantity = quantity;
    }

    public Guid ShipmentId { get; private set; }

    public Guid CustomerOrderLineId { get; private set; }

    public Guid? LotId { get; private set; }

    public decimal Quantity { get; private set; }
}
