using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

/// <summary>ADR 0033: backflush follows the owner's consumption order of locations and names every short component at once.</summary>
public sealed class BackflushLocationOrderTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Finishing_takes_the_line_side_first_then_the_store_without_moving_stock_by_hand()
    {
        var (shop, floor, client, order) = await ReleasedAsync(quantity: 10);
        var lineSide = await floor.ReceiveFabricAsync(database, "L-LINE", 4, null, DateTimeOffset.UtcNow.AddDays(-2));
        var store = await floor.ReceiveFabricAsync(database, "L-STORE", 100, null, DateTimeOffset.UtcNow.AddDays(-3), floor.Store);

        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Start" });
        var after = await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Output", goodQuantity = 8 }); // 12 yd

        after.Materials.Single().ConsumedQuantity.ShouldBe(12);
        await using var db = database.CreateContext();
        var balances = await db.StockBalances.IgnoreQueryFilters().Where(b => b.ItemId == shop.Fabric.Id).ToDictionaryAsync(b => (b.LotId!.Value, b.LocationId), b => b.OnHand);
        balances[(lineSide.Id, floor.Floor.Id)].ShouldBe(0);
        balances[(store.Id, floor.Store.Id)].ShouldBe(92);
    }

    [Fact]
    public async Task A_shortfall_names_every_missing_component_and_how_to_fix_it_and_posts_nothing()
    {
        var (_, floor, client, order) = await ReleasedAsync(quantity: 10, withButtons: true);
        await floor.ReceiveFabricAsync(database, "L-1", 3, null, DateTimeOffset.UtcNow.AddDays(-1));
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Start" });

        using var refused = await client.PostAsJsonAsync(
            $"/api/v1/work-orders/{order.Id}/steps/{order.Steps[1].Id}/progress?culture=en", new { kind = "Output", goodQuantity = 4 });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("work_order.components_short");
        var detail = problem.GetProperty("detail").GetString()!;
        detail.ShouldContain("FB-01 3 yd"); // 6 needed, 3 there
        detail.ShouldContain("BT-01 8 ea"); // 2 a blouse, none there
        detail.ShouldContain("allow negative stock");
        (await WorkOrderApi.ReadAsync(client, order.Id)).Order.GoodQuantity.ShouldBe(0);
        await using var db = database.CreateContext();
        (await db.StockMovements.IgnoreQueryFilters().CountAsync(m => m.WorkOrderId == order.Id)).ShouldBe(0);
        (await db.Lots.IgnoreQueryFilters().CountAsync(l => l.ProducedByWorkOrderId == order.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task The_owner_sets_the_order_through_the_api_and_a_location_out_of_it_is_never_touched()
    {
        var (_, floor, client, order) = await ReleasedAsync(quantity: 10);
        var lineSide = await floor.ReceiveFabricAsync(database, "L-LINE", 50, null, DateTimeOffset.UtcNow.AddDays(-2));
        var store = await floor.ReceiveFabricAsync(database, "L-STORE", 50, null, DateTimeOffset.UtcNow.AddDays(-3), floor.Store);
        await RankAsync(client, floor.Store, 1);
        await RankAsync(client, floor.Floor, 0);

        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Start" });
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Output", goodQuantity = 2 }); // 3 yd

        await using var db = database.CreateContext();
        (await db.StockBalances.IgnoreQueryFilters().SingleAsync(b => b.LotId == store.Id)).OnHand.ShouldBe(47);
        (await db.StockBalances.IgnoreQueryFilters().SingleAsync(b => b.LotId == lineSide.Id)).OnHand.ShouldBe(50);
        (await db.Locations.IgnoreQueryFilters().SingleAsync(l => l.Id == floor.Floor.Id)).ConsumptionRank.ShouldBeNull();
    }

    [Fact]
    public async Task A_bad_consumption_order_answers_400()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        using var tooHigh = await client.PostAsJsonAsync("/api/v1/locations?culture=en", new { code = "LS", name = "라인 사이드", kind = "Floor", consumptionRank = 100 });
        using var quarantine = await client.PostAsJsonAsync("/api/v1/locations?culture=en", new { code = "QU", name = "격리", kind = "Quarantine", consumptionRank = 1 });
        using var created = await client.PostAsJsonAsync("/api/v1/locations", new { code = "LS", name = "라인 사이드", kind = "Floor" });

        tooHigh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooHigh.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("consumptionRank")[0].GetString().ShouldBe("The consumption order is a number from 0 (never) to 99.");
        quarantine.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await quarantine.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("consumptionRank")[0].GetString()!.ShouldContain("quarantine");
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consumptionRank").GetInt32().ShouldBe(1);
    }

    private static async Task RankAsync(HttpClient client, Location location, int rank)
    {
        using var read = await client.GetAsync($"/api/v1/locations/{location.Id}");
        var etag = read.Headers.ETag!.ToString();
        using var updated = await ApiConventions.SendAsync(
            client, HttpMethod.Put, $"/api/v1/locations/{location.Id}", new { code = location.Code, name = location.Name, kind = location.Kind.ToString(), consumptionRank = rank }, etag);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync());
    }

    private async Task<(TestWorkshop Shop, StockedWorkshop Floor, HttpClient Client, WorkOrderDetail Order)> ReleasedAsync(decimal quantity, bool withButtons = false)
    {
        var floor = await StockedWorkshop.CreateAsync(database);
        var shop = floor.Shop;
        if (withButtons)
        {
            await shop.SaveAsync(database, new BomLine(shop.Tenant.Id, shop.Product.Id, floor.Buttons.Id, 2));
        }

        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, quantity);
        using var released = await WorkOrderApi.ActAsync(client, order.Id, "release", new { acknowledgeShortages = true });
        released.StatusCode.ShouldBe(HttpStatusCode.OK, await released.Content.ReadAsStringAsync());
        return (shop, floor, client, (await released.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!);
    }
}
