using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Testing;

/// <summary>
/// The one way tests make a work order, built through the domain for a product with its routing and BOM: a draft,
/// released (the routing and BOM copied onto the order), started, or in any status. Nothing is stored here; the
/// <see cref="TestWorkshop"/> gives one for its product (<see cref="TestWorkshop.WorkOrders"/>) and saves what it is given.
/// </summary>
public sealed record WorkOrderBuilder(Guid WorkshopId, Guid ProductId, IReadOnlyList<RoutingStep> Routing, IReadOnlyList<BomLine> Bom)
{
    /// <summary>When the order is created, released and worked on; the test clock unless changed.</summary>
    public DateTimeOffset At { get; init; } = TestWorkshop.Now;

    public decimal Quantity { get; init; } = 100;

    public DateOnly Due { get; init; } = new(2026, 12, 1);

    public WorkOrderPriority Priority { get; init; } = WorkOrderPriority.Normal;

    /// <summary>The customer order line the order makes; none for a work order for stock.</summary>
    public Guid? CustomerOrderLineId { get; init; }

    /// <summary>Who starts and finishes steps for <see cref="Started"/> and <see cref="In"/>.</summary>
    public Guid WorkerId { get; init; } = Guid.CreateVersion7();

    public WorkOrder Draft(string number = "WO-2611-0001", decimal? quantity = null, DateOnly? due = null) =>
        new(WorkshopId, number, ProductId, quantity ?? Quantity, due ?? Due, Priority, CustomerOrderLineId, At);

    /// <summary>Released, with its own copy of the routing and BOM.</summary>
    public WorkOrder Released(string number = "WO-2611-0001", decimal? quantity = null, DateOnly? due = null)
    {
        var order = Draft(number, quantity, due);
        order.Release(Routing, Bom, At);
        return order;
    }

    /// <summary>Released, its first step started: in progress.</summary>
    public WorkOrder Started(string number = "WO-2611-0001", decimal? quantity = null, DateOnly? due = null)
    {
        var order = Released(number, quantity, due);
        order.Record(ProductionEvent.Start(Context(order, order.Steps[0])));
        return order;
    }

    /// <summary>An order in <paramref name="status"/>, got there the way a workshop would.</summary>
    public WorkOrder In(WorkOrderStatus status, string number = "WO-2611-0001")
    {
        switch (status)
        {
            case WorkOrderStatus.Draft:
                return Draft(number);
            case WorkOrderStatus.Released:
                return Released(number);
            case WorkOrderStatus.InProgress:
                return Started(number);
            case WorkOrderStatus.OnHold:
                var held = Released(number);
                held.Hold("Waiting for fabric");
                return held;
            case WorkOrderStatus.Completed:
                var completed = Released(number);
                foreach (var step in completed.Steps)
                {
                    completed.Record(ProductionEvent.Start(Context(completed, step)));
                    completed.Record(ProductionEvent.Finish(Context(completed, step), completed.Quantity, 0, null));
                }

                completed.Complete(At.AddHours(8));
                return completed;
            case WorkOrderStatus.Cancelled:
                var cancelled = Released(number);
                cancelled.Cancel();
                return cancelled;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown work order status.");
        }
    }

    private EventContext Context(WorkOrder order, WorkOrderStep step) =>
        new(WorkshopId, Guid.CreateVersion7(), order.Id, step.Id, WorkerId, null, At, At);
}
