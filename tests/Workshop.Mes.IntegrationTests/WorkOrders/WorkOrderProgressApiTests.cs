using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

public sealed class WorkOrderProgressApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Output_at_the_last_step_books_a_finished_lot_and_backflushes_the_first_expiring_lot_first()
    {
        var (shop, floor, client, order) = await ReleasedAsync(quantity: 10);
        var now = DateTimeOffset.UtcNow;
        var later = await floor.LotOnHandAsync(database, floor.Fabric, floor.Floor, "L-LATE", 100, supplier: "대한섬유", expiresOn: new DateOnly(2030, 1, 1), receivedAt: now.AddDays(-10));
        var soon = await floor.LotOnHandAsync(database, floor.Fabric, floor.Floor, "L-SOON", 6, supplier: "대한섬유", expiresOn: new DateOnly(2029, 1, 1), receivedAt: now.AddDays(-1));

        await WorkOrderApi.ProgressAsync(client, order, 0, new { kind = "Start", workerId = shop.Worker.Id, at = now.AddHours(-3) });
        await WorkOrderApi.ProgressAsync(client, order, 0, new { kind = "Finish", goodQuantity = 10, workerId = shop.Worker.Id, at = now.AddHours(-2) });
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Start", at = now.AddHours(-1) });
        var after = await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Output", goodQuantity = 8, at = now.AddMinutes(-30) });

        after.GoodQuantity.ShouldBe(8);
        after.Materials.Single().ConsumedQuantity.ShouldBe(12); // 1.5 yd × 8
        await using var db = database.CreateContext();
        var balances = await db.StockBalances.IgnoreQueryFilters().Where(b => b.ItemId == shop.Fabric.Id).ToDictionaryAsync(b => b.LotId!.Value, b => b.OnHand);
        balances[soon.Id].ShouldBe(0);
        balances[later.Id].ShouldBe(94);
        var lot = await db.Lots.IgnoreQueryFilters().SingleAsync(l => l.ProducedByWorkOrderId == order.Id);
        lot.LotNumber.ShouldBe($"{order.Number}-1");
        (await db.StockBalances.IgnoreQueryFilters().SingleAsync(b => b.LotId == lot.Id)).ShouldSatisfyAllConditions(
            b => b.OnHand.ShouldBe(8),
            b => b.LocationId.ShouldBe(floor.Finished.Id));

        var timeline = (await client.GetFromJsonAsync<List<TimelineEntry>>($"/api/v1/work-orders/{order.Id}/timeline", ApiJson.Options))!;
        timeline.Where(e => e.Kind == TimelineKind.MaterialConsumed).Select(e => (e.LotNumber, e.Quantity)).ShouldBe([("L-SOON", 6m), ("L-LATE", 6m)], ignoreOrder: true);
        timeline.ShouldContain(e => e.Kind == TimelineKind.OutputLot && e.LotNumber == lot.LotNumber && e.Quantity == 8);
        timeline.First(e => e.Kind == TimelineKind.StepFinished).WorkerName.ShouldBe("김미숙");
    }

    [Fact]
    public async Task A_scanned_lot_is_consumed_instead_of_the_first_expiring()
    {
        var (shop, floor, client, order) = await ReleasedAsync(quantity: 2);
        var now = DateTimeOffset.UtcNow;
        var soon = await floor.LotOnHandAsync(database, floor.Fabric, floor.Floor, "L-SOON", 10, supplier: "대한섬유", expiresOn: new DateOnly(2029, 1, 1), receivedAt: now.AddDays(-1));
        var scanned = await floor.LotOnHandAsync(database, floor.Fabric, floor.Floor, "L-SCAN", 10, supplier: "대한섬유", expiresOn: new DateOnly(2030, 1, 1), receivedAt: now.AddDays(-1));

        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Start" });
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Output", goodQuantity = 2, lots = new[] { new { itemId = shop.Fabric.Id, lotId = scanned.Id } } });

        await using var db = database.CreateContext();
        (await db.StockBalances.IgnoreQueryFilters().SingleAsync(b => b.LotId == scanned.Id)).OnHand.ShouldBe(7);
        (await db.StockBalances.IgnoreQueryFilters().SingleAsync(b => b.LotId == soon.Id)).OnHand.ShouldBe(10);
    }

    [Fact]
    public async Task Short_components_refuse_the_output_unless_the_workshop_allows_negative_stock()
    {
        var (_, floor, client, order) = await ReleasedAsync(quantity: 10);
        await floor.LotOnHandAsync(database, floor.Fabric, floor.Floor, "L-1", 3, supplier: "대한섬유", receivedAt: DateTimeOffset.UtcNow.AddDays(-1));
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Start" });

        using var refused = await client.PostAsJsonAsync($"/api/v1/work-orders/{order.Id}/steps/{order.Steps[1].Id}/progress", new { kind = "Output", goodQuantity = 4 });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("work_order.components_short");
        (await WorkOrderApi.ReadAsync(client, order.Id)).Order.GoodQuantity.ShouldBe(0);
    }

    [Fact]
    public async Task Bad_progress_input_names_each_field()
    {
        var (_, _, client, order) = await ReleasedAsync(quantity: 10);

        using var response = await client.PostAsJsonAsync(
            $"/api/v1/work-orders/{order.Id}/steps/{order.Steps[0].Id}/progress?culture=en",
            new { goodQuantity = -1, scrapQuantity = 2, workerId = Guid.NewGuid(), at = DateTimeOffset.UtcNow.AddDays(1) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("kind")[0].GetString().ShouldBe("Choose start, output or finish.");
        errors.GetProperty("goodQuantity")[0].GetString().ShouldBe("The quantity cannot be negative.");
        errors.GetProperty("defectCodeId")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        errors.GetProperty("workerId")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        errors.GetProperty("at")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        (await client.PostAsJsonAsync($"/api/v1/work-orders/{order.Id}/steps/{Guid.NewGuid()}/progress", new { kind = "Start" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Recording_progress_is_idempotent()
    {
        var (_, _, client, order) = await ReleasedAsync(quantity: 10);

        await ApiConventions.ProvesIdempotentCreateAsync(
            client,
            $"/api/v1/work-orders/{order.Id}/steps/{order.Steps[0].Id}/progress",
            new { kind = "Start" },
            new { kind = "Start", at = DateTimeOffset.UtcNow.AddMinutes(-5) },
            async () =>
            {
                await using var db = database.CreateContext();
                return await db.ProductionEvents.IgnoreQueryFilters().CountAsync();
            });
    }

    [Fact]
    public async Task Completing_needs_every_step_finished()
    {
        var (shop, floor, client, order) = await ReleasedAsync(quantity: 2);
        await floor.LotOnHandAsync(database, floor.Fabric, floor.Floor, "L-1", 10, supplier: "대한섬유", receivedAt: DateTimeOffset.UtcNow.AddDays(-1));
        await WorkOrderApi.ProgressAsync(client, order, 0, new { kind = "Start" });

        using var early = await WorkOrderApi.ActAsync(client, order.Id, "complete");
        early.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("work_order.steps_unfinished");

        await WorkOrderApi.ProgressAsync(client, order, 0, new { kind = "Finish", goodQuantity = 2 });
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Start", workerId = shop.Worker.Id });
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Finish", goodQuantity = 2, workerId = shop.Worker.Id });
        using var done = await WorkOrderApi.ActAsync(client, order.Id, "complete");

        done.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await done.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!.Status.ShouldBe(WorkOrderStatus.Completed);
    }

    private async Task<(TestWorkshop Shop, StockedWorkshop Floor, HttpClient Client, WorkOrderDetail Order)> ReleasedAsync(decimal quantity)
    {
        var floor = await StockedWorkshop.CreateAsync(database);
        var shop = floor.Shop;
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, quantity);
        using var released = await WorkOrderApi.ActAsync(client, order.Id, "release", new { acknowledgeShortages = true });
        released.StatusCode.ShouldBe(HttpStatusCode.OK, await released.Content.ReadAsStringAsync());
        return (shop, floor, client, (await released.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!);
    }
}
