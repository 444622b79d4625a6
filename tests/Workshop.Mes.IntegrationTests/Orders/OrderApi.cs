using System.Net.Http.Json;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Orders;

/// <summary>The customer-order API as the tests call it: an order's body, taking it and reading it back.</summary>
internal static class OrderApi
{
    public static object OrderBody(TestWorkshop shop, decimal quantity = 50, string due = "2026-11-30", string customer = "한빛상사") =>
        new { customerName = customer, orderedOn = "2026-11-10", lines = new[] { new { productId = shop.Product.Id, quantity, dueDate = due } } };

    public static async Task<CustomerOrderView> TakeOrderAsync(HttpClient client, TestWorkshop shop, decimal quantity = 50, string due = "2026-11-30", string customer = "한빛상사")
    {
        using var response = await client.PostAsJsonAsync("/api/v1/customer-orders", OrderBody(shop, quantity, due, customer));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CustomerOrderView>(ApiJson.Options))!;
    }

    public static async Task<CustomerOrderView> ReadOrderAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<CustomerOrderView>($"/api/v1/customer-orders/{id}", ApiJson.Options))!;
}
