using System.Net;
using System.Net.Http.Json;
using System.Text;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Inventory.StockApi;

namespace Workshop.Mes.IntegrationTests.Inventory;

public sealed class StockReadsApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task On_hand_filters_sorts_hides_zero_and_pages()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        await ReceiveAsync(client, shop.Fabric.Id, 40, shop.Store.Id, "L-A", expiresOn: new DateOnly(2027, 1, 31));
        var lotB = (await ReceiveAsync(client, shop.Fabric.Id, 5, shop.Floor.Id, "L-B")).LotId;
        await ReceiveAsync(client, shop.Buttons.Id, 300, shop.Store.Id, null);
        using var emptied = await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Fabric.Id, lotId = lotB, locationId = shop.Floor.Id, quantity = 5 });
        emptied.StatusCode.ShouldBe(HttpStatusCode.Created);

        (await GetAsync<Page<OnHandRow>>(client, "/api/v1/stock/on-hand?sort=OnHandDescending")).Items.Select(r => r.OnHand).ShouldBe([300m, 40m]);
        (await GetAsync<Page<OnHandRow>>(client, "/api/v1/stock/on-hand?includeZero=true")).Items.Count.ShouldBe(3);
        (await GetAsync<Page<OnHandRow>>(client, $"/api/v1/stock/on-hand?locationId={shop.Store.Id}&search=단추")).Items.ShouldHaveSingleItem().ItemCode.ShouldBe("BT-01");
        (await GetAsync<Page<OnHandRow>>(client, $"/api/v1/stock/on-hand?lotId={lotB}&includeZero=true")).Items.ShouldHaveSingleItem().OnHand.ShouldBe(0);
        var first = await GetAsync<Page<OnHandRow>>(client, "/api/v1/stock/on-hand?limit=1");
        var second = await GetAsync<Page<OnHandRow>>(client, $"/api/v1/stock/on-hand?limit=1&cursor={first.NextCursor}");
        first.Items.Concat(second.Items).Select(r => r.ItemCode).ShouldBe(["BT-01", "FB-01"]);
        second.NextCursor.ShouldBeNull();
        first.Items[0].ExpiresOn.ShouldBeNull();
        second.Items[0].ExpiresOn.ShouldBe(new DateOnly(2027, 1, 31));
    }

    [Theory]
    [InlineData("/api/v1/stock/on-hand?sort=Price", "sort")]
    [InlineData("/api/v1/stock/on-hand?limit=0", "limit")]
    [InlineData("/api/v1/stock/on-hand?cursor=bm90LW91cnM", "cursor")]
    [InlineData("/api/v1/stock/on-hand/export?format=pdf", "format")]
    [InlineData("/api/v1/stock/movements?kind=Theft", "kind")]
    [InlineData("/api/v1/stock/movements?from=2026-13-01", "from")]
    [InlineData("/api/v1/stock/movements?from=2026-11-10&to=2026-11-01", "to")]
    [InlineData("/api/v1/stock/movements?cursor=bzo1", "cursor")]
    [InlineData("/api/v1/stock/movements/export?format=doc", "format")]
    [InlineData("/api/v1/stock/lots?limit=501", "limit")]
    [InlineData("/api/v1/stock/lots/export?format=x", "format")]
    [InlineData("/api/v1/stock/reorder-alerts?limit=0", "limit")]
    [InlineData("/api/v1/stock/reorder-alerts/export?format=x", "format")]
    [InlineData("/api/v1/stock/count-sheet", "locationId")]
    public async Task Bad_list_input_answers_400_naming_the_field(string path, string field)
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        using var response = await client.GetAsync(path);

        (await FieldErrorsAsync(response)).ShouldBe([field]);
    }

    [Fact]
    public async Task On_hand_downloads_as_csv_with_korean_headers_and_as_excel()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        await ReceiveAsync(client, shop.Fabric.Id, 40, shop.Store.Id, "L-A");

        using var csv = await client.GetAsync($"/api/v1/stock/on-hand/export?format=csv&culture=ko&itemId={shop.Fabric.Id}");
        using var xlsx = await client.GetAsync("/api/v1/stock/on-hand/export?format=xlsx");

        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        text.ShouldContain("품목 코드");
        text.ShouldContain("L-A");
        text.ShouldContain("자재 창고");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Fact]
    public async Task The_ledger_filters_by_kind_and_workshop_days_and_pages_newest_first_by_key()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        // 23:30 on 9 November in Seoul is still 9 November there, though 14:30 UTC.
        foreach (var (day, hour) in new[] { (8, 9), (9, 23), (10, 0), (10, 8), (11, 12) })
        {
            var at = new DateTimeOffset(2026, 11, day, hour, 30, 0, TimeSpan.FromHours(9));
            using var response = await client.PostAsJsonAsync("/api/v1/stock/receipts", new { itemId = shop.Buttons.Id, quantity = day * 10 + hour, locationId = shop.Store.Id, receivedAt = at });
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        using var issue = await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Buttons.Id, locationId = shop.Store.Id, quantity = 1 });

        var ninth = await GetAsync<Page<StockMovementView>>(client, "/api/v1/stock/movements?from=2026-11-09&to=2026-11-10&kind=Receipt");
        ninth.Items.Select(m => m.Quantity).ShouldBe([108m, 100m, 113m]);
        (await GetAsync<Page<StockMovementView>>(client, "/api/v1/stock/movements?kind=Issue")).Items.ShouldHaveSingleItem().Quantity.ShouldBe(-1);
        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await GetAsync<Page<StockMovementView>>(client, $"/api/v1/stock/movements?limit=2&kind=Receipt&cursor={cursor}");
            seen.AddRange(page.Items.Select(m => m.Id));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        seen.Count.ShouldBe(5);
        seen.Distinct().Count().ShouldBe(5);
        var all = await GetAsync<Page<StockMovementView>>(client, "/api/v1/stock/movements?kind=Receipt");
        all.Items.Select(m => m.Id).ShouldBe(seen);
        all.Items.Select(m => m.OccurredAt).ShouldBeInOrder(SortDirection.Descending);
        using var csv = await client.GetAsync("/api/v1/stock/movements/export?kind=Receipt&culture=ko");
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        text.ShouldContain("2026-11-09 23:30");
    }

    [Fact]
    public async Task Lots_list_with_what_is_on_hand_and_download()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        await ReceiveAsync(client, shop.Fabric.Id, 40, shop.Store.Id, "L-A", "대한섬유");
        await ReceiveAsync(client, shop.Fabric.Id, 2, shop.Floor.Id, "L-A");
        await ReceiveAsync(client, shop.Fabric.Id, 7, shop.Floor.Id, "L-B");

        var lots = await GetAsync<Page<LotView>>(client, $"/api/v1/stock/lots?itemId={shop.Fabric.Id}");
        lots.Items.Select(l => (l.LotNumber, l.OnHand)).ShouldBe([("L-A", 42m), ("L-B", 7m)]);
        (await GetAsync<Page<LotView>>(client, "/api/v1/stock/lots?search=대한")).Items.ShouldHaveSingleItem().LotNumber.ShouldBe("L-A");
        using var csv = await client.GetAsync("/api/v1/stock/lots/export?culture=en");
        Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).ShouldContain("Supplier");
    }

    [Fact]
    public async Task Reorder_alerts_count_the_outstanding_demand_of_open_work_orders()
    {
        var shop = await StockedWorkshop.CreateAsync(database, arrange: s =>
        {
            s.Fabric.SetPlanning(100, 20, 5);
            s.Buttons.SetPlanning(10, 0, 2);
        });

        // Released: 100 blouses × 1.5 yd = 150 yd outstanding; a draft order needs nothing yet.
        await shop.Shop.SaveAsync(database, shop.Shop.WorkOrders.Released("WO-2611-0001"), shop.Shop.WorkOrders.Draft("WO-2611-0002"));
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        await ReceiveAsync(client, shop.Fabric.Id, 90, shop.Store.Id, "L-A");
        await ReceiveAsync(client, shop.Buttons.Id, 50, shop.Store.Id, null);

        var alerts = await GetAsync<Page<ReorderAlert>>(client, "/api/v1/stock/reorder-alerts");

        var fabric = alerts.Items.ShouldHaveSingleItem();
        fabric.ShouldSatisfyAllConditions(
            () => fabric.ItemCode.ShouldBe("FB-01"),
            () => fabric.OnHand.ShouldBe(90),
            () => fabric.Demand.ShouldBe(150),
            () => fabric.Available.ShouldBe(-60),
            () => fabric.SuggestedQuantity.ShouldBe(180),
            () => fabric.LeadTimeDays.ShouldBe(5));
        using var csv = await client.GetAsync("/api/v1/stock/reorder-alerts/export?culture=ko");
        Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).ShouldContain("재주문점");
    }

    [Fact]
    public async Task Genealogy_follows_a_material_lot_to_output_lots_and_shipments_and_back()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var order = shop.Shop.WorkOrders.Released("WO-2611-0001", quantity: 10);
        var output = new Lot(shop.Id, shop.Shop.Product.Id, "FG-2611-01", null, TestWorkshop.Now, null, order.Id);
        var customer = new CustomerOrder(shop.Id, "SO-2611-0001", "한빛상사", new DateOnly(2026, 11, 1));
        var line = customer.AddLine(shop.Shop.Product.Id, 10, new DateOnly(2026, 11, 30));
        var shipment = new Shipment(shop.Id, "SH-2611-0001", customer.Id, TestWorkshop.Now.AddDays(1));
        shipment.Ship(customer, line.Id, output.Id, 4);
        await shop.Shop.SaveAsync(database, order, output, customer, shipment);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        var material = (await ReceiveAsync(client, shop.Fabric.Id, 40, shop.Store.Id, "L-A")).LotId!.Value;
        using var issued = await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Fabric.Id, lotId = material, locationId = shop.Store.Id, quantity = 15, workOrderId = order.Id });
        issued.StatusCode.ShouldBe(HttpStatusCode.Created);

        var forwards = await GetAsync<LotGenealogy>(client, $"/api/v1/stock/lots/{material}/genealogy");
        var backwards = await GetAsync<LotGenealogy>(client, $"/api/v1/stock/lots/{output.Id}/genealogy");

        var consumer = forwards.ConsumedBy.ShouldHaveSingleItem();
        consumer.Order.Number.ShouldBe("WO-2611-0001");
        consumer.Order.Quantity.ShouldBe(15);
        var made = consumer.OutputLots.ShouldHaveSingleItem();
        made.Lot.LotNumber.ShouldBe("FG-2611-01");
        made.Shipments.ShouldHaveSingleItem().CustomerName.ShouldBe("한빛상사");
        forwards.MadeBy.ShouldBeNull();
        backwards.MadeBy!.Order.Number.ShouldBe("WO-2611-0001");
        backwards.MadeBy.Materials.ShouldHaveSingleItem().Lot.LotNumber.ShouldBe("L-A");
        backwards.MadeBy.Materials[0].Quantity.ShouldBe(15);
        backwards.Shipments.ShouldHaveSingleItem().Number.ShouldBe("SH-2611-0001");
    }

    [Fact]
    public async Task Another_workshops_lot_genealogy_and_count_sheet_are_404()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var other = await StockedWorkshop.CreateAsync(database, "test-metal", "테스트 금속가공");
        var otherClient = await _app.ClientWithApiKeyAsync(other.Id, WorkshopRole.Manager);
        var theirLot = (await ReceiveAsync(otherClient, other.Fabric.Id, 1, other.Store.Id, "L-X")).LotId;
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        using var genealogy = await client.GetAsync($"/api/v1/stock/lots/{theirLot}/genealogy");
        using var sheet = await client.GetAsync($"/api/v1/stock/count-sheet?locationId={other.Store.Id}");

        genealogy.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        sheet.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await GetAsync<Page<LotView>>(client, "/api/v1/stock/lots")).Items.ShouldBeEmpty();
    }
}
