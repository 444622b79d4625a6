namespace Workshop.Mes.Web.Features.ShopFloor;

/// <summary>Production capture from the floor and the office, the tablet's reads, defect photos and the owner's refused events.</summary>
internal static class ShopFloorModule
{
    public static IServiceCollection AddShopFloorModule(this IServiceCollection services) =>
        services
            .AddSingleton<ProductionCapture>()
            .AddSingleton<FloorReads>();

    public static void MapShopFloorApi(this WebApplication app) => app.MapShopFloorEndpoints();
}
