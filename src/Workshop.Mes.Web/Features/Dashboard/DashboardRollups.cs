using System.Runtime.CompilerServices;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>
/// How a floor event reaches the rollups (ADR 0063): the capture says what it stored, the changes gather per
/// bucket on its context, and <see cref="FlushAsync"/> adds them in the same transaction, after everything else
/// the event locks, one <c>INSERT … ON CONFLICT DO UPDATE</c> per touched bucket in one fixed order.
/// </summary>
[ModuleSurface]
internal static class DashboardRollups
{
    private static readonly ConditionalWeakTable<MesDbContext, Dictionary<(Guid WorkshopId, RollupKey Key), RollupMeasures>> _pending = [];

    /// <summary>Good and scrap reported at a step (a correction counts in the hour of the report it corrects).</summary>
    public static void Produced(MesDbContext db, Guid workshopId, Guid workstationId, Guid productId, DateTimeOffset at, decimal good, decimal scrap) =>
        Add(db, workshopId, new(workstationId, productId, HourBuckets.HourOf(at)), RollupMeasures.Zero with { Good = good, Scrap = scrap });

    public static void DefectRecorded(MesDbContext db, DefectRecord defect) =>
        Add(db, defect.WorkshopId, new(defect.WorkstationId, defect.ItemId, HourBuckets.HourOf(defect.RecordedAt)), RollupMeasures.Zero with { Defects = 1, DefectCost = defect.Cost.Total });

    /// <summary>An ended downtime's minutes, in each hour it covered.</summary>
    public static void DowntimeEnded(MesDbContext db, Downtime downtime)
    {
        foreach (var (hour, minutes) in HourBuckets.Split(downtime.StartedAt, downtime.EndedAt ?? downtime.StartedAt))
        {
            Add(db, downtime.WorkshopId, new(downtime.WorkstationId, null, hour), RollupMeasures.Zero with { DownMinutes = minutes });
        }
    }

    /// <summary>A step's run minutes moved from what its events <paramref name="before"/> gave to what they give <paramref name="after"/> the new one.</summary>
    public static void StepRan(
        MesDbContext db, Guid workshopId, Guid workstationId, Guid productId, Guid stepId, IEnumerable<ProductionEvent> before, IEnumerable<ProductionEvent> after)
    {
        var was = StepRunTime.ByHour(stepId, before);
        var now = StepRunTime.ByHour(stepId, after);
        foreach (var hour in was.Keys.Union(now.Keys))
        {
            Add(db, workshopId, new(workstationId, productId, hour), RollupMeasures.Zero with { RunMinutes = now.GetValueOrDefault(hour) - was.GetValueOrDefault(hour) });
        }
    }

    /// <summary>Adds what the event changed; call after its other writes are saved and before it commits.</summary>
    public static async Task FlushAsync(MesDbContext db, CancellationToken cancellationToken)
    {
        if (!_pending.TryGetValue(db, out var changes))
        {
            return;
        }

        _pending.Remove(db);
        var touched = changes.Where(c => !c.Value.IsZero).OrderBy(c => c.Key.WorkshopId).ThenBy(c => c.Key.Key).ToList();
        foreach (var workshopId in touched.Select(c => c.Key.WorkshopId).Distinct())
        {
            await RollupUpserts.LockForEventAsync(db, workshopId, cancellationToken);
        }

        foreach (var ((workshopId, key), change) in touched)
        {
            await RollupUpserts.AddAsync(db, workshopId, key, change, cancellationToken);
            if (change.HasDecrease)
            {
                await RollupUpserts.RemoveIfEmptyAsync(db, workshopId, key, cancellationToken);
            }
        }
    }

    private static void Add(MesDbContext db, Guid workshopId, RollupKey key, RollupMeasures change)
    {
        var changes = _pending.GetOrCreateValue(db);
        changes[(workshopId, key)] = changes.GetValueOrDefault((workshopId, key), RollupMeasures.Zero) + change;
    }
}
