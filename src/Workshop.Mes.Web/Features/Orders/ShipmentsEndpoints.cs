using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary><c>/api/v1/shipments</c>: the same <see cref="ShipmentService"/> the shipment pages use.</summary>
internal static class ShipmentsEndpoints
{
    public static void MapShipmentsApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("shipments", "Shipments");

        api.MapGet("/", ListAsync)
            .WithName("ListShipments")
            .WithSummary("List shipments")
            .WithDescription("Latest first unless `sort` says otherwise (`shippedAt`, `-shippedAt`, `number`, `-number`). `onTime` compares the real ship date with each line's due date in the workshop's time zone.");
        api.MapGet("/export", ExportAsync)
            .WithName("ExportShipments")
            .WithSummary("Download shipments as CSV or Excel")
            .WithDescription("The same filters as the list; ship times in the workshop's time zone, headers in the caller's language.");
        api.MapGet("/on-time", OnTimeAsync)
            .WithName("GetOnTimeDelivery")
            .WithSummary("On-time delivery rate")
            .WithDescription("Shipped lines (each shipment line once) that left on or before their due date, in the workshop's calendar. `rate` is null until something has shipped.");
        api.MapPost("/", CreateAsync)
            .WithName("CreateShipment")
            .WithSummary("Ship finished lots against a customer order")
            .WithDescription("Takes each lot out of its location through the stock ledger and books the order lines, in one transaction. The lot must be of the line's product; shipping more than is left on a line or more than is on hand is refused (409).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency();
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetShipment")
            .WithSummary("Read a shipment")
            .WithDescription("Its lines with order line, lot, quantity and whether each left on time.");
        api.MapGet("/{id:guid}/statement.pdf", StatementAsync)
            .WithName("GetShipmentStatement")
            .WithSummary("The shipment's delivery statement (거래명세서) as PDF")
            .WithDescription("A4 in the usual Korean layout, in the caller's language: supplier and customer, one row per order line with quantity, unit price (the product's standard cost), supply amount, 10 % VAT and the lots shipped, the totals in won and a box for the receiver's signature.");
    }

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<ShipmentSummary>>, ValidationProblem>> ListAsync(
        WorkshopMember member,
        ShipmentService service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] ShipmentQueryParameters filters,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        var order = filters.ReadSort(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await service.ListPageAsync(member, filters.ToFilter(), order, cursor, limit, cancellationToken));
    }

    /// <param name="format">csv (default) or xlsx.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        WorkshopMember member,
        ShipmentService service,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        [AsParameters] ShipmentQueryParameters filters,
        string? format = null)
    {
        member.Demand(Area.Orders, Operation.Export);
        var errors = new Dictionary<string, string[]>();
        TableExport.Validate(format, errors, text);
        var order = filters.ReadSort(errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        TableExport.TryParse(format, out var parsed);
        var rows = await service.ExportAsync(member, filters.ToFilter(), order, cancellationToken);
        var zone = member.Workshop.Zone;
        ExportColumn<ShipmentSummary>[] columns =
        [
            new("Shipments.Number", r => r.Number),
            new("Shipments.ShippedAt", r => TimeZoneInfo.ConvertTime(r.ShippedAt, zone)),
            new("Orders.Number", r => r.CustomerOrderNumber),
            new("Orders.Customer", r => r.CustomerName),
            new("Shipments.Lots", r => r.Lots),
            new("Orders.Quantity", r => r.Quantity),
            new("Shipments.OnTime", r => r.OnTime ? text["Shipments.OnTimeYes"].Value : text["Shipments.Late"].Value),
        ];
        return TableExport.File(rows, columns, "shipments", parsed, text, member.Workshop.Today(clock));
    }

    private static async Task<Ok<OnTimeDeliveryView>> OnTimeAsync(WorkshopMember member, ShipmentService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.OnTimeAsync(member, cancellationToken));

    private static async Task<Results<Created<ShipmentView>, ValidationProblem, NotFound>> CreateAsync(
        ShipmentRequest request, WorkshopMember member, ShipmentService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await service.CreateAsync(member, request, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Value is { } shipped
            ? TypedResults.Created($"/api/v1/shipments/{shipped.Id}", shipped)
            : result.ToValidationProblem(text);
    }

    /// <param name="id">The shipment's id.</param>
    private static async Task<Results<FileContentHttpResult, NotFound>> StatementAsync(
        Guid id, WorkshopMember member, ShipmentService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        await service.StatementAsync(member, id, cancellationToken) is { } statement
            ? TypedResults.File(DeliveryStatementPdf.Render(statement, text), "application/pdf", $"{text["Shipments.Statement.FileName", statement.Number]}.pdf")
            : TypedResults.NotFound();

    /// <param name="id">The shipment's id.</param>
    private static async Task<Results<Ok<ShipmentView>, NotFound>> GetAsync(Guid id, WorkshopMember member, ShipmentService service, CancellationToken cancellationToken) =>
        await service.GetAsync(member, id, cancellationToken) is { } shipment ? TypedResults.Ok(shipment) : TypedResults.NotFound();
}
