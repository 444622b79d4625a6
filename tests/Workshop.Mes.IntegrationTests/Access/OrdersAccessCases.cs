using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class OrdersAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "/api/v1/customer-orders/", EndpointAccess.Member, Area.Orders, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/customer-orders")),
        },
        new("GET", "/api/v1/customer-orders/counts", EndpointAccess.Member, Area.Orders, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/customer-orders/counts")),
        },
        new("GET", "/api/v1/customer-orders/customer-names", EndpointAccess.Member, Area.Orders, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/customer-orders/customer-names?search=누죤")),
        },
        new("GET", "/api/v1/customer-orders/export", EndpointAccess.Member, Area.Orders, Operation.Export)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/customer-orders/export?format=csv")),
        },
        new("POST", "/api/v1/customer-orders/", EndpointAccess.Member, Area.Orders, Operation.Create)
        {
            Request = arrange => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/customer-orders")
            {
                Content = JsonContent.Create(new { customerName = "한빛상사", lines = new[] { new { productId = arrange.Ours.Product.Id, quantity = 5, dueDate = "2030-01-31" } } }),
            }),
        },
        new("GET", "/api/v1/customer-orders/{id:guid}", EndpointAccess.Member, Area.Orders, Operation.Read)
        {
            Request = async arrange => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/customer-orders/{(await OrderAsync(arrange)).Id}"),
        },
        new("PUT", "/api/v1/customer-orders/{id:guid}", EndpointAccess.Member, Area.Orders, Operation.Change)
        {
            Request = async arrange =>
            {
                var order = await OrderAsync(arrange);
                return WithIfMatch(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/customer-orders/{order.Id}")
                {
                    Content = JsonContent.Create(new { customerName = "가람패션", lines = new[] { new { id = order.Lines[0].Id, productId = arrange.Ours.Product.Id, quantity = 7, dueDate = "2030-01-31" } } }),
                }, order);
            },
        },
        new("POST", "/api/v1/customer-orders/{id:guid}/cancel", EndpointAccess.Member, Area.Orders, Operation.Change)
        {
            Request = async arrange =>
            {
                var order = await OrderAsync(arrange);
                return WithIfMatch(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customer-orders/{order.Id}/cancel"), order);
            },
        },
        new("POST", "/api/v1/customer-orders/{id:guid}/work-orders", EndpointAccess.Member, Area.Orders, Operation.Create)
        {
            Request = async arrange => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/customer-orders/{(await OrderAsync(arrange)).Id}/work-orders")
            {
                Content = JsonContent.Create(new { }),
            },
        },
        new("GET", "/api/v1/shipments/", EndpointAccess.Member, Area.Orders, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/shipments")),
        },
        new("GET", "/api/v1/shipments/export", EndpointAccess.Member, Area.Orders, Operation.Export)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/shipments/export?format=xlsx")),
        },
        new("GET", "/api/v1/shipments/on-time", EndpointAccess.Member, Area.Orders, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/shipments/on-time")),
        },
        new("POST", "/api/v1/shipments/", EndpointAccess.Member, Area.Orders, Operation.Create)
        {
            Request = async arrange =>
            {
                var order = await OrderAsync(arrange);
                var (lot, location) = await FinishedLotAsync(arrange);
                return new HttpRequestMessage(HttpMethod.Post, "/api/v1/shipments")
                {
                    Content = JsonContent.Create(new { customerOrderId = order.Id, lines = new[] { new { orderLineId = order.Lines[0].Id, lotId = lot, quantity = 1, locationId = location } } }),
                };
            },
        },
        new("GET", "/api/v1/shipments/{id:guid}", EndpointAccess.Member, Area.Orders, Operation.Read)
        {
            Request = async arrange => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/shipments/{await ShipmentAsync(arrange)}"),
        },
        new("GET", "/api/v1/shipments/{id:guid}/statement.pdf", EndpointAccess.Member, Area.Orders, Operation.Read)
        {
            Request = async arrange => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/shipments/{await ShipmentAsync(arrange)}/statement.pdf"),
        },
    ];

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, CustomerOrder order)
    {
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{order.Version}\"");
        return request;
    }

    /// <summary>One open order of our workshop, made once per test and read fresh (with its current version) each time.</summary>
    private static async Task<CustomerOrder> OrderAsync(AccessArrangement arrange)
    {
        await using (var existing = arrange.Database.CreateContext())
        {
            var found = await existing.CustomerOrders.AsNoTracking().SingleOrDefaultAsync(o => o.WorkshopId == arrange.Ours.Tenant.Id && o.Number == "SO-ACCESS-1");
            if (found is not null)
            {
                return found;
            }
        }

        var order = new CustomerOrder(arrange.Ours.Tenant.Id, "SO-ACCESS-1", "한빛상사", new DateOnly(2026, 11, 1));
        order.AddLine(arrange.Ours.Product.Id, 10, new DateOnly(2026, 12, 1));
        await using var db = arrange.Database.CreateContext();
        db.CustomerOrders.Add(order);
        await db.SaveChangesAsync();
        await using var again = arrange.Database.CreateContext();
        return await again.CustomerOrders.AsNoTracking().SingleAsync(o => o.Id == order.Id);
    }

    private static async Task<(Guid Lot, Guid Location)> FinishedLotAsync(AccessArrangement arrange)
    {
        await using (var existing = arrange.Database.CreateContext())
        {
            var found = await existing.Lots.SingleOrDefaultAsync(l => l.WorkshopId == arrange.Ours.Tenant.Id && l.LotNumber == "FG-ACCESS");
            if (found is not null)
            {
                var balance = await existing.StockBalances.FirstAsync(b => b.LotId == found.Id);
                return (found.Id, balance.LocationId);
            }
        }

        var shop = arrange.Ours;
        var location = new Location(shop.Tenant.Id, "FG-ACCESS", "완제품", LocationKind.FinishedGoods);
        var lot = new Lot(shop.Tenant.Id, shop.Product.Id, "FG-ACCESS", null, TestWorkshop.Now, null);
        var key = new StockKey(shop.Product.Id, lot.Id, location.Id);
        var receipt = StockMovement.Receipt(shop.Tenant.Id, key, 100, TestWorkshop.Now);
        var stock = new StockBalance(shop.Tenant.Id, key);
        stock.Post(receipt, false);
        await using var db = arrange.Database.CreateContext();
        db.AddRange(location, lot, receipt, stock);
        await db.SaveChangesAsync();
        return (lot.Id, location.Id);
    }

    private static async Task<Guid> ShipmentAsync(AccessArrangement arrange)
    {
        var order = await OrderAsync(arrange);
        await using var db = arrange.Database.CreateContext();
        var existing = await db.Shipments.Where(s => s.CustomerOrderId == order.Id).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return id;
        }

        var shipment = new Shipment(arrange.Ours.Tenant.Id, "SH-ACCESS-1", order.Id, TestWorkshop.Now);
        db.Shipments.Add(shipment);
        await db.SaveChangesAsync();
        return shipment.Id;
    }
}
