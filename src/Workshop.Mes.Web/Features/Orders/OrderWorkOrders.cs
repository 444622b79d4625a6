using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>
/// Where a customer order line becomes a draft work order. The one place orders create work orders, so it can be
/// pointed at the work orders module's own service once that exists.
/// </summary>
internal static class OrderWorkOrders
{
    public static async Task<WorkOrder> DraftAsync(
        MesDbContext db, WorkshopRef workshop, CustomerOrderLine line, decimal quantity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = await DocumentNumbers.NextAsync(db, workshop, DocumentNumber.WorkOrder, now, cancellationToken);
        var order = new WorkOrder(workshop.Id, number, line.ProductId, quantity, line.DueDate, WorkOrderPriority.Normal, line.Id, now);
        db.WorkOrders.Add(order);
        return order;
    }
}
