namespace Workshop.Mes.Web.Features.WorkOrders;

internal static class WorkOrdersModule
{
    public static IServiceCollection AddWorkOrdersModule(this IServiceCollection services) =>
        services
            .AddSingleton<WorkOrderListService>()
            .AddSingleton<WorkOrderService>()
            .AddSingleton<Progress.ProgressRecorder>()
            .AddSingleton<Progress.OfficeProgress>()
            .AddSingleton<Progress.OrderClosing>()
            .AddSingleton<Timeline.WorkOrderTimeline>()
            .AddSingleton<Traveller.TravellerService>();
}
