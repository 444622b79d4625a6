using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Persistence;

public sealed class WorkOrderPersistenceTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_released_order_keeps_its_copied_steps_and_materials()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var order = shop.WorkOrders.Released("WO-2611-0001", quantity: 40);
        await shop.SaveAsync(database, order);

        await using var db = database.CreateContext();
        var stored = await db.WorkOrders.SingleAsync(o => o.Id == order.Id);
        stored.Status.ShouldBe(WorkOrderStatus.Released);
        stored.Steps.OrderBy(s => s.Sequence).Select(s => s.Operation).ShouldBe(["재단", "봉제"]);
        stored.Materials.Single().RequiredQuantity.ShouldBe(60);
    }

    [Fact]
    public async Task Recorded_events_and_the_step_state_they_produce_are_saved_together()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var order = shop.WorkOrders.Released("WO-2611-0002", quantity: 10);
        await shop.SaveAsync(database, order);

        await using (var db = database.CreateContext())
        {
            var tracked = await db.WorkOrders.SingleAsync(o => o.Id == order.Id);
            var start = ProductionEvent.Start(shop.Context(tracked, 0, TestWorkshop.Now));
            var output = ProductionEvent.Output(shop.Context(tracked, 0, TestWorkshop.Now.AddMinutes(30)), 8, 0, null);
            tracked.Record(start);
            tracked.Record(output);
            db.ProductionEvents.AddRange(start, output);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.WorkOrders.SingleAsync(o => o.Id == order.Id);
        stored.Status.ShouldBe(WorkOrderStatus.InProgress);
        var cutting = stored.Steps.Single(s => s.Sequence == 1);
        cutting.State.ShouldBe(StepState.Running);
        cutting.GoodQuantity.ShouldBe(8);
        (await read.ProductionEvents.CountAsync(e => e.WorkOrderId == order.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task The_same_client_event_id_is_stored_only_once()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var order = shop.WorkOrders.Released("WO-2611-0003");
        var context = shop.Context(order, 0, TestWorkshop.Now);
        await shop.SaveAsync(database, order, ProductionEvent.Start(context));

        await using var db = database.CreateContext();
        db.ProductionEvents.Add(ProductionEvent.Start(context));

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task An_order_made_for_a_customer_line_traces_back_to_it()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var customerOrder = new CustomerOrder(shop.Tenant.Id, "SO-2611-0001", "동대문 누죤 A-203", new DateOnly(2026, 11, 2));
        var line = customerOrder.AddLine(shop.Product.Id, 120, new DateOnly(2026, 11, 20));
        var order = (shop.WorkOrders with { Priority = WorkOrderPriority.High, CustomerOrderLineId = line.Id }).Draft("WO-2611-0004", 120, line.DueDate);
        await shop.SaveAsync(database, customerOrder, order);

        await using var db = database.CreateContext();
        var stored = await db.WorkOrders.SingleAsync(o => o.Id == order.Id);
        var storedLine = await db.CustomerOrderLines.SingleAsync(l => l.Id == stored.CustomerOrderLineId);
        (await db.CustomerOrders.SingleAsync(o => o.Id == storedLine.CustomerOrderId)).CustomerName.ShouldBe("동대문 누죤 A-203");
        stored.Priority.ShouldBe(WorkOrderPriority.High);
    }
}
