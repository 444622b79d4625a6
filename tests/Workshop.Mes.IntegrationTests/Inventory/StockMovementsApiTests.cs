using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Inventory.StockApi;

namespace Workshop.Mes.IntegrationTests.Inventory;

public sealed class StockMovementsApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_receipt_creates_the_lot_and_puts_it_on_hand_and_in_the_ledger()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var posted = await ReceiveAsync(client, shop.Fabric.Id, 120, shop.Store.Id, "L-2611-01", "대한섬유", new DateOnly(2027, 6, 30));
        var again = await ReceiveAsync(client, shop.Fabric.Id, 30, shop.Store.Id, "L-2611-01", "대한섬유");

        again.LotId.ShouldBe(posted.LotId);
        var onHand = await GetAsync<Page<OnHandRow>>(client, $"/api/v1/stock/on-hand?itemId={shop.Fabric.Id}");
        var row = onHand.Items.ShouldHaveSingleItem();
        row.ShouldSatisfyAllConditions(
            () => row.LotNumber.ShouldBe("L-2611-01"),
            () => row.ExpiresOn.ShouldBe(new DateOnly(2027, 6, 30)),
            () => row.LocationName.ShouldBe("자재 창고"),
            () => row.OnHand.ShouldBe(150));
        var ledger = await GetAsync<Page<StockMovementView>>(client, $"/api/v1/stock/movements?lotId={posted.LotId}");
        ledger.Items.Select(m => (m.Kind, m.Quantity)).ShouldBe([(StockMovementKind.Receipt, 30m), (StockMovementKind.Receipt, 120m)], ignoreOrder: true);
        var lots = await GetAsync<Page<LotView>>(client, "/api/v1/stock/lots?search=L-2611");
        lots.Items.ShouldHaveSingleItem().SupplierName.ShouldBe("대한섬유");
    }

    [Fact]
    public async Task An_item_without_lots_is_received_without_a_lot_number()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        var posted = await ReceiveAsync(client, shop.Buttons.Id, 500, shop.Store.Id, null);

        posted.LotId.ShouldBeNull();
        posted.Movements.ShouldHaveSingleItem().ItemCode.ShouldBe("BT-01");
    }

    [Fact]
    public async Task Bad_receipts_name_their_fields()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var other = await StockedWorkshop.CreateAsync(database, "test-metal", "테스트 금속가공");
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        using var unknown = await client.PostAsJsonAsync("/api/v1/stock/receipts", new { itemId = other.Fabric.Id, quantity = 0, locationId = Guid.NewGuid() });
        using var noLot = await client.PostAsJsonAsync("/api/v1/stock/receipts", new { itemId = shop.Fabric.Id, quantity = 5, locationId = shop.Store.Id });
        using var empty = await client.PostAsJsonAsync("/api/v1/stock/receipts?culture=en", new { });

        (await FieldErrorsAsync(unknown)).ShouldBe(["itemId", "locationId", "quantity"]);
        (await FieldErrorsAsync(noLot)).ShouldBe(["lotNumber"]);
        var problem = await ProblemAsync(empty);
        problem.GetProperty("errors").GetProperty("itemId")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        await using var db = database.CreateContext();
        (await db.StockMovements.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_receipt_with_the_same_idempotency_key_is_booked_once()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        await ApiConventions.ProvesIdempotentCreateAsync(
            client,
            "/api/v1/stock/receipts",
            new { itemId = shop.Fabric.Id, quantity = 10, locationId = shop.Store.Id, lotNumber = "L-1" },
            new { itemId = shop.Fabric.Id, quantity = 11, locationId = shop.Store.Id, lotNumber = "L-1" },
            () => CountMovementsAsync());
    }

    [Fact]
    public async Task An_issue_takes_stock_for_a_work_order_and_refuses_more_than_is_on_hand()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var order = shop.Shop.WorkOrders.Released("WO-2611-0001");
        await shop.Shop.SaveAsync(database, order);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        var lotId = (await ReceiveAsync(client, shop.Fabric.Id, 40, shop.Store.Id, "L-1")).LotId;

        using var issued = await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Fabric.Id, lotId, locationId = shop.Store.Id, quantity = 25, workOrderId = order.Id, note = "재단 투입" });
        using var tooMuch = await client.PostAsJsonAsync("/api/v1/stock/issues?culture=ko", new { itemId = shop.Fabric.Id, lotId, locationId = shop.Store.Id, quantity = 16 });

        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        var movement = (await issued.Content.ReadFromJsonAsync<StockPosted>(ApiJson.Options))!.Movements.ShouldHaveSingleItem();
        movement.ShouldSatisfyAllConditions(
            () => movement.Quantity.ShouldBe(-25),
            () => movement.WorkOrderNumber.ShouldBe("WO-2611-0001"),
            () => movement.Reason.ShouldBe("재단 투입"));
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ProblemAsync(tooMuch);
        problem.GetProperty("detail").GetString()!.ShouldContain("15");
        var byOrder = await GetAsync<Page<StockMovementView>>(client, $"/api/v1/stock/movements?workOrderId={order.Id}");
        byOrder.Items.ShouldHaveSingleItem().Id.ShouldBe(movement.Id);
        (await OnHandAsync(client, shop.Fabric.Id)).ShouldBe(15);
    }

    [Fact]
    public async Task A_workshop_that_allows_negative_stock_may_issue_below_zero()
    {
        var shop = await StockedWorkshop.CreateAsync(database, arrange: s => s.Shop.Tenant.ChangeSettings("Asia/Seoul", "ko-KR", allowNegativeStock: true));
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        using var issued = await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Buttons.Id, locationId = shop.Floor.Id, quantity = 12 });

        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        (await OnHandAsync(client, shop.Buttons.Id)).ShouldBe(-12);
    }

    [Fact]
    public async Task Bad_issues_name_their_fields()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        var fabricLot = (await ReceiveAsync(client, shop.Fabric.Id, 40, shop.Store.Id, "L-1")).LotId;

        using var otherItemsLot = await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Buttons.Id, lotId = fabricLot, locationId = shop.Store.Id, quantity = 1 });
        using var unknown = await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Fabric.Id, lotId = Guid.NewGuid(), locationId = shop.Store.Id, quantity = -1, workOrderId = Guid.NewGuid() });
        using var noLot = await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Fabric.Id, locationId = Guid.NewGuid(), quantity = 1 });

        (await FieldErrorsAsync(otherItemsLot)).ShouldBe(["lotId"]);
        (await FieldErrorsAsync(unknown)).ShouldBe(["lotId", "quantity", "workOrderId"]);
        (await FieldErrorsAsync(noLot)).ShouldBe(["locationId", "lotId"]);
    }

    [Fact]
    public async Task An_issue_with_the_same_idempotency_key_is_booked_once()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        await ReceiveAsync(client, shop.Buttons.Id, 100, shop.Store.Id, null);

        await ApiConventions.ProvesIdempotentCreateAsync(
            client,
            "/api/v1/stock/issues",
            new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, quantity = 10 },
            new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, quantity = 20 },
            () => CountMovementsAsync());
        (await OnHandAsync(client, shop.Buttons.Id)).ShouldBe(90);
    }

    [Fact]
    public async Task A_transfer_moves_the_lot_between_locations_in_two_ledger_lines()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        var lotId = (await ReceiveAsync(client, shop.Fabric.Id, 40, shop.Store.Id, "L-1")).LotId;

        using var moved = await client.PostAsJsonAsync("/api/v1/stock/transfers", new { itemId = shop.Fabric.Id, lotId, fromLocationId = shop.Store.Id, toLocationId = shop.Floor.Id, quantity = 15 });
        using var tooMuch = await client.PostAsJsonAsync("/api/v1/stock/transfers", new { itemId = shop.Fabric.Id, lotId, fromLocationId = shop.Floor.Id, toLocationId = shop.Store.Id, quantity = 16 });

        moved.StatusCode.ShouldBe(HttpStatusCode.Created, await moved.Content.ReadAsStringAsync());
        var lines = (await moved.Content.ReadFromJsonAsync<StockPosted>(ApiJson.Options))!.Movements;
        lines.Select(l => (l.Kind, l.LocationName, l.Quantity)).ShouldBe([(StockMovementKind.TransferOut, "자재 창고", -15m), (StockMovementKind.TransferIn, "재단 현장", 15m)]);
        lines.Select(l => l.TransferId).Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var onHand = await GetAsync<Page<OnHandRow>>(client, $"/api/v1/stock/on-hand?itemId={shop.Fabric.Id}&sort=Location");
        onHand.Items.Select(r => (r.LocationName, r.OnHand)).ShouldBe([("자재 창고", 25m), ("재단 현장", 15m)]);
    }

    [Fact]
    public async Task Bad_transfers_name_their_fields()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        using var same = await client.PostAsJsonAsync("/api/v1/stock/transfers", new { itemId = shop.Buttons.Id, fromLocationId = shop.Store.Id, toLocationId = shop.Store.Id, quantity = 1 });
        using var unknown = await client.PostAsJsonAsync("/api/v1/stock/transfers", new { itemId = Guid.NewGuid(), fromLocationId = Guid.NewGuid(), toLocationId = shop.Store.Id, quantity = 0 });

        (await FieldErrorsAsync(same)).ShouldBe(["toLocationId"]);
        (await FieldErrorsAsync(unknown)).ShouldBe(["fromLocationId", "itemId", "quantity"]);
    }

    [Fact]
    public async Task A_transfer_with_the_same_idempotency_key_is_booked_once()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        await ReceiveAsync(client, shop.Buttons.Id, 100, shop.Store.Id, null);

        await ApiConventions.ProvesIdempotentCreateAsync(
            client,
            "/api/v1/stock/transfers",
            new { itemId = shop.Buttons.Id, fromLocationId = shop.Store.Id, toLocationId = shop.Floor.Id, quantity = 10 },
            new { itemId = shop.Buttons.Id, fromLocationId = shop.Store.Id, toLocationId = shop.Floor.Id, quantity = 20 },
            () => CountTransfersAsync());
    }

    [Fact]
    public async Task An_adjustment_changes_by_a_signed_quantity_or_to_a_new_quantity_with_its_reason()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        await ReceiveAsync(client, shop.Buttons.Id, 100, shop.Store.Id, null);

        using var lost = await client.PostAsJsonAsync("/api/v1/stock/adjustments", new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, quantity = -7, reason = "파손" });
        using var set = await client.PostAsJsonAsync("/api/v1/stock/adjustments", new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, newQuantity = 90, reason = "재확인" });
        using var belowZero = await client.PostAsJsonAsync("/api/v1/stock/adjustments", new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, quantity = -91, reason = "분실" });

        lost.StatusCode.ShouldBe(HttpStatusCode.Created, await lost.Content.ReadAsStringAsync());
        set.StatusCode.ShouldBe(HttpStatusCode.Created, await set.Content.ReadAsStringAsync());
        var setLine = (await set.Content.ReadFromJsonAsync<StockPosted>(ApiJson.Options))!.Movements.ShouldHaveSingleItem();
        setLine.ShouldSatisfyAllConditions(
            () => setLine.Kind.ShouldBe(StockMovementKind.Adjustment),
            () => setLine.Quantity.ShouldBe(-3),
            () => setLine.Reason.ShouldBe("재확인"));
        belowZero.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await OnHandAsync(client, shop.Buttons.Id)).ShouldBe(90);
    }

    [Fact]
    public async Task Bad_adjustments_name_their_fields()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        using var both = await client.PostAsJsonAsync("/api/v1/stock/adjustments", new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, quantity = 1, newQuantity = 3 });
        using var negative = await client.PostAsJsonAsync("/api/v1/stock/adjustments", new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, newQuantity = -1, reason = "x" });
        using var unchanged = await client.PostAsJsonAsync("/api/v1/stock/adjustments", new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, newQuantity = 0, reason = "x" });

        (await FieldErrorsAsync(both)).ShouldBe(["quantity", "reason"]);
        (await FieldErrorsAsync(negative)).ShouldBe(["newQuantity"]);
        (await FieldErrorsAsync(unchanged)).ShouldBe(["newQuantity"]);
    }

    [Fact]
    public async Task An_adjustment_with_the_same_idempotency_key_is_booked_once()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        await ApiConventions.ProvesIdempotentCreateAsync(
            client,
            "/api/v1/stock/adjustments",
            new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, quantity = 5, reason = "발견" },
            new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, quantity = 6, reason = "발견" },
            () => CountMovementsAsync());
    }

    [Fact]
    public async Task One_ledger_line_is_read_by_id_and_another_workshops_is_404()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var other = await StockedWorkshop.CreateAsync(database, "test-metal", "테스트 금속가공");
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        var otherClient = await _app.ClientWithApiKeyAsync(other.Id, WorkshopRole.Manager);
        var theirs = (await ReceiveAsync(otherClient, other.Buttons.Id, 5, other.Store.Id, null)).Movements[0];
        var ours = (await ReceiveAsync(client, shop.Buttons.Id, 5, shop.Store.Id, null)).Movements[0];

        (await GetAsync<StockMovementView>(client, $"/api/v1/stock/movements/{ours.Id}")).Quantity.ShouldBe(5);
        using var foreign = await client.GetAsync($"/api/v1/stock/movements/{theirs.Id}");
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var foreignIssue = await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = other.Buttons.Id, locationId = other.Store.Id, quantity = 1 });
        (await FieldErrorsAsync(foreignIssue)).ShouldBe(["itemId", "locationId"]);
    }

    private async Task<int> CountMovementsAsync()
    {
        await using var db = database.CreateContext();
        return await db.StockMovements.CountAsync();
    }

    private async Task<int> CountTransfersAsync()
    {
        await using var db = database.CreateContext();
        return await db.StockMovements.Where(m => m.TransferId != null).Select(m => m.TransferId).Distinct().CountAsync();
    }

    private static async Task<decimal> OnHandAsync(HttpClient client, Guid itemId) =>
        (await GetAsync<Page<OnHandRow>>(client, $"/api/v1/stock/on-hand?itemId={itemId}&includeZero=true")).Items.Sum(r => r.OnHand);
}
