using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.IntegrationTests.WorkOrders;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Inventory.StockApi;

namespace Workshop.Mes.IntegrationTests.Inventory;

/// <summary>Stock in quarantine waits for a quality decision: neither the reorder alerts nor the release shortages count it.</summary>
public sealed class QuarantinedStockTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Quarantined_stock_does_not_hold_off_a_reorder_alert()
    {
        var shop = await StockedWorkshop.CreateAsync(database, arrange: s => s.Fabric.SetPlanning(100, 20, 5));
        var quarantine = new Location(shop.Id, "QU-01", "격리 구역", LocationKind.Quarantine);
        await shop.Shop.SaveAsync(database, quarantine);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        await ReceiveAsync(client, shop.Fabric.Id, 60, shop.Store.Id, "L-GOOD");
        await ReceiveAsync(client, shop.Fabric.Id, 500, quarantine.Id, "L-STAINED");

        var alerts = await GetAsync<Page<ReorderAlert>>(client, "/api/v1/stock/reorder-alerts");

        var fabric = alerts.Items.ShouldHaveSingleItem();
        fabric.ShouldSatisfyAllConditions(
            () => fabric.ItemCode.ShouldBe("FB-01"),
            () => fabric.OnHand.ShouldBe(60),
            () => fabric.Available.ShouldBe(60),
            () => fabric.SuggestedQuantity.ShouldBe(60));
    }

    [Fact]
    public async Task Quarantined_stock_does_not_cover_a_release_shortage()
    {
        var floor = await StockedWorkshop.CreateAsync(database);
        var shop = floor.Shop;
        var quarantine = new Location(shop.Tenant.Id, "QU", "격리 구역", LocationKind.Quarantine);
        await shop.SaveAsync(database, quarantine);
        await floor.ReceiveFabricAsync(database, "L-GOOD", 30, null, DateTimeOffset.UtcNow.AddDays(-3));
        await floor.ReceiveFabricAsync(database, "L-STAINED", 500, null, DateTimeOffset.UtcNow.AddDays(-2), quarantine);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 60); // needs 90 yd

        var preview = await client.GetFromJsonAsync<List<MaterialShortage>>($"/api/v1/work-orders/{order.Id}/shortages", ApiJson.Options);
        preview!.Single().ShouldBe(new MaterialShortage(shop.Fabric.Id, "FB-01", "면 원단 흰색", "yd", 90, 30, 0, 60));

        using var refused = await WorkOrderApi.ActAsync(client, order.Id, "release");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("shortages")[0].GetProperty("shortage").GetDecimal().ShouldBe(60);
    }

    [Fact]
    public async Task A_held_order_still_holds_its_material_against_a_release()
    {
        var floor = await StockedWorkshop.CreateAsync(database);
        var shop = floor.Shop;
        await floor.ReceiveFabricAsync(database, "L-1", 100, null, DateTimeOffset.UtcNow.AddDays(-3));
        var held = shop.WorkOrders.Released("WO-2601-0901", quantity: 20); // holds 30 yd of fabric
        held.Hold("원단 검사 대기");
        await shop.SaveAsync(database, held);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 60); // needs 90 yd

        var preview = await client.GetFromJsonAsync<List<MaterialShortage>>($"/api/v1/work-orders/{order.Id}/shortages", ApiJson.Options);

        preview!.Single().ShouldBe(new MaterialShortage(shop.Fabric.Id, "FB-01", "면 원단 흰색", "yd", 90, 100, 30, 20));
    }
}
