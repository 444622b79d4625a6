using ContractWorkOrderStatus = Workshop.Mes.Contracts.WorkOrders.WorkOrderStatus;
using Microsoft.EntityFrameworkCore;
using OrderStatus = Workshop.Mes.Contracts.Orders.CustomerOrderStatus;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>
/// Reads an order's whole chain for its page and the API: lines → work orders (steps done) → material lots they
/// consumed → lots they produced → shipments with their lots and whether each left on time.
/// </summary>
internal static class CustomerOrderViews
{
    /// <summary>
    /// What the order allows, answered by the domain: "edit" while open with nothing shipped and no work order past
    /// draft (the service checks the same on save, ADR 0023), "cancel" while nothing is shipped, work orders and
    /// shipments until the order is closed.
    /// </summary>
    public static CustomerOrderActions ActionsOf(CustomerOrder order, IEnumerable<WorkOrder> workOrders) =>
        new(order.IsEditableWith(workOrders.Select(w => w.Status)), order.CanCancel, !order.IsClosed, !order.IsClosed);

    public static async Task<CustomerOrderView> ViewAsync(MesDbContext db, CustomerOrder order, TimeZoneInfo zone, DateOnly today, CancellationToken cancellationToken)
    {
        var lineIds = order.Lines.Select(l => l.Id).ToList();
        var workOrders = await WorkOrderReads.WorkOrders(db)
            .Where(w => w.CustomerOrderLineId != null && lineIds.Contains(w.CustomerOrderLineId.Value))
            .OrderBy(w => w.Number)
            .ToListAsync(cancellationToken);
        var shipments = await ShipmentsAsync(db, db.Shipments.Where(s => s.CustomerOrderId == order.Id), zone, cancellationToken);
        var trace = await TraceAsync(db, order, workOrders, cancellationToken);
        var productIds = order.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await CatalogReads.Items(db).Where(i => productIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var shippedLines = shipments.SelectMany(s => s.Lines).ToList();
        var outlooks = workOrders.Any(w => w.Status is not (WorkOrderStatus.Completed or WorkOrderStatus.Cancelled))
            ? await WorkOrderReads.OutlooksAsync(db, today, cancellationToken)
            : OpenOrderOutlooks.None(today);

        var lines = order.Lines.OrderBy(l => l.LineNumber).Select(l =>
        {
            var product = products[l.ProductId];
            var shipped = shippedLines.Where(s => s.OrderLineId == l.Id).ToList();
            var lineWorkOrders = workOrders.Where(w => w.CustomerOrderLineId == l.Id).ToList();
            var delivery = OrderDelivery.OfLine(order.IsClosed, l.RemainingQuantity, l.DueDate, today, lineWorkOrders.Select(w => outlooks.Of(w.Id, w.Status, w.DueDate)));
            return new CustomerOrderLineView(
                l.Id,
                l.LineNumber,
                l.ProductId,
                product.Code,
                product.Name,
                product.Unit,
                l.Quantity,
                l.DueDate,
                l.ShippedQuantity,
                l.RemainingQuantity,
                shipped.Count == 0 ? null : shipped.All(s => s.OnTime),
                lineWorkOrders.Select(WorkOrderView).ToList(),
                delivery.IsOverdue,
                delivery.IsExpectedLate,
                outlooks.ReasonOf(delivery),
                OrderReads.SizesOf(l));
        }).ToList();

        return new CustomerOrderView(
            order.Id, order.Number, order.CustomerName, order.OrderedOn, Enum.Parse<OrderStatus>(order.Status.ToString()), order.Version, lines, shipments, trace,
            ActionsOf(order, workOrders));
    }

    public static OrderWorkOrderView WorkOrderView(WorkOrder w) =>
        new(
            w.Id,
            w.Number,
            w.CustomerOrderLineId,
            w.Quantity,
            w.DueDate,
            Enum.Parse<ContractWorkOrderStatus>(w.Status.ToString()),
            w.GoodQuantity,
            Math.Round(w.Progress, 4),
            w.Steps.Count(s => s.State == StepState.Finished),
            w.Steps.Count);

    /// <summary>Shipments with their lines, lots and on-time flags, newest first.</summary>
    public static async Task<List<ShipmentView>> ShipmentsAsync(MesDbContext db, IQueryable<Shipment> query, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var shipments = await query.AsNoTracking().OrderByDescending(s => s.ShippedAt).ThenByDescending(s => s.Number).ToListAsync(cancellationToken);
        if (shipments.Count == 0)
        {
            return [];
        }

        var orderIds = shipments.Select(s => s.CustomerOrderId).Distinct().ToList();
        var orders = await db.CustomerOrders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var lines = orders.Values.SelectMany(o => o.Lines).ToDictionary(l => l.Id);
        var productIds = lines.Values.Select(l => l.ProductId).Distinct().ToList();
        var products = await CatalogReads.Items(db).Where(i => productIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var lotIds = shipments.SelectMany(s => s.Lines).Where(l => l.LotId != null).Select(l => l.LotId!.Value).Distinct().ToList();
        var lots = await InventoryReads.Lots(db).Where(l => lotIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.LotNumber, cancellationToken);

        return shipments.Select(s =>
        {
            var order = orders[s.CustomerOrderId];
            return new ShipmentView(
                s.Id,
                s.Number,
                order.Id,
                order.Number,
                order.CustomerName,
                s.ShippedAt,
                s.Lines.Select(sl =>
                {
                    var line = lines[sl.CustomerOrderLineId];
                    var product = products[line.ProductId];
                    return new ShipmentLineView(
                        sl.Id,
                        line.Id,
                        line.LineNumber,
                        product.Code,
                        product.Name,
                        sl.LotId,
                        sl.LotId is { } lotId ? lots[lotId] : null,
                        sl.Quantity,
                        line.DueDate,
                        Shipment.IsOnTime(s.ShippedAt, line.DueDate, zone));
                }).OrderBy(l => l.LineNumber).ToList());
        }).ToList();
    }

    private static async Task<List<TraceWorkOrder>> TraceAsync(MesDbContext db, CustomerOrder order, List<WorkOrder> workOrders, CancellationToken cancellationToken)
    {
        var ids = workOrders.Select(w => w.Id).ToList();
        var consumed = await InventoryReads.StockMovements(db)
            .Where(m => m.WorkOrderId != null && ids.Contains(m.WorkOrderId.Value) && (m.Kind == StockMovementKind.Issue || m.Kind == StockMovementKind.Backflush))
            .GroupBy(m => new { WorkOrderId = m.WorkOrderId!.Value, m.ItemId, m.LotId })
            .Select(g => new { g.Key.WorkOrderId, g.Key.ItemId, g.Key.LotId, Quantity = -g.Sum(m => m.Quantity) })
            .ToListAsync(cancellationToken);
        var outputLots = await InventoryReads.Lots(db).Where(l => l.ProducedByWorkOrderId != null && ids.Contains(l.ProducedByWorkOrderId.Value)).ToListAsync(cancellationToken);
        var outputIds = outputLots.Select(l => l.Id).ToList();
        var produced = await InventoryReads.StockMovements(db)
            .Where(m => m.Kind == StockMovementKind.Output && m.LotId != null && outputIds.Contains(m.LotId.Value))
            .GroupBy(m => m.LotId!.Value)
            .Select(g => new { LotId = g.Key, Quantity = g.Sum(m => m.Quantity) })
            .ToDictionaryAsync(g => g.LotId, g => g.Quantity, cancellationToken);
        var lotIds = consumed.Where(c => c.LotId != null).Select(c => c.LotId!.Value).Distinct().ToList();
        var lots = await InventoryReads.Lots(db).Where(l => lotIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.LotNumber, cancellationToken);
        var itemIds = consumed.Select(c => c.ItemId).Concat(outputLots.Select(l => l.ItemId)).Distinct().ToList();
        var items = await CatalogReads.Items(db).Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var lineNumbers = order.Lines.ToDictionary(l => l.Id, l => l.LineNumber);

        return workOrders.Select(w => new TraceWorkOrder(
            w.Id,
            w.Number,
            lineNumbers[w.CustomerOrderLineId!.Value],
            Enum.Parse<ContractWorkOrderStatus>(w.Status.ToString()),
            w.Steps.Count(s => s.State == StepState.Finished),
            w.Steps.Count,
            consumed.Where(c => c.WorkOrderId == w.Id)
                .Select(c => new TraceLot(c.LotId, c.LotId is { } lot ? lots[lot] : null, items[c.ItemId].Code, items[c.ItemId].Name, c.Quantity, items[c.ItemId].Unit))
                .OrderBy(t => t.ItemCode).ThenBy(t => t.LotNumber)
                .ToList(),
            outputLots.Where(l => l.ProducedByWorkOrderId == w.Id)
                .Select(l => new TraceLot(l.Id, l.LotNumber, items[l.ItemId].Code, items[l.ItemId].Name, produced.GetValueOrDefault(l.Id), items[l.ItemId].Unit))
                .OrderBy(t => t.LotNumber)
                .ToList())).ToList();
    }
}
