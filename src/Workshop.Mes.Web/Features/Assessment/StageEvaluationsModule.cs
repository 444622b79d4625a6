using Workshop.Mes.Web.Features.Assessment.Evidence;
using Workshop.Mes.Web.Features.Assessment.Reports;

namespace Workshop.Mes.Web.Features.Assessment;

internal static class StageEvaluationsModule
{
    /// <summary>The evidence engine, the report every page and export reads, and the weekly evaluations with their hourly job.</summary>
    public static IServiceCollection AddStageEvaluations(this IServiceCollection services) =>
        services.AddScoped<EvidenceEngine>().AddScoped<StageReports>().AddScoped<WeeklyEvaluations>().AddHostedService<WeeklyEvaluationJob>()
            .AddScoped<StageKpis>().AddScoped<PeerBenchmarks>().AddScoped<StageAssessments>().AddScoped<Consultant.ConsultantPortfolio>();
}
