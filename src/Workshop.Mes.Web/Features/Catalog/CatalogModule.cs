namespace Workshop.Mes.Web.Features.Catalog;

internal static class CatalogModule
{
    public static IServiceCollection AddCatalogModule(this IServiceCollection services) =>
        services
            .AddSingleton<ItemsTable>()
            .AddSingleton<WorkstationsTable>()
            .AddSingleton<LocationsTable>()
            .AddSingleton<DefectCodesTable>()
            .AddSingleton<DowntimeReasonsTable>()
            .AddSingleton<WorkersTable>()
            .AddSingleton<BomService>()
            .AddSingleton<RoutingService>();
}
