using System.Net.Http.Json;
using System.Text.Json;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Inventory;

/// <summary>
/// The test workshop with what stock needs: three locations, the fabric tracked by lot and buttons that are not.
/// </summary>
internal sealed class StockWorkshop
{
    private StockWorkshop(TestWorkshop shop)
    {
        Shop = shop;
        var id = shop.Tenant.Id;
        Store = new Location(id, "ST-01", "자재 창고", LocationKind.Store);
        Floor = new Location(id, "FL-01", "재단 현장", LocationKind.Floor);
        Finished = new Location(id, "FG-01", "완제품 창고", LocationKind.FinishedGoods);
        Buttons = new Item(id, "BT-01", "단추 12mm", ItemKind.Material, "ea", 30);
        shop.Fabric.TrackLots(true);
    }

    public TestWorkshop Shop { get; }

    public Guid Id => Shop.Tenant.Id;

    public Location Store { get; }

    public Location Floor { get; }

    public Location Finished { get; }

    public Item Fabric => Shop.Fabric;

    public Item Buttons { get; }

    public static async Task<StockWorkshop> CreateAsync(MesDatabase database, string slug = "test-garment", string name = "테스트 봉제공방", Action<StockWorkshop>? arrange = null)
    {
        var stock = new StockWorkshop(TestWorkshop.Create(slug, name));
        arrange?.Invoke(stock);
        await stock.Shop.SaveAsync(database, stock.Store, stock.Floor, stock.Finished, stock.Buttons);
        return stock;
    }

    public static async Task<StockPosted> ReceiveAsync(HttpClient client, Guid itemId, decimal quantity, Guid locationId, string? lotNumber, string? supplier = null, DateOnly? expiresOn = null)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/stock/receipts", new { itemId, quantity, locationId, lotNumber, supplierName = supplier, expiresOn });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<StockPosted>(ApiJson.Options))!;
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The field names of a 400 answer.</summary>
    public static async Task<string[]> FieldErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var problem = await ProblemAsync(response);
        return [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
    }

    public static async Task<T> GetAsync<T>(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
    }
}
