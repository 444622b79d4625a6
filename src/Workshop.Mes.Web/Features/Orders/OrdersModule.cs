namespace Workshop.Mes.Web.Features.Orders;

internal static class OrdersModule
{
    public static IServiceCollection AddOrdersModule(this IServiceCollection services) =>
        services.AddScoped<CustomerOrderQueries>().AddScoped<CustomerOrderChecks>().AddScoped<CustomerOrderService>().AddScoped<ShipmentService>();

    public static void MapOrdersApi(this WebApplication app)
    {
        app.MapCustomerOrdersApi();
        app.MapShipmentsApi();
    }
}
