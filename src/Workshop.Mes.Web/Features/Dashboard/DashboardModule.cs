namespace Workshop.Mes.Web.Features.Dashboard;

internal static class DashboardModule
{
    /// <summary>The dashboard's figures (ADR 0064), for the page at <c>/</c> and the API alike.</summary>
    public static IServiceCollection AddDashboardFigures(this IServiceCollection services) => services.AddSingleton<DashboardFigures>().AddScoped<DashboardVisits>();
}
