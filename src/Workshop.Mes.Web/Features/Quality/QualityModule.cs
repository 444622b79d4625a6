namespace Workshop.Mes.Web.Features.Quality;

internal static class QualityModule
{
    public static IServiceCollection AddQualityModule(this IServiceCollection services) =>
        services.AddScoped<DefectQueries>().AddScoped<DefectWorkflow>().AddScoped<DowntimeQueries>();

    public static void MapQualityApi(this WebApplication app) => app.MapDefectsAndDowntimeApi();
}
