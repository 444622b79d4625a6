using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Inventory.StockApi;

namespace Workshop.Mes.IntegrationTests.Inventory;

/// <summary>입고 단가: a receipt may carry what one unit cost, in 원; the ledger shows it (ADR 0075).</summary>
public sealed class ReceiptUnitPriceApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_receipt_keeps_its_unit_price_and_the_ledger_and_its_download_show_it()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var posted = await PostAsync(client, new { itemId = shop.Buttons.Id, quantity = 500, locationId = shop.Store.Id, unitPrice = 35.5m });
        var without = await PostAsync(client, new { itemId = shop.Buttons.Id, quantity = 10, locationId = shop.Store.Id });

        posted.StatusCode.ShouldBe(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
        (await posted.Content.ReadFromJsonAsync<StockPosted>(ApiJson.Options))!.Movements.ShouldHaveSingleItem().UnitPrice.ShouldBe(35.5m);
        without.StatusCode.ShouldBe(HttpStatusCode.Created);
        var ledger = await GetAsync<Page<StockMovementView>>(client, $"/api/v1/stock/movements?itemId={shop.Buttons.Id}");
        ledger.Items.Select(m => (m.Quantity, m.UnitPrice)).ShouldBe([(500m, (decimal?)35.5m), (10m, null)], ignoreOrder: true);
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/v1/stock/movements/export?format=csv&culture=ko"));
        csv.ShouldContain("입고 단가");
        csv.ShouldContain("35.5");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000_000)]
    public async Task The_edges_of_a_unit_price_are_accepted(decimal unitPrice)
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var posted = await PostAsync(client, new { itemId = shop.Buttons.Id, quantity = 1, locationId = shop.Store.Id, unitPrice });

        posted.StatusCode.ShouldBe(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());
        await using var db = database.CreateContext();
        (await db.StockMovements.SingleAsync()).UnitPrice.ShouldBe(unitPrice);
    }

    [Theory]
    [InlineData("-0.01", "입고 단가는 0원 이상으로 입력해 주세요.")]
    [InlineData("1000000000.01", "1,000,000,000 이하의 숫자로 입력해 주세요.")]
    [InlineData("\"삼천원\"", "이 값을 읽을 수 없습니다.")]
    [InlineData("\"\"", "이 값을 읽을 수 없습니다.")]
    public async Task A_bad_unit_price_is_refused_on_its_field_in_korean_and_nothing_is_received(string unitPrice, string message)
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        using var body = new StringContent(
            $$"""{"itemId":"{{shop.Buttons.Id}}","quantity":5,"locationId":"{{shop.Store.Id}}","unitPrice":{{unitPrice}}}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/v1/stock/receipts?culture=ko", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ProblemAsync(response)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["unitPrice"]);
        errors.GetProperty("unitPrice")[0].GetString()!.ShouldStartWith(message);
        await using var db = database.CreateContext();
        (await db.StockMovements.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Another_workshops_item_is_refused_as_an_unknown_one_and_nothing_is_received_in_either_workshop()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var other = await StockedWorkshop.CreateAsync(database, "test-metal", "테스트 금속가공");
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        using var theirs = await PostAsync(client, new { itemId = other.Buttons.Id, quantity = 5, locationId = shop.Store.Id, unitPrice = 30 });
        using var unknown = await PostAsync(client, new { itemId = Guid.NewGuid(), quantity = 5, locationId = shop.Store.Id, unitPrice = 30 });

        theirs.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await ProblemAsync(theirs)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldBe(["itemId"]);
        errors.GetProperty("itemId")[0].GetString().ShouldBe((await ProblemAsync(unknown)).GetProperty("errors").GetProperty("itemId")[0].GetString());
        await using var db = database.CreateContext();
        (await db.StockMovements.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, object body) => client.PostAsJsonAsync("/api/v1/stock/receipts?culture=ko", body);
}
