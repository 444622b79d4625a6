using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders.Timeline;
using Workshop.Mes.Web.Features.WorkOrders.Traveller;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>One work order, its shortages, its timeline, its traveller, and the list as a file.</summary>
internal static class WorkOrderReadEndpoints
{
    private static readonly ExportColumn<WorkOrderSummary>[] _columns =
    [
        new("WorkOrders.Number", w => w.Number),
        new("WorkOrders.ProductCode", w => w.ProductCode),
        new("WorkOrders.Product", w => w.ProductName),
        new("WorkOrders.Customer", w => w.CustomerName),
        new("WorkOrders.Quantity", w => w.Quantity),
        new("WorkOrders.Unit", w => w.Unit),
        new("WorkOrders.DueDate", w => w.DueDate),
        new("WorkOrders.Priority", w => w.Priority.ToString()),
        new("WorkOrders.Status", w => w.Status.ToString()),
        new("WorkOrders.GoodQuantity", w => w.GoodQuantity),
        new("WorkOrders.Late", w => w.IsLate),
        new("WorkOrders.AtRisk", w => w.IsAtRisk),
        new("WorkOrders.Overdue", w => w.IsOverdue),
        new("WorkOrders.ExpectedLate", w => w.IsExpectedLate),
        new("WorkOrders.LateStation", w => w.LateReason?.Workstation),
        new("WorkOrders.HoursShort", w => w.LateReason?.HoursShort),
    ];

    public static void MapWorkOrderReads(this RouteGroupBuilder api)
    {
        api.MapGet("/export", ExportAsync)
            .WithName("ExportWorkOrders").WithSummary("Download work orders as CSV or Excel")
            .WithDescription("The same filters as the list; `format` is `csv` (default) or `xlsx`.");
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("GetWorkOrder").WithSummary("Read a work order")
            .WithDescription("With steps, materials, quantities, status and the overdue, expected-late (with the reason) and at-risk flags; the `ETag` is its version for `If-Match`.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/shortages", ShortagesAsync)
            .WithName("GetWorkOrderShortages").WithSummary("Preview the components a release needs")
            .WithDescription("Per component: required, on hand in every location, promised to other open orders, and the shortage.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/timeline", TimelineAsync)
            .WithName("GetWorkOrderTimeline").WithSummary("Everything that happened to a work order")
            .WithDescription("Status changes, production events, defects, consumption, output lots and shipments, oldest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id:guid}/traveller.pdf", TravellerAsync)
            .WithName("GetWorkOrderTraveller").WithSummary("The printable traveller as PDF")
            .WithDescription("`size=a4` (default) for the full sheet with step QR codes, `size=label` for a 100 × 60 mm label.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <param name="id">The work order.</param>
    private static async Task<Results<Ok<WorkOrderDetail>, NotFound>> GetAsync(Guid id, WorkshopMember member, WorkOrderService service, HttpContext http, CancellationToken cancellationToken)
    {
        if (await service.GetAsync(member, id, cancellationToken) is not { } detail)
        {
            return TypedResults.NotFound();
        }

        http.Response.SetETag(detail.Version);
        return TypedResults.Ok(detail);
    }

    /// <param name="id">The work order.</param>
    private static async Task<Results<Ok<IReadOnlyList<MaterialShortage>>, NotFound>> ShortagesAsync(Guid id, WorkshopMember member, WorkOrderService service, CancellationToken cancellationToken) =>
        await service.ShortagesAsync(member, id, cancellationToken) is { } shortages ? TypedResults.Ok(shortages) : TypedResults.NotFound();

    /// <param name="id">The work order.</param>
    private static async Task<Results<Ok<IReadOnlyList<TimelineEntry>>, NotFound>> TimelineAsync(Guid id, WorkshopMember member, WorkOrderTimeline timeline, CancellationToken cancellationToken) =>
        await timeline.ForAsync(member, id, cancellationToken) is { } entries ? TypedResults.Ok(entries) : TypedResults.NotFound();

    /// <param name="id">The work order.</param>
    /// <param name="size">`a4` or `label`.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> TravellerAsync(
        Guid id, WorkshopMember member, TravellerService travellers, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken, string? size = null)
    {
        TravellerSize? parsed = size?.ToLowerInvariant() switch
        {
            null or "" or "a4" => TravellerSize.A4,
            "label" => TravellerSize.Label,
            _ => null,
        };
        if (parsed is not { } chosen)
        {
            member.Demand(Area.WorkOrders, Operation.Read);
            return text.FieldProblem("size", text["Traveller.Validation.Size"]);
        }

        if (await travellers.SheetAsync(member, id, cancellationToken) is not { } sheet)
        {
            return TypedResults.NotFound();
        }

        var suffix = chosen == TravellerSize.Label ? "-label" : string.Empty;
        return TypedResults.File(TravellerPdf.Render(sheet, chosen, text), "application/pdf", $"{sheet.Order.Number}{suffix}.pdf");
    }

    /// <param name="format">`csv` or `xlsx`.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        WorkshopMember member, WorkOrderListService service, TimeProvider clock, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken,
        [AsParameters] WorkOrderQueryParameters filters, string? format = null)
    {
        member.Demand(Area.WorkOrders, Operation.Export);
        var errors = new Dictionary<string, string[]>();
        var filter = filters.Read(errors, text);
        TableExport.Validate(format, errors, text);
        if (errors.Count > 0 || !TableExport.TryParse(format, out var parsed))
        {
            return errors.ToValidationProblem(text);
        }

        var rows = await service.ExportAsync(member, filter, cancellationToken);
        return TableExport.File(rows, _columns, "work-orders", parsed, text, member.Workshop.Today(clock));
    }
}
