using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

/// <summary>The test workshop's store, floor and finished-goods locations, and a way to put fabric lots into them.</summary>
internal sealed class WorkOrderFloor
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private WorkOrderFloor(TestWorkshop shop)
    {
        Shop = shop;
        Store = new Location(shop.Tenant.Id, "ST", "자재창고", LocationKind.Store);
        Floor = new Location(shop.Tenant.Id, "FL", "작업장", LocationKind.Floor);
        FinishedGoods = new Location(shop.Tenant.Id, "FG", "완제품 창고", LocationKind.FinishedGoods);
    }

    public TestWorkshop Shop { get; }

    public Location Store { get; }

    public Location Floor { get; }

    public Location FinishedGoods { get; }

    public static async Task<WorkOrderFloor> CreateAsync(MesDatabase database, TestWorkshop shop)
    {
        var floor = new WorkOrderFloor(shop);
        await shop.SaveAsync(database, floor.Store, floor.Floor, floor.FinishedGoods);
        return floor;
    }

    /// <summary>A fabric lot received at the floor (or at <paramref name="at"/>), with its own expiry.</summary>
    public async Task<Lot> ReceiveFabricAsync(MesDatabase database, string number, decimal quantity, DateOnly? expires, DateTimeOffset receivedAt, Location? at = null)
    {
        var lot = new Lot(Shop.Tenant.Id, Shop.Fabric.Id, number, "대한섬유", receivedAt, expires);
        var movement = StockMovement.Receipt(Shop.Tenant.Id, new StockKey(Shop.Fabric.Id, lot.Id, (at ?? Floor).Id), quantity, receivedAt);
        var balance = new StockBalance(Shop.Tenant.Id, movement.Key);
        balance.Post(movement, allowNegative: false);
        await Shop.SaveAsync(database, lot, movement, balance);
        return lot;
    }

    public static async Task<(WorkOrderDetail Order, string ETag)> ReadAsync(HttpClient client, Guid id)
    {
        using var response = await client.GetAsync($"/api/v1/work-orders/{id}");
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<WorkOrderDetail>(Json))!, response.Headers.ETag!.ToString());
    }

    public static async Task<WorkOrderDetail> CreateAsync(HttpClient client, Guid productId, decimal quantity)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/work-orders", new { productId, quantity, dueDate = DateOnly.FromDateTime(DateTime.Today.AddDays(30)), priority = "Normal" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WorkOrderDetail>(Json))!;
    }

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string action, object? body = null)
    {
        var (_, etag) = await ReadAsync(client, id);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{id}/{action}") { Content = JsonContent.Create(body ?? new { }) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return await client.SendAsync(request);
    }

    public static async Task<WorkOrderDetail> ProgressAsync(HttpClient client, WorkOrderDetail order, int stepIndex, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/work-orders/{order.Id}/steps/{order.Steps[stepIndex].Id}/progress", body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<WorkOrderDetail>(Json))!;
    }
}
