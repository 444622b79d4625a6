using Workshop.Mes.Web.Features.Assessment.Evidence;

namespace Workshop.Mes.Web.Features.Assessment;

internal static class AssessmentModule
{
    public static IServiceCollection AddAssessmentModule(this IServiceCollection services) =>
        services.AddScoped<EvidenceEngine>().AddScoped<StageReports>().AddScoped<AssessmentWorkspace>();

    public static void MapAssessmentApi(this WebApplication app) => app.MapAssessmentInputsApi();
}
