using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>A customer order line's work order, as the orders module sees it: which line, and how far it got.</summary>
[ModuleSurface]
internal sealed record LineWorkOrder(Guid LineId, WorkOrderStatus Status);

/// <summary>
/// What the orders module may ask of work orders for its lines: which exist, draft new ones, cancel the drafts. Each
/// takes the caller's unit of work, so an order and its work orders change in one transaction.
/// </summary>
[ModuleSurface]
internal static class OrderLineWorkOrders
{
    /// <summary>The lines' work orders that are not cancelled.</summary>
    public static async Task<IReadOnlyList<LineWorkOrder>> OfLinesAsync(MesDbContext db, IReadOnlyCollection<Guid> lineIds, CancellationToken cancellationToken) =>
        await db.WorkOrders.AsNoTracking().IgnoreAutoIncludes()
            .Where(w => w.CustomerOrderLineId != null && lineIds.Contains(w.CustomerOrderLineId.Value) && w.Status != WorkOrderStatus.Cancelled)
            .Select(w => new LineWorkOrder(w.CustomerOrderLineId!.Value, w.Status))
            .ToListAsync(cancellationToken);

    /// <summary>A draft work order for <paramref name="quantity"/> of the line's product, due when the line is.</summary>
    public static async Task<WorkOrder> DraftAsync(
        MesDbContext db, WorkshopRef workshop, Guid lineId, Guid productId, decimal quantity, DateOnly dueDate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var number = await DocumentNumbers.NextAsync(db, workshop, DocumentNumber.WorkOrder, now, cancellationToken);
        var order = new WorkOrder(workshop.Id, number, productId, quantity, dueDate, WorkOrderPriority.Normal, lineId, now);
        db.WorkOrders.Add(order);
        return order;
    }

    /// <summary>Cancels the lines' work orders that are still drafts; released ones stay on the floor.</summary>
    public static async Task CancelDraftsAsync(MesDbContext db, IReadOnlyCollection<Guid> lineIds, CancellationToken cancellationToken)
    {
        var drafts = await db.WorkOrders.IgnoreAutoIncludes()
            .Where(w => w.CustomerOrderLineId != null && lineIds.Contains(w.CustomerOrderLineId.Value) && w.Status == WorkOrderStatus.Draft)
            .ToListAsync(cancellationToken);
        drafts.ForEach(w => w.Cancel());
    }
}
