using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>
/// Issue 9, defect 11: quantities and money beyond their column (<c>numeric(18,4)</c>: 14 digits and 4 decimals) or
/// finer than it keeps answered 500, or were silently stored as 0. Every numeric field now refuses them with a 400.
/// </summary>
public sealed class NumberEdgesTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("1e15")]
    [InlineData("1e20")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("100000000000000")]
    [InlineData("0.00001")]
    public async Task A_number_its_column_cannot_hold_is_refused_on_every_write_naming_the_field_and_nothing_is_saved(string number)
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        var wrong = await shop.WrongAnswersAsync(database, EdgeWrites.Numbers, number);

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task Too_large_and_too_fine_say_what_the_field_can_hold_in_Korean_and_English()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);
        var receipt = EdgeWrites.Numbers.Single(w => w.Endpoint == "/api/v1/stock/receipts");
        var hours = EdgeWrites.Numbers.Single(w => w.Field == "hoursPerDay");

        var large = await MessageAsync(shop, receipt, "1e20", "en");
        var largeKorean = await MessageAsync(shop, receipt, "1e20", "ko");
        var fine = await MessageAsync(shop, receipt, "0.00001", "en");
        var fineKorean = await MessageAsync(shop, receipt, "0.00001", "ko");
        var fineHours = await MessageAsync(shop, hours, "8.333", "en");

        large.ShouldBe("Enter a number no larger than 99,999,999,999,999.9999.");
        largeKorean.ShouldBe("99,999,999,999,999.9999 이하의 숫자로 입력해 주세요.");
        fine.ShouldBe("Use at most 4 decimal places; a finer amount cannot be stored.");
        fineKorean.ShouldStartWith("소수점 아래 4자리까지만 입력해 주세요.");
        fineHours.ShouldStartWith("Use at most 2 decimal places");
    }

    [Fact]
    public async Task The_largest_and_the_finest_amount_a_column_holds_are_stored_as_given()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        var item = await shop.Owner.PostAsync("/api/v1/items", Json("""{"code":"NX-01","name":"새 품목","kind":"Material","unit":"ea","standardCost":99999999999999.9999}"""));
        var receipt = await shop.Owner.PostAsync("/api/v1/stock/receipts", Json($$"""{"itemId":"{{shop.Buttons.Id}}","quantity":0.0001,"locationId":"{{shop.Store.Id}}"}"""));

        item.StatusCode.ShouldBe(HttpStatusCode.Created, await item.Content.ReadAsStringAsync());
        (await item.Content.ReadFromJsonAsync<ItemView>())!.StandardCost.ShouldBe(99_999_999_999_999.9999m);
        receipt.StatusCode.ShouldBe(HttpStatusCode.Created, await receipt.Content.ReadAsStringAsync());
        await using var db = database.CreateContext();
        (await db.StockBalances.SingleAsync(b => b.ItemId == shop.Buttons.Id)).OnHand.ShouldBe(0.0001m);
    }

    [Fact]
    public async Task A_balance_that_would_grow_past_its_column_is_refused_and_keeps_what_it_had()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);
        var body = Json($$"""{"itemId":"{{shop.Buttons.Id}}","quantity":99999999999999,"locationId":"{{shop.Store.Id}}"}""");
        (await shop.Owner.PostAsync("/api/v1/stock/receipts", body)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var second = await shop.Owner.PostAsync("/api/v1/stock/receipts?culture=en", Json($$"""{"itemId":"{{shop.Buttons.Id}}","quantity":99999999999999,"locationId":"{{shop.Store.Id}}"}"""));

        second.StatusCode.ShouldBe(HttpStatusCode.Conflict, await second.Content.ReadAsStringAsync());
        (await second.Content.ReadAsStringAsync()).ShouldContain("too large to store");
        await using var db = database.CreateContext();
        (await db.StockBalances.SingleAsync(b => b.ItemId == shop.Buttons.Id)).OnHand.ShouldBe(99_999_999_999_999m);
        (await db.StockMovements.CountAsync(m => m.ItemId == shop.Buttons.Id)).ShouldBe(1);
    }

    private static async Task<string> MessageAsync(EdgeWorkshop shop, FieldWrite write, string value, string culture)
    {
        using var response = await shop.SendAsync(write, value, culture);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        return EdgeWorkshop.ErrorsOf(await response.Content.ReadAsStringAsync())[write.Field];
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
