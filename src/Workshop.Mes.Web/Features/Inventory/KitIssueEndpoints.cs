using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary><c>POST /api/v1/stock/work-orders/{workOrderId}/kit-issue</c>: a released order's whole kit to the line side (ADR 0034).</summary>
internal static class KitIssueEndpoints
{
    public static void MapKitIssueApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("stock", "Stock");
        api.MapPost("/work-orders/{workOrderId:guid}/kit-issue", IssueKitAsync).WithIdempotency()
            .WithName("IssueWorkOrderKit").WithSummary("Issue a work order's kit to the line side (자재 불출)")
            .WithDescription("Moves what the released order still needs of every component, less what already sits at the line side, from the stores (first-expiring lot first) to the line side in one posting, each transfer naming the order. Repeating it moves nothing more. Short stock is 409 `stock.kit_short` naming every short component; nothing moves.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <param name="workOrderId">The released work order.</param>
    /// <param name="request">Optionally the store to take from and the line side to issue to.</param>
    private static async Task<Results<Ok<StockPosted>, ValidationProblem, NotFound>> IssueKitAsync(
        Guid workOrderId, KitIssueRequest? request, WorkshopMember member, KitIssue kits, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await kits.IssueAsync(member, workOrderId, request ?? new KitIssueRequest(), cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Value is { } posted ? TypedResults.Ok(posted) : TypedResults.ValidationProblem(result.Errors, title: text["Problem.Validation"]);
    }
}
