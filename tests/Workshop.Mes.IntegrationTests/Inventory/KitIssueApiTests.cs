using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.IntegrationTests.WorkOrders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Inventory;

/// <summary>ADR 0034: a released order's whole kit goes from the store to the line side in one posting (자재 불출).</summary>
public sealed class KitIssueApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_outstanding_kit_moves_to_the_line_side_from_one_lot_that_covers_it_rather_than_a_remnant_and_issuing_again_moves_nothing()
    {
        var (shop, floor, client, order) = await ReleasedAsync(quantity: 10); // 15 yd of fabric
        await floor.ReceiveFabricAsync(database, "L-LINE", 4, null, DateTimeOffset.UtcNow.AddDays(-5));
        var late = await floor.ReceiveFabricAsync(database, "L-LATE", 100, new DateOnly(2030, 1, 1), DateTimeOffset.UtcNow.AddDays(-4), floor.Store);
        var soon = await floor.ReceiveFabricAsync(database, "L-SOON", 6, new DateOnly(2029, 1, 1), DateTimeOffset.UtcNow.AddDays(-3), floor.Store);

        using var issued = await client.PostAsJsonAsync($"/api/v1/stock/work-orders/{order.Id}/kit-issue", new { });

        issued.StatusCode.ShouldBe(HttpStatusCode.OK, await issued.Content.ReadAsStringAsync());
        var posted = (await issued.Content.ReadFromJsonAsync<StockPosted>(ApiJson.Options))!;
        // 11 yd are missing at the line side: L-SOON expires first but holds 6, so the one lot that covers it goes (ADR 0075).
        posted.Movements.Where(m => m.Quantity > 0).Select(m => (m.LotNumber, m.Quantity, m.LocationId)).ShouldBe([("L-LATE", 11m, floor.Floor.Id)]);
        posted.Movements.ShouldAllBe(m => m.WorkOrderNumber == order.Number && m.TransferId != null);
        await using (var db = database.CreateContext())
        {
            (await db.StockBalances.IgnoreQueryFilters().SingleAsync(b => b.LotId == soon.Id && b.LocationId == floor.Store.Id)).OnHand.ShouldBe(6);
            (await db.StockBalances.IgnoreQueryFilters().SingleAsync(b => b.LotId == late.Id && b.LocationId == floor.Store.Id)).OnHand.ShouldBe(89);
        }

        // The order shows what went to its line side, and its history one 자재 불출 per lot moved, not two 자재 소비.
        var detail = (await client.GetFromJsonAsync<WorkOrderDetail>($"/api/v1/work-orders/{order.Id}", ApiJson.Options))!;
        detail.Materials.Single(m => m.ItemId == shop.Fabric.Id).IssuedQuantity.ShouldBe(11);
        var timeline = (await client.GetFromJsonAsync<List<TimelineEntry>>($"/api/v1/work-orders/{order.Id}/timeline", ApiJson.Options))!;
        timeline.Where(e => e.Kind == TimelineKind.KitIssued).Select(e => (e.LotNumber, e.Quantity)).ShouldBe([("L-LATE", 11m)]);
        timeline.ShouldNotContain(e => e.Kind == TimelineKind.MaterialConsumed);

        using var again = await client.PostAsJsonAsync($"/api/v1/stock/work-orders/{order.Id}/kit-issue", new { });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<StockPosted>(ApiJson.Options))!.Movements.ShouldBeEmpty();

        // The whole order now finishes from the line side alone.
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Start" });
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Output", goodQuantity = 10 });
        await using var after = database.CreateContext();
        (await after.StockBalances.IgnoreQueryFilters().Where(b => b.ItemId == shop.Fabric.Id && b.LocationId == floor.Floor.Id).SumAsync(b => b.OnHand)).ShouldBe(0);
        (await after.StockBalances.IgnoreQueryFilters().Where(b => b.ItemId == shop.Fabric.Id && b.LocationId == floor.Store.Id).SumAsync(b => b.OnHand)).ShouldBe(95);
    }

    [Fact]
    public async Task Short_stock_refuses_the_whole_kit_naming_every_short_component()
    {
        var (_, floor, client, order) = await ReleasedAsync(quantity: 10, withButtons: true); // 15 yd, 20 buttons
        await floor.ReceiveFabricAsync(database, "L-1", 5, null, DateTimeOffset.UtcNow.AddDays(-3), floor.Store);

        using var refused = await client.PostAsJsonAsync($"/api/v1/stock/work-orders/{order.Id}/kit-issue?culture=en", new { });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("stock.kit_short");
        problem.GetProperty("detail").GetString()!.ShouldSatisfyAllConditions(
            d => d.ShouldContain("FB-01 10 yd"),
            d => d.ShouldContain("BT-01 20 ea"),
            d => d.ShouldContain("Receive them"));
        await using var db = database.CreateContext();
        (await db.StockMovements.IgnoreQueryFilters().CountAsync(m => m.WorkOrderId == order.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Bad_input_is_400_a_draft_is_409_and_another_workshops_order_is_404()
    {
        var (_, floor, client, order) = await ReleasedAsync(quantity: 2);
        var quarantine = new Location(floor.Shop.Tenant.Id, "QU", "격리 구역", LocationKind.Quarantine);
        await floor.Shop.SaveAsync(database, quarantine);

        using var unknown = await client.PostAsJsonAsync($"/api/v1/stock/work-orders/{order.Id}/kit-issue", new { toLocationId = Guid.NewGuid() });
        using var same = await client.PostAsJsonAsync($"/api/v1/stock/work-orders/{order.Id}/kit-issue", new { fromLocationId = floor.Floor.Id, toLocationId = floor.Floor.Id });
        using var toQuarantine = await client.PostAsJsonAsync($"/api/v1/stock/work-orders/{order.Id}/kit-issue", new { toLocationId = quarantine.Id });
        (await StockApi.FieldErrorsAsync(unknown)).ShouldBe(["toLocationId"]);
        (await StockApi.FieldErrorsAsync(same)).ShouldBe(["fromLocationId"]);
        (await StockApi.FieldErrorsAsync(toQuarantine)).ShouldBe(["toLocationId"]);

        var draft = await WorkOrderApi.CreateAsync(client, floor.Shop.Product.Id, 3);
        using var notReleased = await client.PostAsJsonAsync($"/api/v1/stock/work-orders/{draft.Id}/kit-issue", new { });
        notReleased.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await notReleased.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("stock.kit_order_not_open");

        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var theirs = await _app.MemberClientAsync(other.Tenant.Id, WorkshopRole.Owner);
        using var foreign = await theirs.PostAsJsonAsync($"/api/v1/stock/work-orders/{order.Id}/kit-issue", new { });
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var none = await client.PostAsJsonAsync($"/api/v1/stock/work-orders/{Guid.NewGuid()}/kit-issue", new { });
        none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(WorkshopRole.Worker)]
    [InlineData(WorkshopRole.Consultant)]
    public async Task Workers_and_consultants_may_not_issue_a_kit(WorkshopRole role)
    {
        var (shop, floor, _, order) = await ReleasedAsync(quantity: 2);
        await floor.ReceiveFabricAsync(database, "L-1", 50, null, DateTimeOffset.UtcNow.AddDays(-3), floor.Store);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, role);

        using var refused = await client.PostAsJsonAsync($"/api/v1/stock/work-orders/{order.Id}/kit-issue", new { });

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
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
