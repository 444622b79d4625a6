using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary><c>/api/v1/stock</c>: postings (<see cref="StockPostingEndpoints"/>) and reads (<see cref="StockReadEndpoints"/>).</summary>
internal static class InventoryEndpoints
{
    public static void MapInventoryApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("stock", "Stock");
        api.MapStockPostings();
        api.MapStockReads();
    }
}
