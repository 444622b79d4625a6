using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Dashboard;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>
/// The KPI baseline of a stage report (§11 item 8) over the 90 days before a date: on-time delivery and lead time and
/// the defect rate as the dashboard computes them, stock accuracy from counts, and good output per labour hour.
/// </summary>
internal sealed class StageKpis(DashboardFigures figures, MesContexts contexts)
{
    public const int WindowDays = 90;

    public async Task<KpiDocument> MeasureAsync(WorkshopMember member, DateOnly to, CancellationToken cancellationToken)
    {
        var filter = new DashboardFilter(to.AddDays(-WindowDays + 1), to);
        var delivery = await figures.DeliveryAsync(member, filter, cancellationToken);
        var defects = await figures.DefectRateAsync(member, filter, cancellationToken);

        await using var db = member.OpenData(contexts);
        var from = WorkshopTime.StartOf(filter.From, member.Workshop.Zone);
        var until = WorkshopTime.StartOf(to.AddDays(1), member.Workshop.Zone);
        var counts = await InventoryReads.StockCountLines(db).Where(c => c.CountedAt >= from && c.CountedAt < until).Select(c => new { c.OnHand, c.Counted }).ToListAsync(cancellationToken);
        var steps = await WorkOrderReads.WorkOrderSteps(db).Where(s => s.FinishedAt >= from && s.FinishedAt < until && s.ActualMinutes > 0)
            .Select(s => new { s.GoodQuantity, s.ActualMinutes }).ToListAsync(cancellationToken);
        var hours = steps.Sum(s => s.ActualMinutes) / 60m;

        return new KpiDocument(
            (double?)delivery.OnTimeRate,
            (double?)defects.Rate,
            (double?)delivery.AverageLeadTimeDays,
            counts.Count == 0 ? null : Math.Round((double)counts.Count(c => c.Counted == c.OnHand) / counts.Count, 4),
            hours == 0 ? null : Math.Round((double)(steps.Sum(s => s.GoodQuantity) / hours), 2));
    }
}
