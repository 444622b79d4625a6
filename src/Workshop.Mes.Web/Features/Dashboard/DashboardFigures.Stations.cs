using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Orders;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>Delivery and station figures: on-time delivery and lead time, downtime by reason, OEE per station.</summary>
internal sealed partial class DashboardFigures
{
    /// <summary>
    /// Order lines shipped in the range: on time when they left on or before their due date on the workshop's
    /// calendar (as the shipments list says), and days from the customer order to the shipment, per local week.
    /// </summary>
    public async Task<DeliveryFigure> DeliveryAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.Orders);
        var zone = member.Workshop.Zone;
        var (start, end) = Instants(filter.From, filter.To, zone);
        var lines = await (from sl in OrderReads.ShipmentLines(db)
                           join s in OrderReads.Shipments(db) on sl.ShipmentId equals s.Id
                           join ol in OrderReads.CustomerOrderLines(db) on sl.CustomerOrderLineId equals ol.Id
                           join co in OrderReads.CustomerOrders(db) on ol.CustomerOrderId equals co.Id
                           where s.ShippedAt >= start && s.ShippedAt < end && (filter.ProductId == null || ol.ProductId == filter.ProductId)
                           select new { s.ShippedAt, ol.DueDate, co.OrderedOn }).ToListAsync(cancellationToken);
        var shipped = lines.Select(l => (Line: new ShippedLine(l.ShippedAt, l.DueDate), LeadDays: (decimal)(WorkshopTime.DayOf(l.ShippedAt, zone).DayNumber - l.OrderedOn.DayNumber))).ToList();
        var byWeek = shipped.ToLookup(s => LocalCalendar.WeekStart(WorkshopTime.DayOf(s.Line.ShippedAt, zone)));

        var weeks = new List<DeliveryWeek>();
        for (var week = LocalCalendar.WeekStart(filter.From); week <= filter.To; week = week.AddDays(7))
        {
            var these = byWeek[week].ToList();
            var summary = OnTimeDelivery.Summarise(these.Select(s => s.Line), zone);
            weeks.Add(new DeliveryWeek(week, summary.ShippedLines, summary.OnTimeLines, summary.Rate, AverageDays(these.Select(s => s.LeadDays))));
        }

        var total = OnTimeDelivery.Summarise(shipped.Select(s => s.Line), zone);
        return new DeliveryFigure(total.ShippedLines, total.OnTimeLines, total.Rate, AverageDays(shipped.Select(s => s.LeadDays)), weeks);
    }

    /// <summary>Downtime that started in the range and has ended, by reason, longest first.</summary>
    public async Task<DowntimeFigure> DowntimeAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.Quality);
        var (start, end) = Instants(filter.From, filter.To, member.Workshop.Zone);
        var downtimes = await QualityReads.Downtimes(db)
            .Where(d => d.EndedAt != null && d.StartedAt >= start && d.StartedAt < end && (filter.WorkstationId == null || d.WorkstationId == filter.WorkstationId))
            .Select(d => new { d.ReasonId, d.StartedAt, EndedAt = d.EndedAt!.Value })
            .ToListAsync(cancellationToken);
        var reasons = await CatalogReads.DowntimeReasons(db).ToDictionaryAsync(r => r.Id, cancellationToken);
        var rows = downtimes.GroupBy(d => d.ReasonId)
            .Select(g =>
            {
                var reason = reasons[g.Key];
                return new DowntimeReasonRow(reason.Id, reason.Code, reason.Name, reason.Planned, g.Count(), g.Sum(d => HourBuckets.Minutes(d.EndedAt - d.StartedAt)));
            })
            .OrderByDescending(r => r.Minutes).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        return new DowntimeFigure(rows.Sum(r => r.Count), rows.Sum(r => r.Minutes), rows);
    }

    /// <summary>Availability × performance × quality per station from the rollups of the range (<see cref="OeeFactors"/>).</summary>
    public async Task<OeeFigure> OeeAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.Quality);
        var rows = await Rollups(db, filter with { ProductId = null }, member.Workshop.Zone)
            .Where(r => r.WorkstationId != null && (filter.ProductId == null || r.ProductId == filter.ProductId || r.ProductId == null))
            .GroupBy(r => new { r.WorkstationId, r.ProductId })
            .Select(g => new
            {
                Station = g.Key.WorkstationId!.Value,
                g.Key.ProductId,
                Good = g.Sum(r => r.GoodQuantity),
                Scrap = g.Sum(r => r.ScrapQuantity),
                Run = g.Sum(r => r.RunMinutes),
                Down = g.Sum(r => r.DownMinutes),
            })
            .ToListAsync(cancellationToken);
        var minutesPerPiece = await StandardMinutesAsync(db, cancellationToken);
        var stations = await StationsAsync(db, filter, cancellationToken);
        var byStation = rows.ToLookup(r => r.Station);
        return new OeeFigure(
            new OeeDefinitions(text["Dashboard.Oee.AvailabilityDefinition"], text["Dashboard.Oee.PerformanceDefinition"], text["Dashboard.Oee.QualityDefinition"], text["Dashboard.Oee.Definition"]),
            [.. stations.Select(station =>
            {
                var these = byStation[station.Id].ToList();
                var made = these.Where(r => r.ProductId != null && r.Good + r.Scrap != 0).ToList();
                decimal? standard = made.Count == 0 || made.Any(r => !minutesPerPiece.ContainsKey((r.ProductId!.Value, station.Id)))
                    ? null
                    : made.Sum(r => (r.Good + r.Scrap) * minutesPerPiece[(r.ProductId!.Value, station.Id)]);
                var run = these.Sum(r => r.Run);
                var down = these.Sum(r => r.Down);
                var good = these.Sum(r => r.Good);
                var scrap = these.Sum(r => r.Scrap);
                var factors = OeeFactors.From(run, down, standard, good, scrap);
                return new StationOee(
                    station.Id, station.Code, station.Name, run, down, standard ?? 0, good, scrap, factors.Availability, factors.Performance, factors.Quality, factors.Oee);
            })]);
    }

    private static decimal? AverageDays(IEnumerable<decimal> days)
    {
        var list = days.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 1, MidpointRounding.AwayFromZero);
    }
}
