using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Changes;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.WorkOrders.Progress;

/// <summary>
/// Ending an order short of its quantity with a reason (ADR 0035): the one way to close an order that made nothing
/// good, which completing refuses. The reason stays on the order and shows on its timeline.
/// </summary>
internal sealed class OrderClosing(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int ReasonMaxLength = 500;

    /// <summary>Null when there is no such order here.</summary>
    public async Task<Validated<WorkOrderDetail>?> CloseShortAsync(WorkshopMember member, Guid id, uint version, string? reason, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Change);
        var checks = new FieldChecks(text);
        checks.Note("reason", reason, ReasonMaxLength, required: true);
        if (checks.Errors.Count > 0)
        {
            return new Validated<WorkOrderDetail>(null, checks.Errors);
        }

        await using var db = member.OpenData(contexts);
        var order = await db.WorkOrders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        RowVersions.Expect(db, order, version);
        order.CloseShort(reason!, clock.GetUtcNow());
        await ChangePublisher.SaveAndPublishAsync(db, new WorkshopChange(order.WorkshopId, ChangeKind.OrderStatusChanged, order.Id), cancellationToken);

        await using var read = member.OpenData(contexts);
        var detail = await WorkOrderReader.DetailAsync(read, id, member.Workshop.Today(clock), cancellationToken);
        return new Validated<WorkOrderDetail>(detail, new Dictionary<string, string[]>());
    }
}

/// <summary><c>POST /api/v1/work-orders/{id}/close-short</c>.</summary>
internal static class CloseShortEndpoints
{
    public static RouteGroupBuilder MapCloseShort(this RouteGroupBuilder api)
    {
        api.MapPost("/{id:guid}/close-short", CloseShortAsync)
            .WithName("CloseWorkOrderShort").WithSummary("Close a work order short of its quantity")
            .WithDescription("Ends an order whose steps are all finished short of its quantity, even with nothing good made, with a reason that stays on the timeline. Completing an order with nothing good is refused (409 `work_order.nothing_made`); this is the way to close it. Needs `If-Match`.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        return api;
    }

    /// <param name="id">The work order.</param>
    /// <param name="request">Why the order ends short.</param>
    private static async Task<Results<Ok<WorkOrderDetail>, ValidationProblem, NotFound>> CloseShortAsync(
        Guid id, CloseShortRequest request, WorkshopMember member, OrderClosing closing, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Change);
        var version = http.Request.RequireIfMatch();
        var result = await closing.CloseShortAsync(member, id, version, request.Reason, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        if (result.Value is not { } detail)
        {
            return TypedResults.ValidationProblem(result.Errors, title: text["Problem.Validation"]);
        }

        http.Response.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }
}
