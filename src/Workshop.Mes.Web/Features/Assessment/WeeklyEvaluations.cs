using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Assessment.Evidence;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// Keeps the weekly evaluation history the stability rule reads (§8.2 (4)): one evaluation per finished week (Monday to
/// Sunday on the workshop's calendar) for the last 26, measured from the records as they stood at the week's end. A
/// week already evaluated is kept as it was; missing ones, the first time included, are filled from one load.
/// </summary>
internal sealed class WeeklyEvaluations(MesContexts contexts, EvidenceEngine evidence, TimeProvider clock)
{
    public async Task<int> CatchUpAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Assessment, Operation.Read);
        var catalogue = CatalogueFile.Stage;
        var lookBack = catalogue.Scoring.HighStabilityWeeks;
        var thisWeek = Measure.WeekOf(member.Workshop.Today(clock));
        var weeks = Enumerable.Range(1, lookBack).Select(w => thisWeek.AddDays(-7 * w)).OrderBy(w => w).ToList();

        List<StageEvaluationRecord> kept;
        await using (var db = member.OpenData(contexts))
        {
            var first = weeks[0];
            kept = await db.StageEvaluations.AsNoTracking().Where(e => e.Kind == EvaluationKind.Weekly && e.WeekOf >= first.AddDays(-7 * lookBack)).ToListAsync(cancellationToken);
        }

        var missing = weeks.Where(w => kept.All(k => k.WeekOf != w)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var inputs = await AssessmentInputs.LoadAsync(contexts, member, cancellationToken);
        var ends = missing.Select(w => WorkshopTime.StartOf(w.AddDays(7), member.Workshop.Zone).AddTicks(-1)).ToList();
        var measured = await evidence.MeasureAtAsync(member, inputs.Profile, ends, cancellationToken);
        var history = kept.Select(k => k.AsWeekly()).ToList();
        var now = clock.GetUtcNow();
        var added = new List<StageEvaluationRecord>();
        for (var i = 0; i < missing.Count; i++)
        {
            var before = history.Where(h => h.WeekOf < missing[i]).ToList();
            var result = StageEvaluation.Evaluate(catalogue, inputs.For(catalogue, measured[i]), before);
            var record = new StageEvaluationRecord(member.Workshop.Id, EvaluationKind.Weekly, missing[i], now, result);
            added.Add(record);
            history.Add(record.AsWeekly());
        }

        await using (var db = member.OpenData(contexts))
        {
            db.StageEvaluations.AddRange(added);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (cancellationToken.IsCancellationRequested is false)
            {
                // Another instance filled the same weeks first; its evaluations stand.
                return 0;
            }
        }

        return added.Count;
    }
}
