using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>The range and narrowing every figure takes from the query string, read by <see cref="DashboardFilters"/>.</summary>
/// <param name="From">First day (`yyyy-MM-dd`, workshop's calendar); 91 days before `to` when left out.</param>
/// <param name="To">Last day (`yyyy-MM-dd`, workshop's calendar), included; today when left out.</param>
/// <param name="WorkstationId">Only this workstation.</param>
/// <param name="ProductId">Only this product.</param>
internal sealed record DashboardQueryParameters(
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "workstationId")] string? WorkstationId = null,
    [FromQuery(Name = "productId")] string? ProductId = null);

/// <summary>
/// <c>/api/v1/dashboard/{figure}</c> and <c>/{figure}/export?format=csv|xlsx</c>: thin over <see cref="DashboardFigures"/>,
/// each figure readable by whoever may read the area its data belongs to.
/// </summary>
internal static class DashboardEndpoints
{
    private delegate Task<T> Compute<T>(DashboardFigures figures, WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken);

    private delegate Task<T> ComputeBy<T, TBy>(DashboardFigures figures, WorkshopMember member, DashboardFilter filter, TBy by, CancellationToken cancellationToken);

    public static void MapDashboardApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("dashboard", "Dashboard");
        api.MapDashboardReport();
        Map(api, "today", "Today's good output against plan", Area.WorkOrders,
            (f, m, q, c) => f.TodayAsync(m, q, c), DashboardExports.Today, (t, _) => [t], DashboardVisit.Dashboard);
        Map(api, "work-in-progress", "Work in progress by station", Area.WorkOrders,
            (f, m, q, c) => f.WorkInProgressAsync(m, q, c), DashboardExports.WorkInProgress, (w, _) => w.Stations);
        Map(api, "orders", "Late and at-risk work orders", Area.WorkOrders,
            (f, m, q, c) => f.OrdersAsync(m, q, c), DashboardExports.Orders, (o, _) => o.Orders, DashboardVisit.LateRisk);
        Map(api, "shortages", "Materials running short", Area.Inventory,
            (f, m, q, c) => f.ShortagesAsync(m, q, c), DashboardExports.Shortages, (s, _) => s.Items);
        Map(api, "load", "Load against capacity per station", Area.WorkOrders,
            (f, m, q, c) => f.LoadAsync(m, q, c), DashboardExports.Load, (l, _) => DashboardExports.LoadRows(l));
        Map(api, "delivery", "On-time delivery and lead time by week", Area.Orders,
            (f, m, q, c) => f.DeliveryAsync(m, q, c), DashboardExports.Delivery, (d, _) => d.Weeks);
        Map(api, "defect-rate", "Defect rate by week", Area.Quality,
            (f, m, q, c) => f.DefectRateAsync(m, q, c), DashboardExports.DefectRate, (d, _) => d.Weeks);
        Map(api, "defect-cost", "Defect cost by month", Area.Quality,
            (f, m, q, c) => f.DefectCostAsync(m, q, c), DashboardExports.DefectCost, (d, _) => d.Months);
        MapBy<DefectParetoFigure, ParetoBar, ParetoGrouping>(api, "defect-pareto", "Defect Pareto by code or cause", Area.Quality,
            (f, m, q, by, c) => f.DefectParetoAsync(m, q, by, c), DashboardExports.DefectPareto, (p, _) => p.Bars);
        MapBy<DefectHeatmapFigure, HeatmapCell, HeatmapGrouping>(api, "defect-heatmap", "Defects by hour of day and weekday or station", Area.Quality,
            (f, m, q, by, c) => f.DefectHeatmapAsync(m, q, by, c), DashboardExports.DefectHeatmap, (h, _) => h.Cells);
        Map(api, "downtime", "Downtime by reason", Area.Quality,
            (f, m, q, c) => f.DowntimeAsync(m, q, c), DashboardExports.Downtime, (d, _) => d.Reasons);
        Map(api, "oee", "Availability, performance and quality per station", Area.Quality,
            (f, m, q, c) => f.OeeAsync(m, q, c), DashboardExports.Oee, (o, _) => o.Stations);
        Map(api, "defect-lots", "Defect rate per supplier lot", Area.Quality,
            (f, m, q, c) => f.DefectLotsAsync(m, q, c), DashboardExports.DefectLots,
            (l, zone) => l.Lots.Select(r => r with { ReceivedAt = TimeZoneInfo.ConvertTime(r.ReceivedAt, zone) }));
    }

    private static void Map<TFigure, TRow>(
        RouteGroupBuilder api, string route, string summary, Area area, Compute<TFigure> compute, IReadOnlyList<ExportColumn<TRow>> columns, Func<TFigure, TimeZoneInfo, IEnumerable<TRow>> rows, string? visit = null)
    {
        var name = string.Concat(route.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        api.MapGet($"/{route}", async Task<Results<Ok<TFigure>, ValidationProblem>> (
                WorkshopMember member, DashboardFigures figures, DashboardVisits visits, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken cancellationToken,
                [AsParameters] DashboardQueryParameters query) =>
            {
                member.Demand(area, Operation.Read);
                if (visit is not null)
                {
                    // Reading the figures through the API is looking at them too (the stage assessment's S3-AD-01, S3-OI-05).
                    await visits.RecordAsync(member, visit, cancellationToken);
                }

                var filter = Read(query, member, clock, text);
                return filter.IsValid ? TypedResults.Ok(await compute(figures, member, filter.Value!, cancellationToken)) : filter.ToValidationProblem(text);
            })
            .WithName($"GetDashboard{name}").WithSummary(summary)
            .WithDescription("`from` and `to` are days on the workshop's calendar (the last 91 days when left out); `workstationId` and `productId` narrow it.");
        api.MapGet($"/{route}/export", async Task<Results<FileContentHttpResult, ValidationProblem>> (
                WorkshopMember member, DashboardFigures figures, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken cancellationToken,
                [AsParameters] DashboardQueryParameters query, string? format) =>
            {
                member.Demand(area, Operation.Export);
                var filter = Read(query, member, clock, text);
                var errors = new Dictionary<string, string[]>(filter.Errors);
                TableExport.Validate(format, errors, text);
                if (errors.Count > 0)
                {
                    return errors.ToValidationProblem(text);
                }

                TableExport.TryParse(format, out var parsed);
                var figure = await compute(figures, member, filter.Value!, cancellationToken);
                return TableExport.File(rows(figure, member.Workshop.Zone), columns, $"dashboard-{route}", parsed, text, member.Workshop.Today(clock));
            })
            .WithName($"ExportDashboard{name}").WithSummary($"Download: {summary}")
            .WithDescription("The same figure as CSV (default) or Excel (`format=xlsx`), headers in the caller's language.");
    }

    private static void MapBy<TFigure, TRow, TBy>(
        RouteGroupBuilder api, string route, string summary, Area area, ComputeBy<TFigure, TBy> compute, IReadOnlyList<ExportColumn<TRow>> columns, Func<TFigure, TimeZoneInfo, IEnumerable<TRow>> rows)
        where TBy : struct, Enum
    {
        var name = string.Concat(route.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        var choices = string.Join(" or ", Enum.GetNames<TBy>().Select(n => $"`{n.ToLowerInvariant()}`"));
        api.MapGet($"/{route}", async Task<Results<Ok<TFigure>, ValidationProblem>> (
                WorkshopMember member, DashboardFigures figures, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken cancellationToken,
                [AsParameters] DashboardQueryParameters query, string? by) =>
            {
                member.Demand(area, Operation.Read);
                var filter = Read(query, member, clock, text);
                var errors = new Dictionary<string, string[]>(filter.Errors);
                var grouping = DashboardFilters.By<TBy>(by, errors, text);
                return errors.Count == 0
                    ? TypedResults.Ok(await compute(figures, member, filter.Value!, grouping, cancellationToken))
                    : errors.ToValidationProblem(text);
            })
            .WithName($"GetDashboard{name}").WithSummary(summary)
            .WithDescription($"`by` is {choices} (the first when left out). `from` and `to` are days on the workshop's calendar (the last 91 days when left out); `workstationId` and `productId` narrow it.");
        api.MapGet($"/{route}/export", async Task<Results<FileContentHttpResult, ValidationProblem>> (
                WorkshopMember member, DashboardFigures figures, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken cancellationToken,
                [AsParameters] DashboardQueryParameters query, string? by, string? format) =>
            {
                member.Demand(area, Operation.Export);
                var filter = Read(query, member, clock, text);
                var errors = new Dictionary<string, string[]>(filter.Errors);
                var grouping = DashboardFilters.By<TBy>(by, errors, text);
                TableExport.Validate(format, errors, text);
                if (errors.Count > 0)
                {
                    return errors.ToValidationProblem(text);
                }

                TableExport.TryParse(format, out var parsed);
                var figure = await compute(figures, member, filter.Value!, grouping, cancellationToken);
                return TableExport.File(rows(figure, member.Workshop.Zone), columns, $"dashboard-{route}", parsed, text, member.Workshop.Today(clock));
            })
            .WithName($"ExportDashboard{name}").WithSummary($"Download: {summary}")
            .WithDescription("The same figure as CSV (default) or Excel (`format=xlsx`), headers in the caller's language.");
    }

    private static Validated<DashboardFilter> Read(DashboardQueryParameters query, WorkshopMember member, TimeProvider clock, IStringLocalizer text) =>
        DashboardFilters.Read(query.From, query.To, query.WorkstationId, query.ProductId, member.Workshop.Today(clock), text);
}
