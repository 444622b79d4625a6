using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders.Progress;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>Creating, editing and moving work orders through their states, and recording progress at their steps.</summary>
internal static class WorkOrderWriteEndpoints
{
    public static void MapWorkOrderWrites(this RouteGroupBuilder api)
    {
        api.MapPost("/", CreateAsync).WithIdempotency()
            .WithName("CreateWorkOrder").WithSummary("Create a work order")
            .WithDescription("A draft order for stock, or for a customer order line. The number is the month's next `WO-yyMM-nnnn`.");
        api.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateWorkOrder").WithSummary("Edit a work order's plan")
            .WithDescription("Due date and priority while the order is open; the quantity only while it is a draft (409 `work_order.not_draft` after release). `allowedActions` on the order says which. Needs `If-Match`.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/{id:guid}/release", ReleaseAsync)
            .WithName("ReleaseWorkOrder").WithSummary("Release a work order to the floor")
            .WithDescription("Copies the routing and BOM. When components are short the answer is 409 with `shortages`, unless `acknowledgeShortages` is true.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/{id:guid}/hold", HoldAsync)
            .WithName("HoldWorkOrder").WithSummary("Put a work order on hold")
            .WithDescription("Needs a reason and `If-Match`.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        MapAction(api, "resume", "ResumeWorkOrder", "Resume a held work order", (s, m, id, v, ct) => s.ResumeAsync(m, id, v, ct));
        MapAction(api, "cancel", "CancelWorkOrder", "Cancel a work order", (s, m, id, v, ct) => s.CancelAsync(m, id, v, ct));
        MapAction(api, "complete", "CompleteWorkOrder", "Complete a work order whose steps are all finished", (s, m, id, v, ct) => s.CompleteAsync(m, id, v, ct));
        api.MapPost("/{id:guid}/steps/{stepId:guid}/progress", RecordProgressAsync).WithIdempotency()
            .WithName("RecordWorkOrderProgress").WithSummary("Record progress at a step")
            .WithDescription("Start, output or finish with good and scrap quantities, now or after the fact. Good output of the last step books a finished lot and backflushes the components.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <param name="request">Product, quantity, due date, priority and optionally the customer order line.</param>
    private static async Task<Results<Created<WorkOrderDetail>, ValidationProblem>> CreateAsync(
        CreateWorkOrderRequest request, WorkshopMember member, WorkOrderService service, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await service.CreateAsync(member, request, cancellationToken);
        if (result.Value is not { } created)
        {
            return result.ToValidationProblem(text);
        }

        http.Response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/work-orders/{created.Id}", created);
    }

    /// <param name="id">The work order.</param>
    /// <param name="request">The fields to change.</param>
    private static async Task<Results<Ok<WorkOrderDetail>, ValidationProblem, NotFound>> UpdateAsync(
        Guid id, UpdateWorkOrderRequest request, WorkshopMember member, WorkOrderService service, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Change);
        var version = http.Request.RequireIfMatch();
        var result = await service.UpdateAsync(member, id, version, request, cancellationToken);
        return Answer(result, http, text);
    }

    /// <param name="id">The work order.</param>
    /// <param name="request">Whether to release although components are short.</param>
    private static async Task<Results<Ok<WorkOrderDetail>, ProblemHttpResult, NotFound>> ReleaseAsync(
        Guid id, ReleaseWorkOrderRequest? request, WorkshopMember member, WorkOrderService service, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Change);
        var version = http.Request.RequireIfMatch();
        var outcome = await service.ReleaseAsync(member, id, version, request?.AcknowledgeShortages ?? false, cancellationToken);
        if (outcome is null)
        {
            return TypedResults.NotFound();
        }

        if (outcome.Released is not { } released)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: text["Problem.Conflict"],
                detail: text["Rule.work_order.shortages", string.Join(", ", outcome.Shortages.Select(s => s.ItemCode))],
                extensions: new Dictionary<string, object?> { ["code"] = "work_order.shortages", ["shortages"] = outcome.Shortages });
        }

        http.Response.SetETag(released.Version);
        return TypedResults.Ok(released);
    }

    /// <param name="id">The work order.</param>
    /// <param name="request">Why the order stops.</param>
    private static async Task<Results<Ok<WorkOrderDetail>, ValidationProblem, NotFound>> HoldAsync(
        Guid id, HoldWorkOrderRequest request, WorkshopMember member, WorkOrderService service, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Change);
        var version = http.Request.RequireIfMatch();
        return Answer(await service.HoldAsync(member, id, version, request.Reason, cancellationToken), http, text);
    }

    private static void MapAction(
        RouteGroupBuilder api, string action, string name, string summary, Func<WorkOrderService, WorkshopMember, Guid, uint, CancellationToken, Task<WorkOrderDetail?>> apply)
    {
        api.MapPost($"/{{id:guid}}/{action}", async Task<Results<Ok<WorkOrderDetail>, NotFound>> (Guid id, WorkshopMember member, WorkOrderService service, HttpContext http, CancellationToken cancellationToken) =>
        {
            member.Demand(Area.WorkOrders, Operation.Change);
            var version = http.Request.RequireIfMatch();
            if (await apply(service, member, id, version, cancellationToken) is not { } changed)
            {
                return TypedResults.NotFound();
            }

            http.Response.SetETag(changed.Version);
            return TypedResults.Ok(changed);
        })
            .WithName(name).WithSummary(summary)
            .WithDescription("Needs `If-Match`. An action the order's status does not allow is 409 with the rule broken.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    /// <param name="id">The work order.</param>
    /// <param name="stepId">The step of the order.</param>
    /// <param name="request">What happened, when, by whom, and the lots scanned.</param>
    private static async Task<Results<Ok<WorkOrderDetail>, ValidationProblem, NotFound>> RecordProgressAsync(
        Guid id, Guid stepId, RecordProgressRequest request, WorkshopMember member, ProgressRecorder recorder, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        Answer(await recorder.RecordAsync(member, id, stepId, request, cancellationToken), http, text);

    private static Results<Ok<WorkOrderDetail>, ValidationProblem, NotFound> Answer(Validated<WorkOrderDetail>? result, HttpContext http, IStringLocalizer<SharedResource> text)
    {
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        if (result.Value is not { } detail)
        {
            return result.ToValidationProblem(text);
        }

        http.Response.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }
}
