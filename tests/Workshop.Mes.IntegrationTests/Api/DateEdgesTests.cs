using System.Net;
using System.Net.Http.Json;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>Issue 9, defect 1: every date people enter is a day from 2000-01-01 to 2100-12-31, or a 400 naming its field.</summary>
public sealed class DateEdgesTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2101-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    public async Task A_day_outside_2000_to_2100_is_refused_on_every_date_field_naming_it_and_nothing_is_saved(string day)
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        var wrong = await shop.WrongAnswersAsync(database, EdgeWrites.Dates, day);

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_first_and_the_last_accepted_day_are_taken()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        var first = await shop.Owner.PostAsJsonAsync("/api/v1/work-orders", new { productId = shop.Shop.Product.Id, quantity = 1, dueDate = "2000-01-01" });
        var last = await shop.Owner.PostAsJsonAsync("/api/v1/stock/receipts", new { itemId = shop.Shop.Fabric.Id, quantity = 1, locationId = shop.Store.Id, lotNumber = "L-2100", expiresOn = "2100-12-31" });

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        last.StatusCode.ShouldBe(HttpStatusCode.Created, await last.Content.ReadAsStringAsync());
        var lots = await shop.Owner.GetFromJsonAsync<Contracts.Common.Page<LotView>>("/api/v1/stock/lots?search=L-2100", ApiJson.Options);
        lots!.Items.Single().ExpiresOn.ShouldBe(new DateOnly(2100, 12, 31));
    }

    [Fact]
    public async Task The_message_names_the_range_in_Korean_by_default()
    {
        var shop = await EdgeWorkshop.CreateAsync(database, _app);

        using var response = await shop.SendAsync(EdgeWrites.Dates.Single(w => w.Field == "expiresOn"), "2101-01-01", culture: "ko");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        EdgeWorkshop.ErrorsOf(await response.Content.ReadAsStringAsync())["expiresOn"].ShouldBe("2000-01-01부터 2100-12-31까지의 날짜로 입력해 주세요.");
    }
}
