using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Orders.OrderApi;

namespace Workshop.Mes.IntegrationTests.Orders;

public sealed class ShipmentsApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Shipping_a_lot_takes_it_out_of_stock_and_books_the_order_line()
    {
        var (stock, shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop, quantity: 50);
        var location = stock.Finished;
        var lot = await stock.LotOnHandAsync(database, shop.Product, location, "FG-2611-0001", 80);

        using var response = await client.PostAsJsonAsync("/api/v1/shipments", ShipBody(order, lot.Id, location.Id, 30, "2026-11-20T15:00:00+09:00"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var shipment = (await response.Content.ReadFromJsonAsync<ShipmentView>(ApiJson.Options))!;
        shipment.Number.ShouldMatch(@"^SH-\d{4}-0001$");
        var line = shipment.Lines.ShouldHaveSingleItem();
        line.ShouldSatisfyAllConditions(
            () => line.LotNumber.ShouldBe("FG-2611-0001"),
            () => line.Quantity.ShouldBe(30),
            () => line.OnTime.ShouldBeTrue());

        (await StockedWorkshop.OnHandAsync(database, lot.Id)).ShouldBe(50);
        await using (var db = database.CreateContext())
        {
            var movement = await db.StockMovements.SingleAsync(m => m.Kind == StockMovementKind.Shipment);
            movement.ShouldSatisfyAllConditions(
                () => movement.LotId.ShouldBe(lot.Id),
                () => movement.ShipmentId.ShouldBe(shipment.Id),
                () => movement.Quantity.ShouldBe(-30),
                () => movement.LocationId.ShouldBe(location.Id));
        }

        var read = await ReadOrderAsync(client, order.Id);
        read.Status.ShouldBe(CustomerOrderStatus.PartiallyShipped);
        read.Lines[0].ShippedQuantity.ShouldBe(30);
        read.Lines[0].RemainingQuantity.ShouldBe(20);
        read.Lines[0].OnTime.ShouldBe(true);
        read.Shipments.ShouldHaveSingleItem().Number.ShouldBe(shipment.Number);
        (await client.GetFromJsonAsync<ShipmentView>($"/api/v1/shipments/{shipment.Id}", ApiJson.Options))!.Lines[0].LotNumber.ShouldBe("FG-2611-0001");
    }

    [Fact]
    public async Task The_order_trace_runs_from_material_lots_through_work_orders_to_shipments()
    {
        var (stock, shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop, quantity: 20);
        using (var made = await client.PostAsJsonAsync($"/api/v1/customer-orders/{order.Id}/work-orders", new { }))
        {
            made.EnsureSuccessStatusCode();
        }

        var store = stock.Finished;
        var fabric = await stock.LotOnHandAsync(database, shop.Fabric, store, "FB-LOT-7", 100);
        Guid workOrderId;
        await using (var db = database.CreateContext())
        {
            var workOrder = await db.WorkOrders.SingleAsync();
            workOrderId = workOrder.Id;
            workOrder.Release(shop.Routing, shop.Bom, TestWorkshop.Now);
            var issue = StockMovement.Issue(shop.Tenant.Id, new StockKey(shop.Fabric.Id, fabric.Id, store.Id), 30, TestWorkshop.Now, workOrder.Id);
            (await db.StockBalances.SingleAsync(b => b.LotId == fabric.Id)).Post(issue, false);
            db.StockMovements.Add(issue);
            await db.SaveChangesAsync();
        }

        var output = await stock.LotOnHandAsync(database, shop.Product, store, "FG-2611-0009", 20, producedBy: workOrderId);
        using (var shipped = await client.PostAsJsonAsync("/api/v1/shipments", ShipBody(order, output.Id, store.Id, 20, "2026-12-02T10:00:00+09:00")))
        {
            shipped.StatusCode.ShouldBe(HttpStatusCode.Created, await shipped.Content.ReadAsStringAsync());
        }

        var read = await ReadOrderAsync(client, order.Id);

        var trace = read.Trace.ShouldHaveSingleItem();
        trace.LineNumber.ShouldBe(1);
        trace.StepCount.ShouldBe(2);
        trace.MaterialLots.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            m => m.LotNumber.ShouldBe("FB-LOT-7"),
            m => m.ItemCode.ShouldBe("FB-01"),
            m => m.Quantity.ShouldBe(30));
        trace.OutputLots.ShouldHaveSingleItem().ShouldSatisfyAllConditions(o => o.LotNumber.ShouldBe("FG-2611-0009"), o => o.Quantity.ShouldBe(20));
        read.Status.ShouldBe(CustomerOrderStatus.Shipped);
        read.Shipments.ShouldHaveSingleItem().Lines.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            l => l.LotNumber.ShouldBe("FG-2611-0009"),
            l => l.OnTime.ShouldBeFalse()); // due 30 November, shipped 2 December
        read.Lines[0].OnTime.ShouldBe(false);
    }

    [Fact]
    public async Task A_wrong_shipment_names_each_wrong_field()
    {
        var (stock, shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop);
        var location = stock.Finished;
        var fabric = await stock.LotOnHandAsync(database, shop.Fabric, location, "FB-LOT-1", 10);
        var body = new
        {
            customerOrderId = order.Id,
            lines = new object[]
            {
                new { orderLineId = order.Lines[0].Id, lotId = fabric.Id, quantity = 0, locationId = location.Id },
                new { orderLineId = Guid.NewGuid(), lotId = Guid.NewGuid(), quantity = 1 },
            },
        };

        using var response = await client.PostAsJsonAsync("/api/v1/shipments", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        problem.Errors.Keys.Order().ShouldBe(["lines[0].lotId", "lines[0].quantity", "lines[1].locationId", "lines[1].lotId", "lines[1].orderLineId"]);
        problem.Errors["lines[0].lotId"].ShouldBe(["수주 품목과 다른 제품의 로트입니다."]);
        (await StockedWorkshop.OnHandAsync(database, fabric.Id)).ShouldBe(10);
    }

    [Fact]
    public async Task Shipping_more_than_is_ordered_or_on_hand_is_refused_and_changes_nothing()
    {
        var (stock, shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop, quantity: 50);
        var location = stock.Finished;
        var lot = await stock.LotOnHandAsync(database, shop.Product, location, "FG-1", 100);
        var small = await stock.LotOnHandAsync(database, shop.Product, location, "FG-2", 5);

        using var over = await client.PostAsJsonAsync("/api/v1/shipments", ShipBody(order, lot.Id, location.Id, 60, null));
        using var short_ = await client.PostAsJsonAsync("/api/v1/shipments", ShipBody(order, small.Id, location.Id, 6, null));

        over.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await over.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail.ShouldBe("60개를 출하할 수 없습니다. 남은 수량은 50개입니다.");
        short_.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await StockedWorkshop.OnHandAsync(database, lot.Id)).ShouldBe(100);
        (await StockedWorkshop.OnHandAsync(database, small.Id)).ShouldBe(5);
        (await ReadOrderAsync(client, order.Id)).Lines[0].ShippedQuantity.ShouldBe(0);
        await using var db = database.CreateContext();
        (await db.Shipments.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Shipping_honours_the_idempotency_key()
    {
        var (stock, shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop, quantity: 50);
        var location = stock.Finished;
        var lot = await stock.LotOnHandAsync(database, shop.Product, location, "FG-1", 100);

        await ApiConventions.ProvesIdempotentCreateAsync(
            client,
            "/api/v1/shipments",
            ShipBody(order, lot.Id, location.Id, 10, "2026-11-20T10:00:00+09:00"),
            ShipBody(order, lot.Id, location.Id, 11, "2026-11-20T10:00:00+09:00"),
            async () =>
            {
                await using var db = database.CreateContext();
                return await db.Shipments.CountAsync();
            });
        (await StockedWorkshop.OnHandAsync(database, lot.Id)).ShouldBe(90);
    }

    [Fact]
    public async Task The_list_flags_late_shipments_and_the_on_time_rate_counts_shipped_lines()
    {
        var (stock, shop, client) = await OwnerAsync();
        var early = await TakeOrderAsync(client, shop, quantity: 10, due: "2026-11-20", customer: "한빛상사");
        var late = await TakeOrderAsync(client, shop, quantity: 10, due: "2026-11-20", customer: "가람패션");
        var location = stock.Finished;
        var lot = await stock.LotOnHandAsync(database, shop.Product, location, "FG-1", 100);
        // 23:30 on the due date in Seoul is still on time, though it is already the 20th 14:30 UTC; 00:30 the next day is late.
        (await client.PostAsJsonAsync("/api/v1/shipments", ShipBody(early, lot.Id, location.Id, 10, "2026-11-20T23:30:00+09:00"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/v1/shipments", ShipBody(late, lot.Id, location.Id, 10, "2026-11-21T00:30:00+09:00"))).EnsureSuccessStatusCode();

        var page = (await client.GetFromJsonAsync<Page<ShipmentSummary>>("/api/v1/shipments", ApiJson.Options))!;
        page.Items.Select(s => (s.CustomerName, s.OnTime)).ShouldBe([("가람패션", false), ("한빛상사", true)]);
        (await client.GetFromJsonAsync<Page<ShipmentSummary>>("/api/v1/shipments?search=한빛", ApiJson.Options))!.Items.ShouldHaveSingleItem().Lots.ShouldBe("FG-1");
        (await client.GetFromJsonAsync<Page<ShipmentSummary>>("/api/v1/shipments?limit=1&sort=shippedAt", ApiJson.Options))!.Items.ShouldHaveSingleItem().CustomerName.ShouldBe("한빛상사");

        var rate = (await client.GetFromJsonAsync<OnTimeDeliveryView>("/api/v1/shipments/on-time", ApiJson.Options))!;
        rate.ShouldBe(new OnTimeDeliveryView(2, 1, 1, 0.5m));

        var csv = await client.GetStringAsync("/api/v1/shipments/export?format=csv");
        csv.ShouldContain("출하번호");
        csv.ShouldContain("2026-11-20 23:30");
        csv.ShouldContain("납기 지연");
        using var bad = await client.GetAsync("/api/v1/shipments/export?format=pdf&sort=weight");
        (await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Order().ShouldBe(["format", "sort"]);
    }

    [Fact]
    public async Task Another_workshops_order_and_shipment_are_not_found()
    {
        var (stock, shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop);
        var location = stock.Finished;
        var lot = await stock.LotOnHandAsync(database, shop.Product, location, "FG-1", 100);
        using var shipped = await client.PostAsJsonAsync("/api/v1/shipments", ShipBody(order, lot.Id, location.Id, 5, null));
        var shipment = (await shipped.Content.ReadFromJsonAsync<ShipmentView>(ApiJson.Options))!;
        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var intruder = await _app.MemberClientAsync(other.Tenant.Id, WorkshopRole.Owner);

        (await intruder.PostAsJsonAsync("/api/v1/shipments", ShipBody(order, lot.Id, location.Id, 5, null))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.GetAsync($"/api/v1/shipments/{shipment.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StockedWorkshop.OnHandAsync(database, lot.Id)).ShouldBe(95);
    }

    private static object ShipBody(CustomerOrderView order, Guid lotId, Guid locationId, decimal quantity, string? shippedAt) =>
        new { customerOrderId = order.Id, shippedAt, lines = new[] { new { orderLineId = order.Lines[0].Id, lotId, quantity, locationId } } };

    private async Task<(StockedWorkshop Stock, TestWorkshop Shop, HttpClient Client)> OwnerAsync()
    {
        var stock = await StockedWorkshop.CreateAsync(database);
        return (stock, stock.Shop, await _app.MemberClientAsync(stock.Id, WorkshopRole.Owner));
    }
}
