using Workshop.Mes.Contracts.WorkOrders;

namespace Workshop.Mes.Contracts.Orders;

public enum CustomerOrderStatus
{
    Open,
    PartiallyShipped,
    Shipped,
    Cancelled,
}

/// <summary>A customer order as lists show it.</summary>
/// <param name="NextDueDate">The earliest due date of a line that still has something to ship.</param>
/// <param name="IsOverdue">A line with something left to ship is past its due date (and the order is not cancelled).</param>
/// <param name="IsExpectedLate">A work order of its lines is expected to finish after its due date.</param>
/// <param name="IsOnHold">A work order of its lines is on hold.</param>
public sealed record CustomerOrderSummary(
    Guid Id,
    string Number,
    string CustomerName,
    DateOnly OrderedOn,
    CustomerOrderStatus Status,
    int LineCount,
    decimal Quantity,
    decimal ShippedQuantity,
    DateOnly? NextDueDate,
    bool IsOverdue = false,
    bool IsExpectedLate = false,
    bool IsOnHold = false);

/// <summary>One line of a new or edited order. <paramref name="Id"/> names an existing line on an edit; leave it out for a new line.</summary>
/// <param name="Sizes">
/// The size breakdown (사이즈별 수량), e.g. 28 × 15, 30 × 20: labels unique on the line, quantities above zero, at most
/// 50, adding up to <paramref name="Quantity"/>. Leave it out (or empty) for a product of one size; on an edit, the
/// line's breakdown is replaced by this one.
/// </param>
public sealed record CustomerOrderLineRequest(Guid? Id, Guid? ProductId, decimal? Quantity, DateOnly? DueDate, IReadOnlyList<SizeQuantityRequest>? Sizes = null);

/// <summary>One size or colour of a line's product and how many of it: label "28" or "네이비 / 30".</summary>
public sealed record SizeQuantityRequest(string? Label, decimal? Quantity);

/// <summary>One size or colour of a line's product and how many of it, as stored.</summary>
public sealed record SizeQuantityView(string Label, decimal Quantity);

/// <summary>A customer the workshop has taken orders from, in the spelling it uses, for the order form's picker.</summary>
/// <param name="Orders">How many orders carry the name (spellings that differ only in blanks or case count together).</param>
public sealed record CustomerNameView(string Name, int Orders, DateOnly LastOrderedOn);

/// <summary>A new customer order (수주) or the whole edited order: lines left out of an edit are removed.</summary>
/// <param name="OrderedOn">The day the order was taken; today in the workshop's zone when left out.</param>
public sealed record CustomerOrderRequest(string? CustomerName, DateOnly? OrderedOn, IReadOnlyList<CustomerOrderLineRequest>? Lines);

/// <summary>A work order made for an order line, with how far it is.</summary>
public sealed record OrderWorkOrderView(
    Guid Id,
    string Number,
    Guid? CustomerOrderLineId,
    decimal Quantity,
    DateOnly DueDate,
    WorkOrderStatus Status,
    decimal GoodQuantity,
    decimal Progress,
    int StepsDone,
    int StepCount);

/// <param name="OnTime">Null while nothing is shipped; otherwise whether every shipment of the line left by its due date.</param>
/// <param name="IsOverdue">Something is left to ship and the due date has passed (the order is not cancelled).</param>
/// <param name="IsExpectedLate">Not overdue, but one of its work orders is expected to finish late; <paramref name="LateReason"/> says why.</param>
/// <param name="Sizes">The size breakdown, adding up to <paramref name="Quantity"/>; empty for a product of one size.</param>
public sealed record CustomerOrderLineView(
    Guid Id,
    int LineNumber,
    Guid ProductId,
    string ProductCode,
    string ProductName,
    string Unit,
    decimal Quantity,
    DateOnly DueDate,
    decimal ShippedQuantity,
    decimal RemainingQuantity,
    bool? OnTime,
    IReadOnlyList<OrderWorkOrderView> WorkOrders,
    bool IsOverdue = false,
    bool IsExpectedLate = false,
    LateReason? LateReason = null,
    IReadOnlyList<SizeQuantityView>? Sizes = null);

/// <summary>A lot in the order's trace: material consumed by a work order, or output it made.</summary>
public sealed record TraceLot(Guid? LotId, string? LotNumber, string ItemCode, string ItemName, decimal Quantity, string Unit);

/// <summary>One work order of the order with the material lots it consumed and the lots it produced.</summary>
public sealed record TraceWorkOrder(
    Guid WorkOrderId,
    string Number,
    int LineNumber,
    WorkOrderStatus Status,
    int StepsDone,
    int StepCount,
    IReadOnlyList<TraceLot> MaterialLots,
    IReadOnlyList<TraceLot> OutputLots);

/// <summary>A customer order with its lines, work orders, shipments and the trace from material lots to shipments.</summary>
public sealed record CustomerOrderView(
    Guid Id,
    string Number,
    string CustomerName,
    DateOnly OrderedOn,
    CustomerOrderStatus Status,
    uint Version,
    IReadOnlyList<CustomerOrderLineView> Lines,
    IReadOnlyList<ShipmentView> Shipments,
    IReadOnlyList<TraceWorkOrder> Trace,
    CustomerOrderActions AllowedActions);

/// <summary>What the order's status allows now, as the domain decides it; whether the caller's role may do it is separate.</summary>
/// <param name="Edit">Open, nothing shipped, and no work order on the floor yet.</param>
/// <param name="Cancel">Nothing shipped yet.</param>
/// <param name="MakeWorkOrders">Not fully shipped or cancelled.</param>
/// <param name="Ship">Not fully shipped or cancelled.</param>
public sealed record CustomerOrderActions(bool Edit, bool Cancel, bool MakeWorkOrders, bool Ship);

/// <summary>How one order line is split into work orders; the quantities add up to what is left to ship on the line.</summary>
public sealed record LineSplit(Guid? LineId, IReadOnlyList<decimal>? Quantities);

/// <summary>Makes work orders for an order: one per line without work orders when <paramref name="Splits"/> is empty.</summary>
public sealed record MakeWorkOrdersRequest(IReadOnlyList<LineSplit>? Splits);

/// <summary>The work orders made by this request (empty when every line already had its work orders).</summary>
public sealed record MadeWorkOrders(IReadOnlyList<OrderWorkOrderView> WorkOrders);
