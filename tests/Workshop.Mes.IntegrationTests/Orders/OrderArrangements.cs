using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Orders;

/// <summary>Orders and finished stock arranged for the order and shipment tests, through the API where it exists.</summary>
internal static class OrderArrangements
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

    /// <summary>The finished-goods location, made once per workshop.</summary>
    public static async Task<Location> FinishedGoodsAsync(MesDatabase database, TestWorkshop shop)
    {
        await using var db = database.CreateContext();
        var existing = await db.Locations.IgnoreQueryFilters().SingleOrDefaultAsync(l => l.WorkshopId == shop.Tenant.Id && l.Code == "FG");
        if (existing is not null)
        {
            return existing;
        }

        var location = new Location(shop.Tenant.Id, "FG", "완제품 창고", LocationKind.FinishedGoods);
        db.Locations.Add(location);
        await db.SaveChangesAsync();
        return location;
    }

    /// <summary>A lot of <paramref name="item"/> received into <paramref name="location"/>, optionally made by a work order.</summary>
    public static async Task<Lot> StockAsync(
        MesDatabase database, TestWorkshop shop, Item item, Location location, string lotNumber, decimal quantity, Guid? producedBy = null)
    {
        await using var db = database.CreateContext();
        var lot = new Lot(shop.Tenant.Id, item.Id, lotNumber, null, TestWorkshop.Now, null, producedBy);
        var key = new StockKey(item.Id, lot.Id, location.Id);
        var movement = producedBy is { } workOrderId
            ? StockMovement.Output(shop.Tenant.Id, key, quantity, TestWorkshop.Now, workOrderId)
            : StockMovement.Receipt(shop.Tenant.Id, key, quantity, TestWorkshop.Now);
        var balance = new StockBalance(shop.Tenant.Id, key);
        balance.Post(movement, allowNegative: false);
        db.AddRange(lot, movement, balance);
        await db.SaveChangesAsync();
        return lot;
    }

    public static async Task<decimal> OnHandAsync(MesDatabase database, Guid lotId)
    {
        await using var db = database.CreateContext();
        return await db.StockBalances.IgnoreQueryFilters().Where(b => b.LotId == lotId).SumAsync(b => b.OnHand);
    }
}
