using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.WorkOrders;

internal static class WorkOrdersEndpoints
{
    public static void MapWorkOrdersApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("work-orders", "Work orders");

        api.MapGet("/", ListAsync)
            .WithName("ListWorkOrders")
            .WithSummary("List work orders")
            .WithDescription("Newest first, one page at a time. Pass `nextCursor` back as `cursor` for the next page. "
                + "Filters: `late=overdue|expected`, `hold=true`, `stationId`, `productId`, `workerId`, `dueFrom`, `dueTo` (yyyy-MM-dd).");
        api.MapGet("/counts", CountsAsync)
            .WithName("CountWorkOrders")
            .WithSummary("Count overdue, expected-late and on-hold work orders")
            .WithDescription("Among the orders the other filters of the list select (`late` and `hold` are ignored): the counts its filter chips show.");
        api.MapWorkOrderReads();
        api.MapWorkOrderWrites();
        Progress.CloseShortEndpoints.MapCloseShort(api);
    }

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<WorkOrderSummary>>, ValidationProblem>> ListAsync(
        WorkshopMember member,
        WorkOrderListService service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] WorkOrderQueryParameters filters,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = filters.Read(errors, text);
        Paging.Validate(limit, cursor, WorkOrderListService.ReadsCursor, errors, text);

        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await service.ListPageAsync(member, filter, cursor, limit, cancellationToken));
    }

    private static async Task<Results<Ok<AttentionCounts>, ValidationProblem>> CountsAsync(
        WorkshopMember member,
        WorkOrderListService service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] WorkOrderQueryParameters filters)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = filters.Read(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await service.CountsAsync(member, filter, cancellationToken));
    }
}
