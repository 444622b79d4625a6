using Workshop.Mes.Web.Features.Assessment.Consultant;

namespace Workshop.Mes.Web.Features.Assessment;

internal static class AssessmentModule
{
    /// <summary>The owner's and consultant's inputs, the evaluations and reports (<see cref="StageEvaluationsModule"/>).</summary>
    public static IServiceCollection AddAssessmentModule(this IServiceCollection services) =>
        services.AddScoped<AssessmentWorkspace>().AddStageEvaluations();

    public static void MapAssessmentApi(this WebApplication app)
    {
        app.MapAssessmentInputsApi();
        app.MapStageReportApi();
        app.MapConsultantApi();
    }
}
