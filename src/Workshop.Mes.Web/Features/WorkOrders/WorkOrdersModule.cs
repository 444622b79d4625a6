using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Workshop.Mes.Web.Features.WorkOrders;

internal static class WorkOrdersModule
{
    public static IServiceCollection AddWorkOrdersModule(this IServiceCollection services)
    {
        // The office records work through the shop floor's capture: whoever takes this module alone (component tests) gets it too.
        services.TryAddSingleton<ShopFloor.ProductionCapture>();
        return services
            .AddSingleton<WorkOrderListService>()
            .AddSingleton<WorkOrderService>()
            .AddSingleton<Progress.ProgressRecorder>()
            .AddSingleton<Progress.OfficeProgress>()
            .AddSingleton<Progress.OrderClosing>()
            .AddSingleton<Timeline.WorkOrderTimeline>()
            .AddSingleton<Traveller.TravellerService>();
    }
}
