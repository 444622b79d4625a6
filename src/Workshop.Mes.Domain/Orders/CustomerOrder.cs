using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Orders;

public enum CustomerOrderStatus
{
    Open,
    PartiallyShipped,
    Shipped,
    Cancelled,
}

/// <summary>A customer's order (수주): lines of product × quantity × due date, shipped in one or more shipments.</summary>
public sealed class CustomerOrder : VersionedTenantEntity
{
    private readonly List<CustomerOrderLine> _lines = [];

    private CustomerOrder()
    {
    }

    public CustomerOrder(Guid workshopId, string number, string customerName, DateOnly orderedOn)
        : base(workshopId)
    {
        Number = Guard.Required(number, nameof(number));
        CustomerName = Guard.Required(customerName, nameof(customerName));
        OrderedOn = Guard.AcceptedDate(orderedOn, nameof(orderedOn));
    }

    public string Number { get; private set; } = string.Empty;

    public string CustomerName { get; private set; } = string.Empty;

    public DateOnly OrderedOn { get; private set; }

    public CustomerOrderStatus Status { get; private set; } = CustomerOrderStatus.Open;

    public IReadOnlyList<CustomerOrderLine> Lines => _lines;

    /// <summary>Lines, customer and dates may change while the order is open and nothing has been shipped.</summary>
    public bool IsEditable => Status == CustomerOrderStatus.Open && !_lines.Any(l => l.ShippedQuantity > 0);

    /// <summary>Only an order with nothing shipped can be cancelled.</summary>
    public bool CanCancel => Status == CustomerOrderStatus.Open;

    /// <summary>Fully shipped or cancelled: no more work orders, no more shipments.</summary>
    public bool IsClosed => Status is CustomerOrderStatus.Shipped or CustomerOrderStatus.Cancelled;

    /// <summary>
    /// Whether the order may be edited, given the statuses of its work orders: besides <see cref="IsEditable"/>,
    /// none of them may be on the floor yet (a draft or a cancelled one can still follow the order).
    /// </summary>
    public bool IsEditableWith(IEnumerable<WorkOrders.WorkOrderStatus> workOrders) =>
        IsEditable && workOrders.All(w => w is WorkOrders.WorkOrderStatus.Draft or WorkOrders.WorkOrderStatus.Cancelled);

    /// <param name="sizes">The line's size breakdown, adding up to <paramref name="quantity"/>; empty when the product comes in one size.</param>
    public CustomerOrderLine AddLine(Guid productId, decimal quantity, DateOnly dueDate, IReadOnlyList<OrderLineSize>? sizes = null)
    {
        EnsureOpen();
        if (dueDate < OrderedOn)
        {
            throw new DomainRuleException("customer_order.due_before_order", "The due date cannot be before the order date.");
        }

        var number = _lines.Count == 0 ? 1 : _lines.Max(l => l.LineNumber) + 1;
        var line = new CustomerOrderLine(WorkshopId, Id, number, productId, quantity, dueDate, sizes);
        _lines.Add(line);
        return line;
    }

    /// <summary>Corrects the customer or the order date; only while nothing has been shipped.</summary>
    public void Revise(string customerName, DateOnly orderedOn)
    {
        EnsureEditable();
        CustomerName = Guard.Required(customerName, nameof(customerName));
        OrderedOn = Guard.AcceptedDate(orderedOn, nameof(orderedOn));
        if (_lines.Any(l => l.DueDate < orderedOn))
        {
            throw new DomainRuleException("customer_order.due_before_order", "The due date cannot be before the order date.");
        }
    }

    public void ChangeLine(Guid lineId, Guid productId, decimal quantity, DateOnly dueDate, IReadOnlyList<OrderLineSize>? sizes = null)
    {
        EnsureEditable();
        if (dueDate < OrderedOn)
        {
            throw new DomainRuleException("customer_order.due_before_order", "The due date cannot be before the order date.");
        }

        Line(lineId).Change(productId, quantity, dueDate, sizes);
    }

    public void RemoveLine(Guid lineId)
    {
        EnsureEditable();
        _lines.Remove(Line(lineId));
    }

    /// <summary>Books a shipped quantity on a line; the order's status follows from what is left to ship.</summary>
    public void RecordShipment(Guid lineId, decimal quantity)
    {
        EnsureOpen();
        Line(lineId).Ship(quantity);
        Status = _lines.All(l => l.IsFullyShipped) ? CustomerOrderStatus.Shipped : CustomerOrderStatus.PartiallyShipped;
    }

    public void Cancel()
    {
        if (!CanCancel)
        {
            throw new DomainRuleException(
                "customer_order.cannot_cancel",
                "Only an order with nothing shipped can be cancelled.",
                Status.ToString());
        }

        Status = CustomerOrderStatus.Cancelled;
    }

    private CustomerOrderLine Line(Guid lineId) =>
        _lines.SingleOrDefault(l => l.Id == lineId)
            ?? throw new DomainRuleException("customer_order.line_not_found", "The order has no such line.");

    private void EnsureEditable()
    {
        if (!IsEditable)
        {
            throw new DomainRuleException("customer_order.not_editable", "Only an open order with nothing shipped can be edited.", Status.ToString());
        }
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainRuleException("customer_order.closed", "The order is already closed.", Status.ToString());
        }
    }
}

public sealed class CustomerOrderLine : TenantEntity
{
    private List<OrderLineSize> _sizes = [];

    private CustomerOrderLine()
    {
    }

    internal CustomerOrderLine(Guid workshopId, Guid orderId, int lineNumber, Guid productId, decimal quantity, DateOnly dueDate, IReadOnlyList<OrderLineSize>? sizes)
        : base(workshopId)
    {
        CustomerOrderId = orderId;
        LineNumber = lineNumber;
        ProductId = productId;
        Quantity = Guard.Positive(quantity, nameof(quantity));
        DueDate = Guard.AcceptedDate(dueDate, nameof(dueDate));
        _sizes = [.. SizeBreakdown.Checked(sizes, Quantity)];
    }

    public Guid CustomerOrderId { get; private set; }

    public int LineNumber { get; private set; }

    public Guid ProductId { get; private set; }

    public decimal Quantity { get; private set; }

    public DateOnly DueDate { get; private set; }

    public decimal ShippedQuantity { get; private set; }

    /// <summary>The size breakdown (사이즈별 수량), adding up to <see cref="Quantity"/>; empty for a product of one size.</summary>
    public IReadOnlyList<OrderLineSize> Sizes => _sizes;

    public decimal RemainingQuantity => Quantity - ShippedQuantity;

    public bool IsFullyShipped => ShippedQuantity >= Quantity;

    internal void Change(Guid productId, decimal quantity, DateOnly dueDate, IReadOnlyList<OrderLineSize>? sizes)
    {
        var checkedSizes = SizeBreakdown.Checked(sizes, Guard.Positive(quantity, nameof(quantity)));
        ProductId = productId;
        Quantity = quantity;
        DueDate = Guard.AcceptedDate(dueDate, nameof(dueDate));
        _sizes = [.. checkedSizes];
    }

    internal void Ship(decimal quantity)
    {
        Guard.Positive(quantity, nameof(quantity));
        if (quantity > RemainingQuantity)
        {
            throw new DomainRuleException(
                "customer_order.over_shipment",
                "Cannot ship more than is left on the order line.",
                WithoutTrailingZeros(quantity),
                WithoutTrailingZeros(RemainingQuantity));
        }

        ShippedQuantity += quantity;
    }

    // Quantities come back from the database with four decimals; people read 50, not 50.0000.
    private static decimal WithoutTrailingZeros(decimal value) => value / 1.0000000000000000000000000000m;
}
