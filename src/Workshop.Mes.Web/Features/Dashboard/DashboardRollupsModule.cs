namespace Workshop.Mes.Web.Features.Dashboard;

internal static class DashboardRollupsModule
{
    /// <summary>The rollups the dashboard reads (ADR 0063); the capture maintains them through <see cref="DashboardRollups"/>.</summary>
    public static IServiceCollection AddDashboardRollups(this IServiceCollection services) => services.AddSingleton<RollupRebuild>();
}
