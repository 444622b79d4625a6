using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary><c>/api/v1/customer-orders</c>: the same <see cref="CustomerOrderQueries"/> and <see cref="CustomerOrderService"/> the order pages use.</summary>
internal static class CustomerOrdersEndpoints
{
    public static void MapCustomerOrdersApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("customer-orders", "Customer orders");

        api.MapGet("/", ListAsync)
            .WithName("ListCustomerOrders")
            .WithSummary("List customer orders")
            .WithDescription("Newest number first unless `sort` says otherwise (`number`, `-number`, `orderedOn`, `-orderedOn`, `customer`, `-customer`). Pass `nextCursor` back as `cursor` for the next page. "
                + "`late=overdue` (a line past its due date) or `late=expected` (a work order expected to finish late); `hold=true` (a work order on hold).");
        api.MapGet("/counts", CountsAsync)
            .WithName("CountCustomerOrders")
            .WithSummary("Count customer orders that are overdue, expected late or on hold")
            .WithDescription("Among the orders the other filters of the list select (`late` and `hold` are ignored): the counts its filter chips show.");
        api.MapGet("/customer-names", CustomerNamesAsync)
            .WithName("ListCustomerNames")
            .WithSummary("List the customers the workshop has taken orders from")
            .WithDescription("One entry per customer in the spelling the workshop uses (names that differ only in blanks or case are one customer), the most recently ordering first, then the most frequent. `search` matches part of the name, ignoring blanks and case. "
                + "A new order whose customer differs from one of these only in blanks or case is stored with this spelling.");
        api.MapGet("/export", ExportAsync)
            .WithName("ExportCustomerOrders")
            .WithSummary("Download customer orders as CSV or Excel")
            .WithDescription("The same filters as the list; headers in the caller's language.");
        api.MapPost("/", CreateAsync)
            .WithName("CreateCustomerOrder")
            .WithSummary("Take a customer order")
            .WithDescription("Lines name products (items of kind Product) with a quantity and due date. Field errors name the line, e.g. `lines[1].quantity`.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency();
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetCustomerOrder")
            .WithSummary("Read a customer order with its whole chain")
            .WithDescription("Lines with shipped and remaining quantities and their work orders, shipments with lots and on-time flags, and the trace from material lots through work orders to output lots. The `ETag` is the order's version.");
        api.MapPut("/{id:guid}", UpdateAsync)
            .WithName("UpdateCustomerOrder")
            .WithSummary("Edit a customer order")
            .WithDescription("Replaces the customer, order date and lines (name an existing line by `id`; lines left out are removed) while nothing is shipped and no work order of the order is released. Needs `If-Match`.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/{id:guid}/cancel", CancelAsync)
            .WithName("CancelCustomerOrder")
            .WithSummary("Cancel a customer order")
            .WithDescription("Only while nothing is shipped; the order's draft work orders are cancelled with it, released ones stay for the owner to decide. Needs `If-Match`.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        api.MapPost("/{id:guid}/work-orders", MakeWorkOrdersAsync)
            .WithName("MakeWorkOrdersForCustomerOrder")
            .WithSummary("Make work orders for a customer order")
            .WithDescription("Without `splits`: one draft work order per line that has none yet, for what is left to ship. With `splits`: the given quantities for a line, adding up to what is left on it. Lines that already have work orders are not made again.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency();
    }

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<CustomerOrderSummary>>, ValidationProblem>> ListAsync(
        WorkshopMember member,
        CustomerOrderQueries service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] CustomerOrderQueryParameters filters,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        var (filter, order) = filters.Read(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await service.ListPageAsync(member, filter, order, cursor, limit, cancellationToken));
    }

    private static async Task<Results<Ok<AttentionCounts>, ValidationProblem>> CountsAsync(
        WorkshopMember member,
        CustomerOrderQueries service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] CustomerOrderQueryParameters filters)
    {
        var errors = new Dictionary<string, string[]>();
        var (filter, _) = filters.Read(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await service.CountsAsync(member, filter, cancellationToken));
    }

    /// <param name="search">Part of the name; blanks and case are ignored.</param>
    /// <param name="limit">How many, 1 to 100 (default 20).</param>
    private static async Task<Results<Ok<IReadOnlyList<CustomerNameView>>, ValidationProblem>> CustomerNamesAsync(
        WorkshopMember member, CustomerOrderQueries service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken, string? search = null, int limit = 20)
    {
        if (limit is < 1 or > 100)
        {
            return new Dictionary<string, string[]> { ["limit"] = [text["Validation.Limit", 100]] }.ToValidationProblem(text);
        }

        return TypedResults.Ok(await service.CustomerNamesAsync(member, search, limit, cancellationToken));
    }

    /// <param name="format">csv (default) or xlsx.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        WorkshopMember member,
        CustomerOrderQueries service,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        [AsParameters] CustomerOrderQueryParameters filters,
        string? format = null)
    {
        member.Demand(Area.Orders, Operation.Export);
        var errors = new Dictionary<string, string[]>();
        TableExport.Validate(format, errors, text);
        var (filter, order) = filters.Read(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        TableExport.TryParse(format, out var parsed);
        var rows = await service.ExportAsync(member, filter, order, cancellationToken);
        ExportColumn<CustomerOrderSummary>[] columns =
        [
            new("Orders.Number", r => r.Number),
            new("Orders.Customer", r => r.CustomerName),
            new("Orders.OrderedOn", r => r.OrderedOn),
            new("Orders.Status", r => text[$"Orders.Status.{r.Status}"].Value),
            new("Orders.LineCount", r => r.LineCount),
            new("Orders.Quantity", r => r.Quantity),
            new("Orders.Shipped", r => r.ShippedQuantity),
            new("Orders.NextDue", r => r.NextDueDate),
            new("WorkOrders.Late", r => r.IsOverdue),
            new("WorkOrders.ExpectedLate", r => r.IsExpectedLate),
            new("Status.OnHold", r => r.IsOnHold),
        ];
        return TableExport.File(rows, columns, "customer-orders", parsed, text, member.Workshop.Today(clock));
    }

    private static async Task<Results<Created<CustomerOrderView>, ValidationProblem>> CreateAsync(
        CustomerOrderRequest request, WorkshopMember member, CustomerOrderService service, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await service.CreateAsync(member, request, cancellationToken);
        if (result.Value is not { } created)
        {
            return result.ToValidationProblem(text);
        }

        http.Response.SetETag(created.Version);
        return TypedResults.Created($"/api/v1/customer-orders/{created.Id}", created);
    }

    /// <param name="id">The order's id.</param>
    private static async Task<Results<Ok<CustomerOrderView>, NotFound>> GetAsync(
        Guid id, WorkshopMember member, CustomerOrderQueries service, HttpContext http, CancellationToken cancellationToken)
    {
        if (await service.GetAsync(member, id, cancellationToken) is not { } order)
        {
            return TypedResults.NotFound();
        }

        http.Response.SetETag(order.Version);
        return TypedResults.Ok(order);
    }

    /// <param name="id">The order's id.</param>
    private static async Task<Results<Ok<CustomerOrderView>, ValidationProblem, NotFound>> UpdateAsync(
        Guid id, CustomerOrderRequest request, WorkshopMember member, CustomerOrderService service, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var version = http.Request.RequireIfMatch();
        var result = await service.UpdateAsync(member, id, version, request, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        if (result.Value is not { } updated)
        {
            return result.ToValidationProblem(text);
        }

        http.Response.SetETag(updated.Version);
        return TypedResults.Ok(updated);
    }

    /// <param name="id">The order's id.</param>
    private static async Task<Results<Ok<CustomerOrderView>, NotFound>> CancelAsync(
        Guid id, WorkshopMember member, CustomerOrderService service, HttpContext http, CancellationToken cancellationToken)
    {
        var version = http.Request.RequireIfMatch();
        if (await service.CancelAsync(member, id, version, cancellationToken) is not { } cancelled)
        {
            return TypedResults.NotFound();
        }

        http.Response.SetETag(cancelled.Version);
        return TypedResults.Ok(cancelled);
    }

    /// <param name="id">The order's id.</param>
    private static async Task<Results<Ok<MadeWorkOrders>, ValidationProblem, NotFound>> MakeWorkOrdersAsync(
        Guid id, MakeWorkOrdersRequest request, WorkshopMember member, CustomerOrderService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await service.MakeWorkOrdersAsync(member, id, request, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Value is { } made
            ? TypedResults.Ok(made)
            : result.ToValidationProblem(text);
    }
}
