using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>
/// Published by the work-orders module for production capture: the order of a step, locked for the caller's
/// transaction so events on one order are applied one after another (no lost count when two tablets report at
/// once), and the production events that move it.
/// </summary>
[ModuleSurface]
internal static class WorkOrderProduction
{
    /// <summary>
    /// Locks the order of <paramref name="stepId"/> (<c>SELECT … FOR UPDATE</c>, inside the workshop's row-level
    /// security) in the caller's open transaction and loads it tracked; null when the workshop has no such step.
    /// </summary>
    public static async Task<WorkOrder?> LockOrderOfStepAsync(MesDbContext db, Guid stepId, CancellationToken cancellationToken)
    {
        var orderId = await db.WorkOrderSteps.Where(s => s.Id == stepId).Select(s => (Guid?)s.WorkOrderId).SingleOrDefaultAsync(cancellationToken);
        if (orderId is not { } id)
        {
            return null;
        }

        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM work_orders.work_orders WHERE id = {id} FOR UPDATE", cancellationToken);
        return await db.WorkOrders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
    }

    public static void AddEvent(MesDbContext db, ProductionEvent productionEvent) => db.ProductionEvents.Add(productionEvent);

    public static Task<bool> HasEventAsync(MesDbContext db, Guid clientEventId, CancellationToken cancellationToken) =>
        db.ProductionEvents.AnyAsync(e => e.ClientEventId == clientEventId, cancellationToken);

    /// <summary>An event by the tablet's id, untracked.</summary>
    public static Task<ProductionEvent?> EventAsync(MesDbContext db, Guid clientEventId, CancellationToken cancellationToken) =>
        db.ProductionEvents.AsNoTracking().SingleOrDefaultAsync(e => e.ClientEventId == clientEventId, cancellationToken);

    /// <summary>Every event of the steps, untracked (events are append-only).</summary>
    public static Task<List<ProductionEvent>> EventsOfStepsAsync(MesDbContext db, IReadOnlyCollection<Guid> stepIds, CancellationToken cancellationToken) =>
        db.ProductionEvents.AsNoTracking().Where(e => stepIds.Contains(e.WorkOrderStepId)).ToListAsync(cancellationToken);

    /// <summary>
    /// The steps a worker started that were still running at or after <paramref name="since"/>: the steps whose
    /// time a new event of theirs may share (ADR 0045).
    /// </summary>
    public static Task<List<Guid>> StepsWorkedSinceAsync(MesDbContext db, Guid workerId, DateTimeOffset since, CancellationToken cancellationToken) =>
        (from e in db.ProductionEvents
         join s in db.WorkOrderSteps on e.WorkOrderStepId equals s.Id
         where e.WorkerId == workerId && e.Kind == ProductionEventKind.Start && (s.FinishedAt == null || s.FinishedAt >= since)
         select s.Id).Distinct().ToListAsync(cancellationToken);

    /// <summary>Tracked steps, to store their actual minutes.</summary>
    public static Task<List<WorkOrderStep>> StepsAsync(MesDbContext db, IReadOnlyCollection<Guid> stepIds, CancellationToken cancellationToken) =>
        db.WorkOrderSteps.Where(s => stepIds.Contains(s.Id)).ToListAsync(cancellationToken);
}
