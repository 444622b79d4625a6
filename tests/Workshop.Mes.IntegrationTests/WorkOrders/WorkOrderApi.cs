using System.Net.Http.Headers;
using System.Net.Http.Json;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

/// <summary>The work-order API as the tests call it: create, read with its version, act on and record progress.</summary>
internal static class WorkOrderApi
{
    public static async Task<(WorkOrderDetail Order, string ETag)> ReadAsync(HttpClient client, Guid id)
    {
        using var response = await client.GetAsync($"/api/v1/work-orders/{id}");
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!, response.Headers.ETag!.ToString());
    }

    public static async Task<WorkOrderDetail> CreateAsync(HttpClient client, Guid productId, decimal quantity)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/work-orders", new { productId, quantity, dueDate = DateOnly.FromDateTime(DateTime.Today.AddDays(30)), priority = "Normal" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!;
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
        return (await response.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!;
    }
}
