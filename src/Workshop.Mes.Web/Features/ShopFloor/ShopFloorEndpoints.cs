using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tablets;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.Web.Features.ShopFloor;

/// <summary>
/// The tablet's capture API under <c>/api/v1/floor</c> (device credential; the worker session in the body for events,
/// in <c>X-Worker-Session</c> for reads).
/// </summary>
internal static class ShopFloorEndpoints
{
    public static void MapShopFloorEndpoints(this WebApplication app)
    {
        var floor = app.MapGroup("/api/v1/floor")
            .WithTags("Floor")
            .RequireAuthorization(TabletsModule.TabletPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        floor.MapPost("/events", RecordAsync).RequireRateLimiting(RateLimits.FloorIngest)
            .WithName("RecordFloorEvent").WithSummary("Record one event from the tablet")
            .WithDescription("201 when stored with its projections, 200 when this event id was stored before (nothing counted twice), 400/409 with a `code` when refused; a refused event is kept for the owner and answers the same when resent.");
        floor.MapPost("/events/batch", RecordBatchAsync).RequireRateLimiting(RateLimits.FloorIngest)
            .WithName("RecordFloorEventBatch").WithSummary("Record up to 500 events from the tablet's outbox")
            .WithDescription("Each event in its own transaction, in the order sent; one result per event (Stored, Duplicate or Rejected with a code and reason).");
        floor.MapGet("/work", WorkAsync).WithName("FloorWork").WithSummary("My work: steps ready or running at the station and for this worker")
            .WithDescription("Needs the worker session (`X-Worker-Session`).");
        floor.MapGet("/steps/{id:guid}", StepAsync).WithName("FloorStep").WithSummary("One step as the tablet shows it")
            .WithDescription("Needs the worker session (`X-Worker-Session`).");
        floor.MapGet("/scan", ScanAsync).WithName("FloorScan").WithSummary("What a scanned code is")
            .WithDescription("`mes:wo:<number>` (the order's open steps), `mes:step:<number>:<sequence>` (the step) or `mes:lot:<lot number>` (the lot); 404 for anything else. Needs the worker session.");
        floor.MapGet("/catalog", CatalogAsync).WithName("FloorCatalog").WithSummary("Stations, defect codes and downtime reasons for working offline")
            .WithDescription("Defect codes most used at the station in the last 90 days first.");
    }

    private static async Task<Results<Created<FloorEventResult>, Ok<FloorEventResult>, ProblemHttpResult>> RecordAsync(
        FloorEventSubmission submission, FloorTablet tablet, ProductionCapture capture, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var results = await capture.RecordFromTabletAsync(tablet, http.Connection.RemoteIpAddress?.ToString(), submission.WorkerSession, submission.SentAt, [submission.Event], cancellationToken);
        var result = results[0];
        return result.Outcome switch
        {
            FloorEventOutcome.Stored => TypedResults.Created((string?)null, result),
            FloorEventOutcome.Duplicate => TypedResults.Ok(result),
            _ => TypedResults.Problem(
                statusCode: result.Code!.StartsWith("floor_event.", StringComparison.Ordinal) ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict,
                title: text["Problem.Conflict"],
                detail: result.Message,
                extensions: new Dictionary<string, object?> { ["code"] = result.Code, ["id"] = result.Id, ["outcome"] = result.Outcome.ToString() }),
        };
    }

    private static async Task<Results<Ok<FloorEventBatchResult>, ValidationProblem>> RecordBatchAsync(
        FloorEventBatch batch, FloorTablet tablet, ProductionCapture capture, HttpContext http, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (batch.Events is not { } events || events.Count > ProductionCapture.MaxBatch)
        {
            return new Dictionary<string, string[]> { ["events"] = [text["Floor.Error.BatchSize", ProductionCapture.MaxBatch]] }.ToValidationProblem(text);
        }

        var results = await capture.RecordFromTabletAsync(tablet, http.Connection.RemoteIpAddress?.ToString(), batch.WorkerSession, batch.SentAt, events, cancellationToken);
        return TypedResults.Ok(new FloorEventBatchResult(results, clock.GetUtcNow()));
    }

    private static async Task<Results<Ok<FloorWork>, ProblemHttpResult>> WorkAsync(Guid? workstationId, FloorTablet tablet, FloorReads reads, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        FloorSessions.Worker(http) is { } worker
            ? TypedResults.Ok(await reads.WorkAsync(tablet, worker, workstationId, cancellationToken))
            : SessionRequired(text);

    private static async Task<Results<Ok<FloorStep>, NotFound, ProblemHttpResult>> StepAsync(Guid id, FloorTablet tablet, FloorReads reads, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (FloorSessions.Worker(http) is not { } worker)
        {
            return SessionRequired(text);
        }

        return await reads.StepAsync(tablet, worker, id, cancellationToken) is { } step ? TypedResults.Ok(step) : TypedResults.NotFound();
    }

    private static async Task<Results<Ok<FloorScan>, NotFound, ProblemHttpResult>> ScanAsync(string? code, FloorTablet tablet, FloorReads reads, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        if (FloorSessions.Worker(http) is not { } worker)
        {
            return SessionRequired(text);
        }

        return await reads.ScanAsync(tablet, worker, code, cancellationToken) is { } scan ? TypedResults.Ok(scan) : TypedResults.NotFound();
    }

    private static async Task<Ok<FloorCatalog>> CatalogAsync(Guid? workstationId, FloorTablet tablet, FloorReads reads, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reads.CatalogAsync(tablet, workstationId, cancellationToken));

    private static ProblemHttpResult SessionRequired(IStringLocalizer text) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: text["Floor.Error.SessionEnded"],
            extensions: new Dictionary<string, object?> { ["code"] = "session.required" });
}
