using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>Defect figures: the weekly rate, the monthly cost, the Pareto, the heat map and the supplier lots.</summary>
internal sealed partial class DashboardFigures
{
    /// <summary>The defect list a Pareto bar opens, filtered to the bar and the range.</summary>
    public const string DefectListPath = "/quality/defects";

    /// <summary>Scrap ÷ (good + scrap) per local week, over every step, from the rollups.</summary>
    public async Task<DefectRateFigure> DefectRateAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.Quality);
        var zone = member.Workshop.Zone;
        var hours = await Rollups(db, filter, zone)
            .GroupBy(r => r.Hour)
            .Select(g => new { Hour = g.Key, Good = g.Sum(r => r.GoodQuantity), Scrap = g.Sum(r => r.ScrapQuantity) })
            .ToListAsync(cancellationToken);
        var byWeek = hours.GroupBy(h => LocalCalendar.WeekStart(LocalCalendar.LocalHour(h.Hour, zone).Day))
            .ToDictionary(g => g.Key, g => (Good: g.Sum(h => h.Good), Scrap: g.Sum(h => h.Scrap)));
        var weeks = new List<DefectRateWeek>();
        for (var week = LocalCalendar.WeekStart(filter.From); week <= filter.To; week = week.AddDays(7))
        {
            var (good, scrap) = byWeek.GetValueOrDefault(week);
            weeks.Add(new DefectRateWeek(week, good, scrap, FigureShares.DefectRate(good, scrap)));
        }

        var totalGood = weeks.Sum(w => w.Good);
        var totalScrap = weeks.Sum(w => w.Scrap);
        return new DefectRateFigure(totalGood, totalScrap, FigureShares.DefectRate(totalGood, totalScrap), weeks);
    }

    /// <summary>
    /// What the defects recorded in each whole local month of the range cost (material, rework labour, lost time;
    /// ADR 0048), with the change from the month before, the month before the range included.
    /// </summary>
    public async Task<DefectCostFigure> DefectCostAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.Quality);
        var zone = member.Workshop.Zone;
        var firstMonth = LocalCalendar.MonthStart(filter.From);
        var lastMonth = LocalCalendar.MonthStart(filter.To);
        var start = WorkshopTime.StartOf(firstMonth.AddMonths(-1), zone);
        var end = WorkshopTime.StartOf(lastMonth.AddMonths(1), zone);
        var defects = await Defects(db, filter, start, end)
            .Select(d => new { d.RecordedAt, d.Quantity, d.Cost.Material, d.Cost.ReworkLabour, d.Cost.LostTime })
            .ToListAsync(cancellationToken);
        var byMonth = defects.GroupBy(d => LocalCalendar.MonthStart(WorkshopTime.DayOf(d.RecordedAt, zone))).ToDictionary(g => g.Key);

        var months = new List<DefectCostMonth>();
        decimal? previous = byMonth.TryGetValue(firstMonth.AddMonths(-1), out var before) ? before.Sum(d => d.Material + d.ReworkLabour + d.LostTime) : 0;
        for (var month = firstMonth; month <= lastMonth; month = month.AddMonths(1))
        {
            var these = byMonth.TryGetValue(month, out var found) ? found.ToList() : [];
            var material = these.Sum(d => d.Material);
            var rework = these.Sum(d => d.ReworkLabour);
            var lost = these.Sum(d => d.LostTime);
            var total = material + rework + lost;
            var (change, share) = FigureShares.MonthOnMonth(previous, total);
            months.Add(new DefectCostMonth(month, these.Count, these.Sum(d => d.Quantity), material, rework, lost, total, change, share));
            previous = total;
        }

        return new DefectCostFigure(months.Sum(m => m.Total), months);
    }

    /// <summary>Defects of the range by code or by 4M+E cause, most costly first, each bar with its share of the cost and the running share.</summary>
    public async Task<DefectParetoFigure> DefectParetoAsync(WorkshopMember member, DashboardFilter filter, ParetoGrouping by, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.Quality);
        var (start, end) = Instants(filter.From, filter.To, member.Workshop.Zone);
        var groups = await (from d in Defects(db, filter, start, end)
                            join c in CatalogReads.DefectCodes(db) on d.DefectCodeId equals c.Id
                            group d by new { d.DefectCodeId, c.Code, c.Name, c.Category, d.CauseCategory } into g
                            select new
                            {
                                g.Key.DefectCodeId,
                                g.Key.Code,
                                g.Key.Name,
                                CodeCategory = g.Key.Category,
                                g.Key.CauseCategory,
                                Count = g.Count(),
                                Quantity = g.Sum(d => d.Quantity),
                                Cost = g.Sum(d => d.Cost.Material + d.Cost.ReworkLabour + d.Cost.LostTime),
                            }).ToListAsync(cancellationToken);
        var range = string.Create(CultureInfo.InvariantCulture, $"from={filter.From:yyyy-MM-dd}&to={filter.To:yyyy-MM-dd}");
        var bars = (by == ParetoGrouping.Code
                ? groups.GroupBy(g => g.DefectCodeId).Select(g => (
                    Key: g.First().Code,
                    Label: $"{g.First().Code} {g.First().Name}",
                    CodeId: (Guid?)g.Key,
                    Cause: g.First().CodeCategory.ToString(),
                    Count: g.Sum(x => x.Count),
                    Quantity: g.Sum(x => x.Quantity),
                    Cost: g.Sum(x => x.Cost),
                    Link: $"{DefectListPath}?defectCodeId={g.Key}&{range}&sort=-cost"))
                : groups.GroupBy(g => g.CauseCategory).Select(g => (
                    Key: g.Key.ToString(),
                    Label: text[$"Quality.Cause.{g.Key}"].Value,
                    CodeId: (Guid?)null,
                    Cause: g.Key.ToString(),
                    Count: g.Sum(x => x.Count),
                    Quantity: g.Sum(x => x.Quantity),
                    Cost: g.Sum(x => x.Cost),
                    Link: $"{DefectListPath}?cause={g.Key}&{range}&sort=-cost")))
            .OrderByDescending(b => b.Cost).ThenByDescending(b => b.Count).ThenBy(b => b.Key, StringComparer.Ordinal)
            .ToList();
        var shares = FigureShares.Pareto([.. bars.Select(b => b.Cost)]);
        return new DefectParetoFigure(
            by,
            bars.Sum(b => b.Count),
            bars.Sum(b => b.Quantity),
            bars.Sum(b => b.Cost),
            [.. bars.Select((b, i) => new ParetoBar(b.Key, b.Label, b.CodeId, b.Cause, b.Count, b.Quantity, b.Cost, shares[i].Share, shares[i].Cumulative, b.Link))]);
    }

    /// <summary>
    /// Scrap and defects by local hour of day against weekday (Monday first, every cell) or against station, folded
    /// from the rollups' UTC hours with the workshop's time zone.
    /// </summary>
    public async Task<DefectHeatmapFigure> DefectHeatmapAsync(WorkshopMember member, DashboardFilter filter, HeatmapGrouping by, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.Quality);
        var zone = member.Workshop.Zone;
        var hours = await Rollups(db, filter, zone)
            .GroupBy(r => new { r.WorkstationId, r.Hour })
            .Select(g => new
            {
                g.Key.WorkstationId,
                g.Key.Hour,
                Good = g.Sum(r => r.GoodQuantity),
                Scrap = g.Sum(r => r.ScrapQuantity),
                Defects = g.Sum(r => r.DefectCount),
                Cost = g.Sum(r => r.DefectCost),
            })
            .ToListAsync(cancellationToken);
        var folded = hours.Select(h =>
        {
            var (day, hour) = LocalCalendar.LocalHour(h.Hour, zone);
            return (Weekday: day.DayOfWeek, Hour: hour, h.WorkstationId, h.Good, h.Scrap, h.Defects, h.Cost);
        }).ToList();

        HeatmapCell Cell(int hour, DayOfWeek? weekday, Guid? stationId, string? code, IEnumerable<(DayOfWeek Weekday, int Hour, Guid? WorkstationId, decimal Good, decimal Scrap, int Defects, decimal Cost)> cells)
        {
            var list = cells.ToList();
            var good = list.Sum(c => c.Good);
            var scrap = list.Sum(c => c.Scrap);
            return new HeatmapCell(hour, weekday, stationId, code, good, scrap, list.Sum(c => c.Defects), list.Sum(c => c.Cost), FigureShares.DefectRate(good, scrap));
        }

        if (by == HeatmapGrouping.Hour)
        {
            var byCell = folded.ToLookup(f => (f.Weekday, f.Hour));
            var weekdays = Enumerable.Range(0, 7).Select(i => (DayOfWeek)((i + 1) % 7));
            return new DefectHeatmapFigure(by, [.. weekdays.SelectMany(w => Enumerable.Range(0, 24).Select(h => Cell(h, w, null, null, byCell[(w, h)])))]);
        }

        var stations = await StationsAsync(db, filter, cancellationToken);
        var byStation = folded.ToLookup(f => (f.WorkstationId, f.Hour));
        return new DefectHeatmapFigure(by, [.. stations.SelectMany(s => Enumerable.Range(0, 24).Select(h => Cell(h, null, s.Id, s.Code, byStation[(s.Id, h)])))]);
    }

    /// <summary>
    /// Purchased lots used by work orders in the range (issued or backflushed to them), with the scrap rate over every
    /// step of those orders and the defect records naming the lot; the worst rate first within each material.
    /// </summary>
    public async Task<DefectLotsFigure> DefectLotsAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.Quality);
        var (start, end) = Instants(filter.From, filter.To, member.Workshop.Zone);
        StockMovementKind[] consumed = [StockMovementKind.Issue, StockMovementKind.Backflush];
        var orders = WorkOrderReads.WorkOrders(db);
        if (filter.ProductId is { } product)
        {
            orders = orders.Where(o => o.ProductId == product);
        }

        var uses = await (from m in InventoryReads.StockMovements(db)
                          join o in orders on m.WorkOrderId equals o.Id
                          where consumed.Contains(m.Kind) && m.LotId != null && m.OccurredAt >= start && m.OccurredAt < end
                          select new { LotId = m.LotId!.Value, WorkOrderId = o.Id }).Distinct().ToListAsync(cancellationToken);
        var orderIds = uses.Select(u => u.WorkOrderId).Distinct().ToArray();
        var lotIds = uses.Select(u => u.LotId).Distinct().ToArray();

        var steps = WorkOrderReads.WorkOrderSteps(db).Where(s => orderIds.Contains(s.WorkOrderId));
        if (filter.WorkstationId is { } station)
        {
            steps = steps.Where(s => s.WorkstationId == station);
        }

        var made = await steps.GroupBy(s => s.WorkOrderId)
            .Select(g => new { WorkOrderId = g.Key, Processed = g.Sum(s => s.GoodQuantity + s.ScrapQuantity), Scrap = g.Sum(s => s.ScrapQuantity) })
            .ToDictionaryAsync(g => g.WorkOrderId, cancellationToken);
        var defects = await QualityReads.DefectRecords(db)
            .Where(d => d.MaterialLotId != null && lotIds.Contains(d.MaterialLotId!.Value) && d.RecordedAt >= start && d.RecordedAt < end)
            .Where(d => filter.WorkstationId == null || d.WorkstationId == filter.WorkstationId)
            .GroupBy(d => d.MaterialLotId!.Value)
            .Select(g => new { LotId = g.Key, Count = g.Count(), Cost = g.Sum(d => d.Cost.Material + d.Cost.ReworkLabour + d.Cost.LostTime) })
            .ToDictionaryAsync(g => g.LotId, cancellationToken);
        var lots = await (from l in InventoryReads.Lots(db)
                          join i in CatalogReads.Items(db) on l.ItemId equals i.Id
                          where lotIds.Contains(l.Id) && l.ProducedByWorkOrderId == null
                          select new { l.Id, l.LotNumber, l.ItemId, i.Code, i.Name, l.SupplierName, l.ReceivedAt }).ToListAsync(cancellationToken);

        var ordersByLot = uses.ToLookup(u => u.LotId, u => u.WorkOrderId);
        return new DefectLotsFigure([.. lots
            .Select(l =>
            {
                var used = ordersByLot[l.Id].ToList();
                var processed = used.Sum(o => made.TryGetValue(o, out var m) ? m.Processed : 0);
                var scrap = used.Sum(o => made.TryGetValue(o, out var m) ? m.Scrap : 0);
                var recorded = defects.GetValueOrDefault(l.Id);
                return new DefectLotRow(
                    l.Id, l.LotNumber, l.ItemId, l.Code, l.Name, l.SupplierName, l.ReceivedAt, used.Count, processed, scrap,
                    FigureShares.Share(scrap, processed), recorded?.Count ?? 0, recorded?.Cost ?? 0);
            })
            .OrderBy(r => r.ItemCode, StringComparer.Ordinal).ThenByDescending(r => r.Rate ?? -1).ThenBy(r => r.LotNumber, StringComparer.Ordinal)]);
    }

    private static IQueryable<DefectRecord> Defects(MesDbContext db, DashboardFilter filter, DateTimeOffset start, DateTimeOffset end)
    {
        var defects = QualityReads.DefectRecords(db).Where(d => d.RecordedAt >= start && d.RecordedAt < end);
        if (filter.WorkstationId is { } station)
        {
            defects = defects.Where(d => d.WorkstationId == station);
        }

        if (filter.ProductId is { } product)
        {
            defects = defects.Where(d => d.ItemId == product);
        }

        return defects;
    }
}
