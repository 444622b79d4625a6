namespace Workshop.Mes.Web.Features.Inventory;

internal static class InventoryModule
{
    public static IServiceCollection AddInventoryModule(this IServiceCollection services) =>
        services
            .AddSingleton<StockPostingService>()
            .AddSingleton<OnHandQueries>()
            .AddSingleton<LedgerQueries>()
            .AddSingleton<LotQueries>()
            .AddSingleton<ReorderQueries>()
            .AddSingleton<CountSheetQueries>()
            .AddSingleton<KitIssue>();
}
