using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using MiniExcelLibs;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Inventory.StockApi;

namespace Workshop.Mes.IntegrationTests.Inventory;

/// <summary>
/// The item's supplier (공급처) and what the reorder alerts make of it: the supplier, lead time and order-by date on
/// each alert, and the purchase list (발주 목록) grouped by supplier (ADR 0075).
/// </summary>
public sealed class PurchaseListApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_item_keeps_its_supplier_which_can_be_cleared_and_is_in_the_item_download()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        using var created = await owner.PostAsJsonAsync("/api/v1/items", Thread("  동대문 실가게  "));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var item = (await created.Content.ReadFromJsonAsync<ItemView>())!;
        var csv = Encoding.UTF8.GetString(await owner.GetByteArrayAsync("/api/v1/items/export?format=csv&culture=ko"));
        using var cleared = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/items/{item.Id}") { Content = JsonContent.Create(Thread("  ")) };
        cleared.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{item.Version}\""));
        using var put = await owner.SendAsync(cleared);

        item.Supplier.ShouldBe("동대문 실가게");
        csv.Split('\n')[0].ShouldContain("공급처");
        csv.ShouldContain("동대문 실가게");
        put.StatusCode.ShouldBe(HttpStatusCode.OK, await put.Content.ReadAsStringAsync());
        (await owner.GetFromJsonAsync<ItemView>($"/api/v1/items/{item.Id}"))!.Supplier.ShouldBeNull();
    }

    [Fact]
    public async Task A_supplier_longer_than_200_characters_is_refused_and_200_is_kept()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        using var tooLong = await owner.PostAsJsonAsync("/api/v1/items", Thread(new string('가', Item.SupplierMaxLength + 1)));
        using var longest = await owner.PostAsJsonAsync("/api/v1/items", Thread(new string('가', Item.SupplierMaxLength)));

        (await FieldErrorsAsync(tooLong)).ShouldBe(["supplier"]);
        longest.StatusCode.ShouldBe(HttpStatusCode.Created, await longest.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Each_alert_names_its_supplier_lead_time_and_order_by_date()
    {
        var shop = await AlertedAsync();
        var owner = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var alerts = await GetAsync<Page<ReorderAlert>>(owner, "/api/v1/stock/reorder-alerts");

        var today = TodayIn(shop);
        alerts.Items.Select(a => (a.ItemCode, a.Supplier, a.LeadTimeDays, a.OrderBy, a.SuggestedQuantity)).ShouldBe(
            [("BT-01", "동대문 단추상사", 5, today, 120m), ("FB-01", null, 0, today, 60m)], ignoreOrder: true);
    }

    [Fact]
    public async Task The_purchase_list_groups_every_alert_by_supplier_with_quantities_and_units()
    {
        var shop = await AlertedAsync();
        var owner = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        using var csv = await owner.GetAsync("/api/v1/stock/reorder-alerts/purchase-list?format=csv&culture=ko");
        using var xlsx = await owner.GetAsync("/api/v1/stock/reorder-alerts/purchase-list?format=xlsx&culture=ko");

        var today = TodayIn(shop).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        csv.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"purchase-list-{today.Replace("-", string.Empty, StringComparison.Ordinal)}.csv");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Select(l => l.TrimEnd('\r')).ShouldBe(
        [
            "공급처,\"품목 코드\",품목명,\"주문 수량\",단위,\"조달 기간(일)\",\"주문 기한\"",
            $"\"동대문 단추상사\",BT-01,\"단추 12mm\",120,ea,5,{today}",
            $"\"공급처 미정\",FB-01,\"면 원단 흰색\",60,yd,0,{today}",
        ]);
        await using var stream = await xlsx.Content.ReadAsStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var rows = copy.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => (r["공급처"].ToString(), r["품목 코드"].ToString(), Convert.ToDecimal(r["주문 수량"]))).ShouldBe(
            [("동대문 단추상사", "BT-01", 120m), ("공급처 미정", "FB-01", 60m)]);
    }

    [Fact]
    public async Task The_purchase_list_of_the_chosen_alerts_lists_only_those()
    {
        var shop = await AlertedAsync();
        var owner = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var csv = Encoding.UTF8.GetString(await owner.GetByteArrayAsync($"/api/v1/stock/reorder-alerts/purchase-list?format=csv&itemId={shop.Fabric.Id}"));

        csv.ShouldContain("FB-01");
        csv.ShouldNotContain("BT-01");
    }

    [Fact]
    public async Task Another_workshops_item_is_not_found_and_a_bad_format_is_named()
    {
        var shop = await AlertedAsync();
        var other = await StockedWorkshop.CreateAsync(database, "test-metal", "테스트 금속가공");
        var owner = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        using var theirs = await owner.GetAsync($"/api/v1/stock/reorder-alerts/purchase-list?itemId={shop.Buttons.Id}&itemId={other.Buttons.Id}");
        using var badFormat = await owner.GetAsync("/api/v1/stock/reorder-alerts/purchase-list?format=pdf");
        using var badId = await owner.GetAsync("/api/v1/stock/reorder-alerts/purchase-list?itemId=BT-01");

        theirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await FieldErrorsAsync(badFormat)).ShouldBe(["format"]);
        (await FieldErrorsAsync(badId)).ShouldBe(["itemId"]);
    }

    [Fact]
    public async Task A_worker_may_not_download_the_purchase_list()
    {
        var shop = await AlertedAsync();
        var worker = await _app.MemberClientAsync(shop.Id, WorkshopRole.Worker);

        using var response = await worker.GetAsync("/api/v1/stock/reorder-alerts/purchase-list");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    /// <summary>Buttons (from 동대문 단추상사, 5 days) and the fabric (no supplier, no lead time), neither on hand, both below their reorder point.</summary>
    private Task<StockedWorkshop> AlertedAsync() =>
        StockedWorkshop.CreateAsync(database, arrange: s =>
        {
            s.Buttons.SetPlanning(reorderPoint: 100, safetyStock: 20, leadTimeDays: 5);
            s.Buttons.BuyFrom("동대문 단추상사");
            s.Fabric.SetPlanning(reorderPoint: 50, safetyStock: 10, leadTimeDays: 0);
        });

    /// <summary>Today on the workshop's clock: the app under test runs on the real one.</summary>
    private static DateOnly TodayIn(StockedWorkshop shop) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(shop.Shop.Tenant.TimeZone)).Date);

    private static object Thread(string supplier) =>
        new { code = "TH-01", name = "면사 40수", kind = "Material", unit = "콘", standardCost = 2_500m, supplier };
}
