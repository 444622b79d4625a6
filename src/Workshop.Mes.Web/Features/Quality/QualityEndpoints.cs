using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Quality;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Quality;

/// <summary><c>/api/v1/defects</c> and <c>/api/v1/downtime</c>: the same services the quality pages use.</summary>
internal static class QualityEndpoints
{
    public static void MapDefectsAndDowntimeApi(this WebApplication app)
    {
        var defects = app.MapWorkshopApi("defects", "Quality");
        defects.MapGet("/", ListDefectsAsync).WithName("ListDefects").WithSummary("List defect records")
            .WithDescription("Newest first unless `sort` says otherwise (`-recordedAt`, `recordedAt`, `-cost`, `cost`). Filters: `status`, `defectCodeId`, `cause` (4M+E), `workstationId`, `productId`, `workerId`, `from`/`to` (days in the workshop's zone). Pass `nextCursor` back as `cursor` for the next page.");
        defects.MapGet("/export", ExportDefectsAsync).WithName("ExportDefects").WithSummary("Download defect records as CSV or Excel")
            .WithDescription("The same filters as the list; headers in the caller's language.");
        defects.MapGet("/{id:guid}", GetDefectAsync).WithName("GetDefect").WithSummary("Read a defect record")
            .WithDescription("With its cost broken down, lot, station, worker, work order, photo ids, analysis and closure. The `ETag` is its version.");
        defects.MapPost("/{id:guid}/analysis", AnalyseAsync).WithName("AnalyseDefect").WithSummary("Analyse an open defect")
            .WithDescription("Root cause, 4M+E `cause`, and optionally the suspected lot and station (this workshop's). Needs `If-Match`; 409 when the defect is not open.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        defects.MapPost("/{id:guid}/closure", CloseAsync).WithName("CloseDefect").WithSummary("Close an analysed defect")
            .WithDescription("The corrective action, its owner (a worker of the workshop) and its due date, not before the defect's day. Needs `If-Match`; 409 when the defect is not analysed.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        defects.MapGet("/{id:guid}/comparison", ComparisonAsync).WithName("CompareDefectRate").WithSummary("Defect rate before and after closing")
            .WithDescription("Same defect code and product, at the station the analysis named (else where it was found): defective units against units made in the 8 weeks before closing and the 8 weeks after (so far). `verdict` is `TooSmall` when either window is too small to conclude (ADR 0067). 409 while the defect is not closed.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        var downtime = app.MapWorkshopApi("downtime", "Quality");
        downtime.MapGet("/", ListDowntimeAsync).WithName("ListDowntime").WithSummary("List downtime")
            .WithDescription("Newest first. Filters: `workstationId`, `reasonId`, `from`/`to` (the day it started, in the workshop's zone), `state` (`open` or `ended`). Open downtime counts its minutes up to now.");
        downtime.MapGet("/export", ExportDowntimeAsync).WithName("ExportDowntime").WithSummary("Download downtime as CSV or Excel")
            .WithDescription("The same filters as the list; headers in the caller's language.");
        downtime.MapGet("/report", ReportAsync).WithName("DowntimeReport").WithSummary("Downtime by station and reason")
            .WithDescription("Minutes, count and share of all minutes per station × reason, most minutes first; the same filters as the list.");
    }

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<DefectSummary>>, ValidationProblem>> ListDefectsAsync(
        WorkshopMember member,
        DefectQueries queries,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] DefectQueryParameters filters,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        var (filter, sort) = filters.Read(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await queries.ListPageAsync(member, filter, sort, cursor, limit, cancellationToken));
    }

    /// <param name="format">csv (default) or xlsx.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportDefectsAsync(
        WorkshopMember member,
        DefectQueries queries,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        [AsParameters] DefectQueryParameters filters,
        string? format = null)
    {
        member.Demand(Area.Quality, Operation.Export);
        var errors = new Dictionary<string, string[]>();
        TableExport.Validate(format, errors, text);
        var (filter, sort) = filters.Read(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        TableExport.TryParse(format, out var parsed);
        var zone = member.Workshop.Zone;
        var rows = await queries.ExportAsync(member, filter, sort, cancellationToken);
        ExportColumn<DefectSummary>[] columns =
        [
            new("Quality.Number", r => r.Number),
            new("Quality.RecordedAt", r => Formats.DateTime(r.RecordedAt, zone)),
            new("Quality.Status", r => text[$"Quality.Status.{r.Status}"].Value),
            new("Quality.DefectCode", r => $"{r.DefectCode} {r.DefectName}"),
            new("Quality.Cause", r => text[$"Quality.Cause.{r.Cause}"].Value),
            new("Quality.Product", r => r.ProductName),
            new("Quality.Workstation", r => r.WorkstationName),
            new("Quality.Worker", r => r.WorkerName),
            new("Quality.Quantity", r => r.Quantity),
            new("Quality.Disposition", r => text[$"Quality.Disposition.{r.Disposition}"].Value),
            new("Quality.Cost", r => r.Cost),
        ];
        return TableExport.File(rows, columns, "defects", parsed, text, member.Workshop.Today(clock));
    }

    /// <param name="id">The defect's id.</param>
    private static async Task<Results<Ok<DefectView>, NotFound>> GetDefectAsync(Guid id, WorkshopMember member, DefectQueries queries, HttpContext http, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(member, id, cancellationToken) is not { } defect)
        {
            return TypedResults.NotFound();
        }

        http.Response.SetETag(defect.Version);
        return TypedResults.Ok(defect);
    }

    /// <param name="id">The defect's id.</param>
    private static async Task<Results<Ok<DefectView>, ValidationProblem, NotFound>> AnalyseAsync(
        Guid id, DefectAnalysisRequest request, WorkshopMember member, DefectWorkflow workflow, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var version = http.Request.RequireIfMatch();
        return Answer(await workflow.AnalyseAsync(member, id, version, request, cancellationToken), http, text);
    }

    /// <param name="id">The defect's id.</param>
    private static async Task<Results<Ok<DefectView>, ValidationProblem, NotFound>> CloseAsync(
        Guid id, DefectClosureRequest request, WorkshopMember member, DefectWorkflow workflow, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var version = http.Request.RequireIfMatch();
        return Answer(await workflow.CloseAsync(member, id, version, request, cancellationToken), http, text);
    }

    /// <param name="id">The defect's id.</param>
    private static async Task<Results<Ok<DefectComparison>, NotFound>> ComparisonAsync(Guid id, WorkshopMember member, DefectQueries queries, CancellationToken cancellationToken) =>
        await queries.ComparisonAsync(member, id, cancellationToken) is { } comparison ? TypedResults.Ok(comparison) : TypedResults.NotFound();

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<DowntimeSummary>>, ValidationProblem>> ListDowntimeAsync(
        WorkshopMember member,
        DowntimeQueries queries,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] DowntimeQueryParameters filters,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        var filter = filters.Read(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await queries.ListPageAsync(member, filter, cursor, limit, cancellationToken));
    }

    /// <param name="format">csv (default) or xlsx.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportDowntimeAsync(
        WorkshopMember member,
        DowntimeQueries queries,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        [AsParameters] DowntimeQueryParameters filters,
        string? format = null)
    {
        member.Demand(Area.Quality, Operation.Export);
        var errors = new Dictionary<string, string[]>();
        TableExport.Validate(format, errors, text);
        var filter = filters.Read(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        TableExport.TryParse(format, out var parsed);
        var zone = member.Workshop.Zone;
        var rows = await queries.ExportAsync(member, filter, cancellationToken);
        ExportColumn<DowntimeSummary>[] columns =
        [
            new("Quality.Workstation", r => r.WorkstationName),
            new("Quality.Reason", r => r.ReasonName),
            new("Quality.StartedAt", r => Formats.DateTime(r.StartedAt, zone)),
            new("Quality.EndedAt", r => Formats.DateTime(r.EndedAt, zone)),
            new("Quality.Minutes", r => r.Minutes),
            new("Quality.Worker", r => r.WorkerName),
            new("Quality.Note", r => r.Note),
        ];
        return TableExport.File(rows, columns, "downtime", parsed, text, member.Workshop.Today(clock));
    }

    private static async Task<Results<Ok<DowntimeReport>, ValidationProblem>> ReportAsync(
        WorkshopMember member, DowntimeQueries queries, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken, [AsParameters] DowntimeQueryParameters filters)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = filters.Read(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await queries.ReportAsync(member, filter, cancellationToken));
    }

    private static Results<Ok<DefectView>, ValidationProblem, NotFound> Answer(Validated<DefectView>? result, HttpContext http, IStringLocalizer text)
    {
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        if (result.Value is not { } view)
        {
            return result.ToValidationProblem(text);
        }

        http.Response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }
}
