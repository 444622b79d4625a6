using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>
/// Work orders, their steps, materials and production events as other modules may read them: untracked, composable queries. Changes go through the module's own services.
/// </summary>
[ModuleSurface]
internal static class WorkOrderReads
{
    public static IQueryable<WorkOrder> WorkOrders(MesDbContext db) => db.WorkOrders.AsNoTracking();

    public static IQueryable<WorkOrderStep> WorkOrderSteps(MesDbContext db) => db.WorkOrderSteps.AsNoTracking();

    public static IQueryable<WorkOrderMaterial> WorkOrderMaterials(MesDbContext db) => db.WorkOrderMaterials.AsNoTracking();

    public static IQueryable<ProductionEvent> ProductionEvents(MesDbContext db) => db.ProductionEvents.AsNoTracking();

    /// <summary>Which open orders are overdue, expected late (and why) or at risk today (ADR 0070).</summary>
    public static Task<OpenOrderOutlooks> OutlooksAsync(MesDbContext db, DateOnly today, CancellationToken cancellationToken) =>
        WorkOrderReader.OutlooksAsync(db, today, cancellationToken);
}
