using System.Net.Http.Json;
using System.Text.Json;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Inventory;

/// <summary>The stock API as the inventory tests call it: a receipt, a read, and the field names of a refusal.</summary>
internal static class StockApi
{
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
