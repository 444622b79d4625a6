using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class InventoryAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        new("POST", "/api/v1/stock/receipts", EndpointAccess.Member, Area.Inventory, Operation.Create)
        {
            Request = async arrange =>
            {
                var stock = await StockAsync(arrange);
                return Post("/api/v1/stock/receipts", new { itemId = stock.ItemId, quantity = 5, locationId = stock.StoreId, lotNumber = "L-NEW" });
            },
        },
        // Issuing to a work order records what the order used; issuing to none changes the level, as an adjustment does (StockMovementsApiTests).
        new("POST", "/api/v1/stock/issues", EndpointAccess.Member, Area.Inventory, Operation.Create)
        {
            Request = async arrange =>
            {
                var stock = await StockAsync(arrange);
                return Post("/api/v1/stock/issues", new { itemId = stock.ItemId, lotId = stock.LotId, locationId = stock.StoreId, quantity = 1, workOrderId = stock.WorkOrderId });
            },
        },
        new("POST", "/api/v1/stock/transfers", EndpointAccess.Member, Area.Inventory, Operation.Change)
        {
            Request = async arrange =>
            {
                var stock = await StockAsync(arrange);
                return Post("/api/v1/stock/transfers", new { itemId = stock.ItemId, lotId = stock.LotId, fromLocationId = stock.StoreId, toLocationId = stock.FloorId, quantity = 1 });
            },
        },
        new("POST", "/api/v1/stock/adjustments", EndpointAccess.Member, Area.Inventory, Operation.Change)
        {
            Request = async arrange =>
            {
                var stock = await StockAsync(arrange);
                return Post("/api/v1/stock/adjustments", new { itemId = stock.ItemId, lotId = stock.LotId, locationId = stock.StoreId, quantity = -1, reason = "파손" });
            },
        },
        // The kit goes from the store to the line side: a transfer, which only those who may change stock make (ADR 0034).
        new("POST", "/api/v1/stock/work-orders/{workOrderId:guid}/kit-issue", EndpointAccess.Member, Area.Inventory, Operation.Change)
        {
            Request = async arrange =>
            {
                var stock = await StockAsync(arrange);
                return Post($"/api/v1/stock/work-orders/{stock.WorkOrderId}/kit-issue", new { fromLocationId = stock.StoreId, toLocationId = stock.FloorId });
            },
        },
        new("POST", "/api/v1/stock/counts", EndpointAccess.Member, Area.Inventory, Operation.Change)
        {
            Request = async arrange =>
            {
                var stock = await StockAsync(arrange);
                return Post("/api/v1/stock/counts", new { locationId = stock.StoreId, reason = "실사", lines = new[] { new { itemId = stock.ItemId, lotId = stock.LotId, counted = 99 } } });
            },
        },
        new("GET", "/api/v1/stock/count-sheet", EndpointAccess.Member, Area.Inventory, Operation.Read)
        {
            Request = async arrange => Get($"/api/v1/stock/count-sheet?locationId={(await StockAsync(arrange)).StoreId}"),
        },
        new("GET", "/api/v1/stock/on-hand", EndpointAccess.Member, Area.Inventory, Operation.Read)
        {
            Request = _ => Task.FromResult(Get("/api/v1/stock/on-hand")),
        },
        new("GET", "/api/v1/stock/on-hand/export", EndpointAccess.Member, Area.Inventory, Operation.Export)
        {
            Request = _ => Task.FromResult(Get("/api/v1/stock/on-hand/export?format=csv")),
        },
        new("GET", "/api/v1/stock/movements", EndpointAccess.Member, Area.Inventory, Operation.Read)
        {
            Request = _ => Task.FromResult(Get("/api/v1/stock/movements")),
        },
        new("GET", "/api/v1/stock/movements/export", EndpointAccess.Member, Area.Inventory, Operation.Export)
        {
            Request = _ => Task.FromResult(Get("/api/v1/stock/movements/export?format=xlsx")),
        },
        new("GET", "/api/v1/stock/movements/{id:guid}", EndpointAccess.Member, Area.Inventory, Operation.Read)
        {
            Request = async arrange => Get($"/api/v1/stock/movements/{(await StockAsync(arrange)).MovementId}"),
        },
        new("GET", "/api/v1/stock/lots", EndpointAccess.Member, Area.Inventory, Operation.Read)
        {
            Request = _ => Task.FromResult(Get("/api/v1/stock/lots")),
        },
        new("GET", "/api/v1/stock/lots/export", EndpointAccess.Member, Area.Inventory, Operation.Export)
        {
            Request = _ => Task.FromResult(Get("/api/v1/stock/lots/export")),
        },
        new("GET", "/api/v1/stock/lots/{id:guid}/genealogy", EndpointAccess.Member, Area.Inventory, Operation.Read)
        {
            Request = async arrange => Get($"/api/v1/stock/lots/{(await StockAsync(arrange)).LotId}/genealogy"),
        },
        new("GET", "/api/v1/stock/reorder-alerts", EndpointAccess.Member, Area.Inventory, Operation.Read)
        {
            Request = _ => Task.FromResult(Get("/api/v1/stock/reorder-alerts")),
        },
        new("GET", "/api/v1/stock/reorder-alerts/export", EndpointAccess.Member, Area.Inventory, Operation.Export)
        {
            Request = _ => Task.FromResult(Get("/api/v1/stock/reorder-alerts/export")),
        },
        new("GET", "/api/v1/stock/reorder-alerts/purchase-list", EndpointAccess.Member, Area.Inventory, Operation.Export)
        {
            Request = _ => Task.FromResult(Get("/api/v1/stock/reorder-alerts/purchase-list")),
        },
    ];

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, path);

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    /// <summary>
    /// Two locations, a lot of the fabric with 100 on hand in the store and a released order, made once per test: the matrix builds a
    /// request more than once and must find the same rows.
    /// </summary>
    private static async Task<ArrangedStock> StockAsync(AccessArrangement arrange)
    {
        var workshopId = arrange.Ours.Tenant.Id;
        var itemId = arrange.Ours.Fabric.Id;
        await using var db = arrange.Database.CreateContext();
        var store = await db.Locations.SingleOrDefaultAsync(l => l.WorkshopId == workshopId && l.Code == "ACC-ST");
        if (store is null)
        {
            store = new Location(workshopId, "ACC-ST", "자재 창고", LocationKind.Store);
            var floor = new Location(workshopId, "ACC-FL", "현장", LocationKind.Floor);
            var lot = new Lot(workshopId, itemId, "ACC-L1", "대한섬유", DateTimeOffset.UtcNow, null);
            var receipt = StockMovement.Receipt(workshopId, new StockKey(itemId, lot.Id, store.Id), 100, DateTimeOffset.UtcNow);
            var balance = new StockBalance(workshopId, receipt.Key);
            balance.Post(receipt, allowNegative: false);
            db.AddRange(store, floor, lot, receipt, balance, arrange.Ours.WorkOrders.Released("WO-2611-0601"));
            await db.SaveChangesAsync();
        }

        var floorId = await db.Locations.Where(l => l.WorkshopId == workshopId && l.Code == "ACC-FL").Select(l => l.Id).SingleAsync();
        var lotId = await db.Lots.Where(l => l.WorkshopId == workshopId && l.LotNumber == "ACC-L1").Select(l => l.Id).SingleAsync();
        var movementId = await db.StockMovements.Where(m => m.LotId == lotId && m.Kind == StockMovementKind.Receipt).Select(m => m.Id).FirstAsync();
        var workOrderId = await db.WorkOrders.Where(w => w.WorkshopId == workshopId && w.Number == "WO-2611-0601").Select(w => w.Id).SingleAsync();
        return new ArrangedStock(itemId, lotId, store.Id, floorId, movementId, workOrderId);
    }

    private sealed record ArrangedStock(Guid ItemId, Guid LotId, Guid StoreId, Guid FloorId, Guid MovementId, Guid WorkOrderId);
}
