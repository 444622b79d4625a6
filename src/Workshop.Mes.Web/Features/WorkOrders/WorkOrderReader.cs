using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Orders;
using DomainStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;
using StepState = Workshop.Mes.Contracts.WorkOrders.StepState;
using WorkOrderPriority = Workshop.Mes.Contracts.WorkOrders.WorkOrderPriority;
using WorkOrderStatus = Workshop.Mes.Contracts.WorkOrders.WorkOrderStatus;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>Turns a stored order into what the detail page and the API show, with its delivery flags.</summary>
internal static class WorkOrderReader
{
    /// <summary>Overdue, expected-late and at-risk outlooks of every open order of the workshop, with the station names a reason names.</summary>
    public static async Task<OpenOrderOutlooks> OutlooksAsync(MesDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var open = await db.WorkOrders.AsNoTracking()
            .Where(o => o.Status != DomainStatus.Completed && o.Status != DomainStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var stations = await CatalogReads.Workstations(db).Select(w => new { w.Id, w.Name, w.HoursPerDay }).ToListAsync(cancellationToken);
        var loads = open.Select(o => new OpenOrderLoad(o.Id, o.DueDate, o.Priority, o.Number, o.RemainingMinutesByWorkstation())).ToList();
        var outlooks = DeliveryRisk.Outlooks(loads, stations.ToDictionary(w => w.Id, w => w.HoursPerDay), today);
        return new OpenOrderOutlooks(outlooks, stations.ToDictionary(w => w.Id, w => w.Name), today);
    }

    public static async Task<WorkOrderDetail?> DetailAsync(MesDbContext db, Guid id, DateOnly today, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return order is null ? null : await DetailAsync(db, order, today, cancellationToken);
    }

    public static async Task<WorkOrderDetail> DetailAsync(MesDbContext db, WorkOrder order, DateOnly today, CancellationToken cancellationToken)
    {
        var product = await CatalogReads.Items(db).SingleAsync(i => i.Id == order.ProductId, cancellationToken);
        var stationIds = order.Steps.Select(s => s.WorkstationId).Distinct().ToList();
        var stations = await CatalogReads.Workstations(db).Where(w => stationIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        var itemIds = order.Materials.Select(m => m.ItemId).Distinct().ToList();
        var items = await CatalogReads.Items(db).Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var issued = await IssuedAsync(db, order.Id, cancellationToken);
        var made = order.CustomerOrderLineId is { } lineId
            ? await (from line in OrderReads.CustomerOrderLines(db)
                     join customerOrder in OrderReads.CustomerOrders(db).IgnoreAutoIncludes() on line.CustomerOrderId equals customerOrder.Id
                     where line.Id == lineId
                     select new { customerOrder.Id, customerOrder.Number, customerOrder.CustomerName, Line = line }).SingleOrDefaultAsync(cancellationToken)
            : null;
        var outlooks = order.Status is DomainStatus.Completed or DomainStatus.Cancelled ? OpenOrderOutlooks.None(today) : await OutlooksAsync(db, today, cancellationToken);
        var outlook = outlooks.Of(order.Id, order.Status, order.DueDate);

        return new WorkOrderDetail(
            order.Id,
            order.Number,
            order.ProductId,
            product.Code,
            product.Name,
            product.Unit,
            order.Quantity,
            order.DueDate,
            Enum.Parse<WorkOrderPriority>(order.Priority.ToString()),
            Enum.Parse<WorkOrderStatus>(order.Status.ToString()),
            order.HoldReason,
            order.CustomerOrderLineId,
            made?.CustomerName,
            order.CreatedAt,
            order.ReleasedAt,
            order.StartedAt,
            order.CompletedAt,
            order.GoodQuantity,
            order.ScrapQuantity,
            Math.Round(order.Progress, 4),
            outlook.IsLate,
            outlook.IsAtRisk,
            [.. order.Steps.OrderBy(s => s.Sequence).Select(s => new WorkOrderStepView(
                s.Id,
                s.Sequence,
                s.Operation,
                s.WorkstationId,
                stations.GetValueOrDefault(s.WorkstationId) ?? string.Empty,
                s.SetupMinutes,
                s.RunMinutesPerUnit,
                s.SetupMinutes + (s.RunMinutesPerUnit * order.Quantity),
                s.RequiresInspection,
                Enum.Parse<StepState>(s.State.ToString()),
                s.GoodQuantity,
                s.ScrapQuantity,
                s.StartedAt,
                s.FinishedAt,
                [.. Enum.GetValues<ProgressKind>().Where(k => StepRules.Allows(s.State, Enum.Parse<ProductionEventKind>(k.ToString())))]))],
            [.. order.Materials.OrderBy(m => items.GetValueOrDefault(m.ItemId)?.Code).Select(m => new WorkOrderMaterialView(
                m.Id,
                m.ItemId,
                items.GetValueOrDefault(m.ItemId)?.Code ?? string.Empty,
                items.GetValueOrDefault(m.ItemId)?.Name ?? string.Empty,
                items.GetValueOrDefault(m.ItemId)?.Unit ?? string.Empty,
                m.QuantityPer,
                m.RequiredQuantity,
                m.ConsumedQuantity,
                m.OutstandingQuantity,
                issued.GetValueOrDefault(m.ItemId)))],
            order.Version,
            ActionsOf(order),
            outlook.IsOverdue,
            outlook.IsExpectedLate,
            outlooks.ReasonOf(outlook),
            made?.Id,
            made?.Number,
            made is null ? [] : OrderReads.SizesOf(made.Line),
            made?.Line.Quantity);
    }

    /// <summary>What the order's kit issue moved to the line side, by component: the transfers in that name the order.</summary>
    private static Task<Dictionary<Guid, decimal>> IssuedAsync(MesDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        InventoryReads.StockMovements(db)
            .Where(m => m.WorkOrderId == orderId && m.Kind == StockMovementKind.TransferIn)
            .GroupBy(m => m.ItemId)
            .Select(g => new { ItemId = g.Key, Quantity = g.Sum(m => m.Quantity) })
            .ToDictionaryAsync(g => g.ItemId, g => g.Quantity, cancellationToken);

    /// <summary>What the order's status allows, answered by the domain's state machine and editing rules.</summary>
    public static WorkOrderActions ActionsOf(WorkOrder order) =>
        new(
            WorkOrderEditing.CanChangeQuantity(order.Status),
            WorkOrderEditing.CanReschedule(order.Status),
            WorkOrderStateMachine.CanApply(order.Status, WorkOrderAction.Release),
            WorkOrderStateMachine.CanApply(order.Status, WorkOrderAction.Hold),
            WorkOrderStateMachine.CanApply(order.Status, WorkOrderAction.Resume, order.HeldFrom),
            WorkOrderStateMachine.CanApply(order.Status, WorkOrderAction.Complete),
            WorkOrderStateMachine.CanApply(order.Status, WorkOrderAction.Cancel),
            WorkOrderEditing.CanRecordWork(order.Status));
}
