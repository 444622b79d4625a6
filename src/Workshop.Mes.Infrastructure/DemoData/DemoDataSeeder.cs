using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// Fills an empty database with the two demo workshops: the Changsin-dong garment workshop with six months
/// of history and the patterns the analytics should find, and the small Mullae-dong metal shop. The data is
/// built in memory through the domain, then saved in a few large batches inside one transaction.
/// </summary>
public sealed class DemoDataSeeder(MaintenanceContexts contexts, TimeProvider timeProvider, ILogger<DemoDataSeeder> logger)
{
    /// <summary>Seeds both workshops when the database has no workshop yet; returns whether it seeded.</summary>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var context = contexts.Create();
        if (await context.Workshops.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo data not seeded: the database already has workshops");
            return false;
        }

        var stopwatch = Stopwatch.StartNew();
        var data = DemoDataSet.Build(timeProvider.GetUtcNow());
        var built = stopwatch.Elapsed;

        var strategy = context.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(
            (context, data),
            async (_, state, ct) =>
            {
                var (db, set) = state;
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await SaveAsync(db, set, ct);
                await transaction.CommitAsync(ct);
                return true;
            },
            verifySucceeded: null,
            cancellationToken);

        foreach (var workshop in data.Workshops)
        {
            logger.LogInformation(
                "Seeded demo workshop {Workshop}: {Orders} customer orders, {WorkOrders} work orders, {Events} production events, {Defects} defect records, {Movements} stock movements",
                workshop.Tenant.Slug,
                workshop.CustomerOrders.Count,
                workshop.WorkOrders.Count,
                workshop.ProductionEvents.Count,
                workshop.DefectRecords.Count,
                workshop.StockMovements.Count);
        }

        logger.LogInformation(
            "Demo data built in {BuildMilliseconds} ms, seeded in {TotalMilliseconds} ms ({Rows} rows)",
            (long)built.TotalMilliseconds,
            stopwatch.ElapsedMilliseconds,
            data.Workshops.Sum(w => w.RowCount));
        return true;
    }

    /// <summary>Master data, then orders and work orders, then events, then the rest; parents always land first.</summary>
    private async Task SaveAsync(MesDbContext context, DemoDataSet data, CancellationToken cancellationToken)
    {
        var workshops = data.Workshops;
        await SaveBatchAsync(context, "master data", cancellationToken, c =>
        {
            c.Workshops.AddRange(workshops.Select(w => w.Tenant));
            DemoPins.Apply(workshops.SelectMany(w => w.Workers));
            c.Workers.AddRange(workshops.SelectMany(w => w.Workers));
            c.FloorDevices.AddRange(workshops.SelectMany(w => w.FloorDevices));
            foreach (var assessment in workshops.Select(w => w.Assessment).OfType<DemoAssessmentInputs>())
            {
                c.WorkshopProfiles.Add(assessment.Profile);
                c.WorkshopGoals.AddRange(assessment.Goals);
                c.SelfAssessmentAnswers.AddRange(assessment.Answers);
                c.IndicatorVerifications.AddRange(assessment.Verifications);
            }

            c.Locations.AddRange(workshops.SelectMany(w => w.Locations));
            c.Workstations.AddRange(workshops.SelectMany(w => w.Workstations));
            c.Items.AddRange(workshops.SelectMany(w => w.Items));
            c.BomLines.AddRange(workshops.SelectMany(w => w.BomLines));
            c.RoutingSteps.AddRange(workshops.SelectMany(w => w.RoutingSteps));
            c.DefectCodes.AddRange(workshops.SelectMany(w => w.DefectCodes));
            c.DowntimeReasons.AddRange(workshops.SelectMany(w => w.DowntimeReasons));
            c.NumberSequences.AddRange(workshops.SelectMany(w => w.NumberSequences));
        });
        await SaveBatchAsync(context, "orders", cancellationToken, c =>
        {
            c.Lots.AddRange(workshops.SelectMany(w => w.Lots));
            c.CustomerOrders.AddRange(workshops.SelectMany(w => w.CustomerOrders));
            c.WorkOrders.AddRange(workshops.SelectMany(w => w.WorkOrders));
        });
        await SaveBatchAsync(context, "production events", cancellationToken, c => c.ProductionEvents.AddRange(workshops.SelectMany(w => w.ProductionEvents)));
        await SaveBatchAsync(context, "stock and quality", cancellationToken, c =>
        {
            c.StockMovements.AddRange(workshops.SelectMany(w => w.StockMovements));
            c.StockBalances.AddRange(workshops.SelectMany(w => w.StockBalances));
            c.DefectRecords.AddRange(workshops.SelectMany(w => w.DefectRecords));
            c.Downtimes.AddRange(workshops.SelectMany(w => w.Downtimes));
            c.Shipments.AddRange(workshops.SelectMany(w => w.Shipments));
        });
    }

    /// <summary>Adds a batch without change detection (the entities are new and complete), saves it and forgets it.</summary>
    private async Task SaveBatchAsync(MesDbContext context, string batch, CancellationToken cancellationToken, Action<MesDbContext> add)
    {
        var stopwatch = Stopwatch.StartNew();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            add(context);
            var added = stopwatch.ElapsedMilliseconds;
            var rows = await context.SaveChangesAsync(cancellationToken);
            logger.LogDebug("Saved demo {Batch}: {Rows} rows, added in {AddMilliseconds} ms, saved in {SaveMilliseconds} ms", batch, rows, added, stopwatch.ElapsedMilliseconds - added);
        }
        finally
        {
            context.ChangeTracker.Clear();
            context.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
