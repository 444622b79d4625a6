using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary><c>/api/v1/dashboard/report.pdf</c>: the dashboard on one A4 page in the reader's language (<see cref="DashboardPdf"/>).</summary>
internal static class DashboardReport
{
    public static void MapDashboardReport(this RouteGroupBuilder api) =>
        api.MapGet("/report.pdf", async Task<Results<FileContentHttpResult, ValidationProblem>> (
                WorkshopMember member, DashboardFigures figures, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken cancellationToken,
                [Microsoft.AspNetCore.Http.AsParameters] DashboardQueryParameters query, string? pareto) =>
            {
                member.Demand(Area.Orders, Operation.Export);
                member.Demand(Area.Quality, Operation.Export);
                var today = member.Workshop.Today(clock);
                var filter = DashboardFilters.Read(query.From, query.To, query.WorkstationId, query.ProductId, today, text);
                var errors = new Dictionary<string, string[]>(filter.Errors);
                var paretoBy = DashboardFilters.By<ParetoGrouping>(pareto, errors, text);
                if (errors.Count > 0)
                {
                    return errors.ToValidationProblem(text);
                }

                var view = await DashboardView.LoadAsync(figures, member, filter.Value!, paretoBy, HeatmapGrouping.Hour, cancellationToken);
                var pdf = DashboardPdf.Render(view, member.Workshop.Name, clock.GetUtcNow(), member.Workshop.Zone, text);
                return TypedResults.File(pdf, "application/pdf", $"dashboard-{Formats.Date(today)}.pdf");
            })
            .WithName("GetDashboardReport").WithSummary("The dashboard on one A4 page (PDF)")
            .WithDescription("The same filter as the figures (`from`, `to`, `workstationId`, `productId`), and `pareto` = `code` or `cause`.");
}
