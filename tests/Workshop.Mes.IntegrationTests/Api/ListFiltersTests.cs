using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Inventory;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>
/// A list and its download read one set of filters: the same bad filter gets the same answer from both, a filter
/// that cannot be read is named as the client sent it, and the API document names the filters the same on both.
/// </summary>
public sealed class ListFiltersTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("/api/v1/stock/movements")]
    [InlineData("/api/v1/stock/movements/export")]
    public async Task The_ledger_and_its_download_refuse_a_bad_filter_alike(string path)
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var response = await client.GetAsync($"{path}?kind=Gift&from=2026-13-01&culture=en");

        var problem = await StockApi.ProblemAsync(response);
        var errors = problem.GetProperty("errors");
        errors.GetProperty("kind")[0].GetString().ShouldBe("This is not a kind of stock movement.");
        errors.GetProperty("from")[0].GetString().ShouldBe("Enter the date as yyyy-MM-dd.");
    }

    [Theory]
    [InlineData("/api/v1/work-orders?openOnly=maybe", "openOnly")]
    [InlineData("/api/v1/work-orders/export?openOnly=maybe", "openOnly")]
    [InlineData("/api/v1/stock/on-hand?includeZero=perhaps", "includeZero")]
    [InlineData("/api/v1/stock/lots/export?itemId=fabric", "itemId")]
    [InlineData("/api/v1/items?desc=downwards", "desc")]
    public async Task A_filter_that_cannot_be_read_is_named_as_the_client_sent_it(string pathAndQuery, string field)
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);

        var response = await client.GetAsync($"{pathAndQuery}&culture=en");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldStartWith("This value could not be read.");
    }

    [Theory]
    [InlineData("/api/v1/work-orders", "openOnly,search,late,hold,stationId,productId,workerId,dueFrom,dueTo")]
    [InlineData("/api/v1/customer-orders", "search,status,sort,late,hold")]
    [InlineData("/api/v1/shipments", "search,customerOrderId,sort")]
    [InlineData("/api/v1/items", "search,kind,sort,desc")]
    [InlineData("/api/v1/stock/on-hand", "itemId,locationId,lotId,search,includeZero,sort")]
    [InlineData("/api/v1/stock/movements", "itemId,lotId,locationId,kind,from,to,workOrderId")]
    [InlineData("/api/v1/stock/lots", "itemId,search")]
    public async Task The_api_document_names_the_same_filters_on_a_list_and_its_download(string list, string filters)
    {
        using var document = JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        var listed = QueryParameters(paths.GetProperty(list).GetProperty("get"));
        var exported = QueryParameters(paths.GetProperty($"{list}/export").GetProperty("get"));

        listed.ShouldBe([.. filters.Split(','), "limit", "cursor"], ignoreOrder: true);
        exported.ShouldBe([.. filters.Split(','), "format"], ignoreOrder: true);
    }

    private static string[] QueryParameters(JsonElement operation) =>
        [.. operation.GetProperty("parameters").EnumerateArray()
            .Where(p => p.GetProperty("in").GetString() == "query")
            .Select(p => p.GetProperty("name").GetString()!)];
}
