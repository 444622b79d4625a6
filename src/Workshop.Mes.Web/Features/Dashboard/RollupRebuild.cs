using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>What a rebuild did: the rows it replaced and wrote, and the raw records it read.</summary>
internal sealed record RollupRebuildResult(int RowsRemoved, int RowsWritten, int ProductionEvents, int DefectRecords, int Downtimes);

/// <summary>
/// Recomputes a workshop's rollups from the raw records in one transaction (ADR 0063): for a workshop whose
/// history was written around the capture (demo data, an import) or to prove the maintained rows right.
/// </summary>
internal sealed class RollupRebuild(MesContexts contexts)
{
    public async Task<RollupRebuildResult> RebuildAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.ShopFloor, Operation.Change);
        await using var db = member.OpenData(contexts);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var workshopId = member.Workshop.Id;
        await RollupUpserts.LockForRebuildAsync(db, workshopId, cancellationToken);

        var rollups = new Dictionary<RollupKey, RollupMeasures>();
        void Add(RollupKey key, RollupMeasures change) => rollups[key] = rollups.GetValueOrDefault(key, RollupMeasures.Zero) + change;

        var steps = await (from s in WorkOrderReads.WorkOrderSteps(db)
                           join o in WorkOrderReads.WorkOrders(db) on s.WorkOrderId equals o.Id
                           select new { s.Id, s.WorkstationId, o.ProductId }).ToDictionaryAsync(s => s.Id, cancellationToken);

        var events = await WorkOrderReads.ProductionEvents(db).ToListAsync(cancellationToken);
        var capturedAt = events.ToDictionary(e => e.Id, e => e.CapturedAt);
        foreach (var e in events.Where(e => e.Kind is ProductionEventKind.Output or ProductionEventKind.Finish or ProductionEventKind.Correction))
        {
            var step = steps[e.WorkOrderStepId];
            var at = e.CorrectsEventId is { } corrected ? capturedAt[corrected] : e.CapturedAt;
            Add(new(step.WorkstationId, step.ProductId, HourBuckets.HourOf(at)), RollupMeasures.Zero with { Good = e.GoodQuantity, Scrap = e.ScrapQuantity });
        }

        foreach (var ran in events.GroupBy(e => e.WorkOrderStepId))
        {
            var step = steps[ran.Key];
            foreach (var (hour, minutes) in StepRunTime.ByHour(ran.Key, ran))
            {
                Add(new(step.WorkstationId, step.ProductId, hour), RollupMeasures.Zero with { RunMinutes = minutes });
            }
        }

        var defects = await QualityReads.DefectRecords(db)
            .Select(d => new { d.WorkstationId, d.ItemId, d.RecordedAt, d.Cost }).ToListAsync(cancellationToken);
        foreach (var d in defects)
        {
            Add(new(d.WorkstationId, d.ItemId, HourBuckets.HourOf(d.RecordedAt)), RollupMeasures.Zero with { Defects = 1, DefectCost = d.Cost.Total });
        }

        var downtimes = await QualityReads.Downtimes(db).Where(d => d.EndedAt != null).Select(d => new { d.WorkstationId, d.StartedAt, d.EndedAt }).ToListAsync(cancellationToken);
        foreach (var d in downtimes)
        {
            foreach (var (hour, minutes) in HourBuckets.Split(d.StartedAt, d.EndedAt!.Value))
            {
                Add(new(d.WorkstationId, null, hour), RollupMeasures.Zero with { DownMinutes = minutes });
            }
        }

        var removed = await db.ProductionRollups.ExecuteDeleteAsync(cancellationToken);
        var written = rollups.Where(r => !r.Value.IsZero).OrderBy(r => r.Key).ToList();
        foreach (var (key, measures) in written)
        {
            await RollupUpserts.AddAsync(db, workshopId, key, measures, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new(removed, written.Count, events.Count, defects.Count, downtimes.Count);
    }
}
