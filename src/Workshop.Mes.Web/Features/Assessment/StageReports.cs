using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Assessment.Evidence;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// Puts a workshop's evaluation together: the evidence measured at a date, the owner's answers, the consultant's
/// verifications and the weekly history, scored by §8 and planned by §9, into one <see cref="StageReport"/>.
/// </summary>
internal sealed class StageReports(MesContexts contexts, EvidenceEngine evidence, TimeProvider clock)
{
    /// <summary>The report as of now.</summary>
    public Task<StageReport> CurrentAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        return AsOfAsync(member, clock.GetUtcNow(), history: null, cancellationToken);
    }

    /// <summary>
    /// The report as the records stood at <paramref name="asOf"/>. The stability rule reads the weekly evaluations
    /// before that date, or <paramref name="history"/> when the caller already holds them (the weekly job does).
    /// </summary>
    public async Task<StageReport> AsOfAsync(WorkshopMember member, DateTimeOffset asOf, IReadOnlyList<WeeklyEvaluation>? history, CancellationToken cancellationToken)
    {
        var catalogue = CatalogueFile.Stage;
        var inputs = await AssessmentInputs.LoadAsync(contexts, member, cancellationToken);
        List<StageEvaluationRecord> weekly;
        await using (var db = member.OpenData(contexts))
        {
            weekly = await db.StageEvaluations.AsNoTracking().Where(e => e.Kind == EvaluationKind.Weekly && e.EvaluatedAt <= asOf)
                .OrderByDescending(e => e.WeekOf).Take(catalogue.Scoring.HighStabilityWeeks).ToListAsync(cancellationToken);
        }

        history ??= weekly.Select(e => e.AsWeekly()).ToList();
        var measured = await evidence.MeasureAsync(member, inputs.Profile, asOf, cancellationToken);
        var result = StageEvaluation.Evaluate(catalogue, inputs.For(catalogue, measured), history);
        var lines = catalogue.Indicators.Select(i => new IndicatorLine(i, result.Rating(i.Id), measured.Indicators[i.Id], inputs.Answer(i), inputs.Verification(i))).ToList();

        var today = WorkshopTime.DayOf(asOf, member.Workshop.Zone);
        var longest = catalogue.Indicators.Max(i => i.WindowDays);
        var profile = inputs.Profile;
        return new StageReport(
            new ReportWorkshop(member.Workshop.Id, member.Workshop.Slug, member.Workshop.Name, profile.Industry, profile.ProductionHeadcount, profile.JobsPerMonth, profile.Cluster, profile.SizeBand, profile.ConfirmedAt is not null),
            asOf,
            today.AddDays(-longest),
            today,
            result,
            lines,
            StageRoadmap.Plan(catalogue, result, inputs.Goals.Select(g => g.Kpi).ToHashSet()),
            measured.Flags with { Falling = result.Falling },
            weekly.OrderBy(e => e.WeekOf).Select(e => new StagePoint(e.WeekOf, e.GatedStage, e.FractionalStage, e.Index)).ToList(),
            inputs.Goals);
    }
}
