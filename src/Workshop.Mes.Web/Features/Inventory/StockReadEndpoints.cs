using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>Stock reads: on hand, the ledger, lots and their genealogy, reorder alerts, the count sheet, and their downloads, each through its own query service.</summary>
internal static class StockReadEndpoints
{
    public static void MapStockReads(this RouteGroupBuilder api)
    {
        api.MapGet("/count-sheet", CountSheetAsync)
            .WithName("GetCountSheet").WithSummary("The count sheet of a location")
            .WithDescription("What the ledger says is at the location now, line by line (item × lot), to print and count against.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/on-hand", OnHandAsync)
            .WithName("ListOnHand").WithSummary("On hand by item × lot × location")
            .WithDescription("Balances with the lot's expiry date; zero balances only with `includeZero=true`. Pass `nextCursor` back as `cursor` for the next page.");
        api.MapGet("/on-hand/export", ExportOnHandAsync)
            .WithName("ExportOnHand").WithSummary("Download on hand as CSV or Excel")
            .WithDescription("The same filters and sort as the list.");
        api.MapGet("/movements", LedgerAsync)
            .WithName("ListStockMovements").WithSummary("The stock ledger")
            .WithDescription("Every movement, newest first. `from` and `to` are days in the workshop's time zone, `to` included. Pass `nextCursor` back as `cursor` for the next page.");
        api.MapGet("/movements/export", ExportLedgerAsync)
            .WithName("ExportStockMovements").WithSummary("Download the ledger as CSV or Excel")
            .WithDescription("The same filters as the list; times in the workshop's time zone.");
        api.MapGet("/movements/{id:guid}", MovementAsync)
            .WithName("GetStockMovement").WithSummary("One ledger line")
            .WithDescription("A movement as the ledger shows it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/lots", LotsAsync)
            .WithName("ListLots").WithSummary("Lots")
            .WithDescription("Lots by item code and lot number, with what is on hand of each across locations.");
        api.MapGet("/lots/export", ExportLotsAsync)
            .WithName("ExportLots").WithSummary("Download lots as CSV or Excel")
            .WithDescription("The same filters as the list.");
        api.MapGet("/lots/{id:guid}/genealogy", GenealogyAsync)
            .WithName("GetLotGenealogy").WithSummary("A lot's genealogy both ways")
            .WithDescription("Forwards: the work orders that consumed the lot, their output lots and the shipments of those. Backwards: the work order that made the lot and the material lots it consumed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/reorder-alerts", ReorderAlertsAsync)
            .WithName("ListReorderAlerts").WithSummary("Items to reorder")
            .WithDescription("Items whose on hand across locations, less the outstanding material of released, running and held work orders, is below the reorder point, with a suggested quantity (back to the reorder point plus safety stock) and the lead time.");
        api.MapGet("/reorder-alerts/export", ExportReorderAlertsAsync)
            .WithName("ExportReorderAlerts").WithSummary("Download reorder alerts as CSV or Excel")
            .WithDescription("The same list.");
        api.MapGet("/reorder-alerts/purchase-list", ExportPurchaseListAsync)
            .WithName("ExportPurchaseList").WithSummary("Download a purchase list (발주 목록) as CSV or Excel")
            .WithDescription("The suggested quantity of each reorder alert with its unit, lead time and order-by date, grouped by supplier. Repeat `itemId` to list only those items' alerts; without it, every alert. 404 when an `itemId` is no item of this workshop.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <param name="locationId">The location to count.</param>
    private static async Task<Results<Ok<CountSheet>, ValidationProblem, NotFound>> CountSheetAsync(
        WorkshopMember member, CountSheetQueries service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken, Guid? locationId = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        if (locationId is not { } id)
        {
            return text.FieldProblem("locationId", text["Validation.Required"]);
        }

        return await service.CountSheetAsync(member, id, cancellationToken) is { } sheet ? TypedResults.Ok(sheet) : TypedResults.NotFound();
    }

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<OnHandRow>>, ValidationProblem>> OnHandAsync(
        WorkshopMember member,
        OnHandQueries service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] OnHandQueryParameters filters,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        var errors = new Dictionary<string, string[]>();
        var order = filters.ReadSort(errors, text);
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await service.OnHandPageAsync(member, filters.ToFilter(), order, cursor, limit, cancellationToken));
    }

    /// <param name="format">`csv` (default) or `xlsx`.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportOnHandAsync(
        WorkshopMember member,
        OnHandQueries service,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        [AsParameters] OnHandQueryParameters filters,
        string? format = null)
    {
        var errors = new Dictionary<string, string[]>();
        var order = filters.ReadSort(errors, text);
        return await ExportAsync(
            member, format, errors, text, clock, InventoryExports.OnHand, "on-hand",
            async () => await service.OnHandForExportAsync(member, filters.ToFilter(), order, cancellationToken));
    }

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<StockMovementView>>, ValidationProblem>> LedgerAsync(
        WorkshopMember member,
        LedgerQueries service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] LedgerQueryParameters filters,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        var errors = new Dictionary<string, string[]>();
        var filter = filters.Read(errors, text);
        Paging.Validate(limit, cursor, LedgerQueries.ReadsLedgerCursor, errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await service.LedgerPageAsync(member, filter, cursor, limit, cancellationToken));
    }

    /// <param name="format">`csv` (default) or `xlsx`.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportLedgerAsync(
        WorkshopMember member,
        LedgerQueries service,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        [AsParameters] LedgerQueryParameters filters,
        string? format = null)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = filters.Read(errors, text);
        return await ExportAsync(
            member, format, errors, text, clock, InventoryExports.Ledger, "stock-ledger",
            async () => (await service.LedgerForExportAsync(member, filter, cancellationToken))
                .Select(r => r with { OccurredAt = TimeZoneInfo.ConvertTime(r.OccurredAt, member.Workshop.Zone) }));
    }

    /// <param name="id">The movement.</param>
    private static async Task<Results<Ok<StockMovementView>, NotFound>> MovementAsync(Guid id, WorkshopMember member, LedgerQueries service, CancellationToken cancellationToken) =>
        await service.MovementAsync(member, id, cancellationToken) is { } movement ? TypedResults.Ok(movement) : TypedResults.NotFound();

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<LotView>>, ValidationProblem>> LotsAsync(
        WorkshopMember member,
        LotQueries service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        [AsParameters] LotQueryParameters filters,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        return TypedResults.Ok(await service.LotsPageAsync(member, filters.ToFilter(), cursor, limit, cancellationToken));
    }

    /// <param name="format">`csv` (default) or `xlsx`.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportLotsAsync(
        WorkshopMember member,
        LotQueries service,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        [AsParameters] LotQueryParameters filters,
        string? format = null)
    {
        return await ExportAsync(
            member, format, [], text, clock, InventoryExports.Lots, "lots",
            async () => (await service.LotsForExportAsync(member, filters.ToFilter(), cancellationToken))
                .Select(r => r with { ReceivedAt = TimeZoneInfo.ConvertTime(r.ReceivedAt, member.Workshop.Zone) }));
    }

    /// <param name="id">The lot.</param>
    private static async Task<Results<Ok<LotGenealogy>, NotFound>> GenealogyAsync(Guid id, WorkshopMember member, LotQueries service, CancellationToken cancellationToken) =>
        await service.GenealogyAsync(member, id, cancellationToken) is { } genealogy ? TypedResults.Ok(genealogy) : TypedResults.NotFound();

    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<ReorderAlert>>, ValidationProblem>> ReorderAlertsAsync(
        WorkshopMember member,
        ReorderQueries service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        var alerts = await service.ReorderAlertsAsync(member, Operation.Read, cancellationToken);
        var offset = Paging.DecodeOffset(cursor) ?? 0;
        var next = alerts.Count > offset + limit ? Paging.EncodeOffset(offset + limit) : null;
        return TypedResults.Ok(new Page<ReorderAlert>(alerts.Skip(offset).Take(limit).ToList(), next));
    }

    /// <param name="format">`csv` (default) or `xlsx`.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportReorderAlertsAsync(
        WorkshopMember member, ReorderQueries service, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken cancellationToken, string? format = null)
    {
        return await ExportAsync(
            member, format, [], text, clock, InventoryExports.Reorder, "reorder-alerts",
            async () => await service.ReorderAlertsAsync(member, Operation.Export, cancellationToken));
    }

    /// <param name="format">`csv` (default) or `xlsx`.</param>
    /// <param name="itemId">Items whose alerts to list; none for all.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem, NotFound>> ExportPurchaseListAsync(
        WorkshopMember member, ReorderQueries service, IStringLocalizer<SharedResource> text, TimeProvider clock, CancellationToken cancellationToken,
        string? format = null, [FromQuery] Guid[]? itemId = null)
    {
        member.Demand(Area.Inventory, Operation.Export);
        var errors = new Dictionary<string, string[]>();
        TableExport.Validate(format, errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        if (await service.PurchaseListAsync(member, itemId ?? [], cancellationToken) is not { } lines)
        {
            return TypedResults.NotFound();
        }

        TableExport.TryParse(format, out var parsed);
        return TableExport.File(lines, InventoryExports.PurchaseList(text), "purchase-list", parsed, text, member.Workshop.Today(clock));
    }

    /// <summary>The one shape of every inventory download: the right to export, the format and filters checked, then the file.</summary>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync<T>(
        WorkshopMember member,
        string? format,
        Dictionary<string, string[]> errors,
        IStringLocalizer text,
        TimeProvider clock,
        IReadOnlyList<ExportColumn<T>> columns,
        string fileName,
        Func<Task<IEnumerable<T>>> rows)
    {
        member.Demand(Area.Inventory, Operation.Export);
        TableExport.Validate(format, errors, text);
        if (errors.Count > 0)
        {
            return errors.ToValidationProblem(text);
        }

        TableExport.TryParse(format, out var parsed);
        return TableExport.File(await rows(), columns, fileName, parsed, text, member.Workshop.Today(clock));
    }
}
