using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Exports;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary><c>/api/v1/stock</c>: postings through <see cref="StockPostingService"/>, reads through the on-hand, ledger, lot, reorder and count-sheet queries.</summary>
internal static class InventoryEndpoints
{
    private const string Refusal = "Refused with 409 (`stock.insufficient`, naming what is on hand) when it would take stock below zero and the workshop does not allow negative stock.";

    public static void MapInventoryApi(this WebApplication app)
    {
        var api = app.MapWorkshopApi("stock", "Stock");

        api.MapPost("/receipts", ReceiveAsync).WithIdempotency()
            .WithName("ReceiveStock").WithSummary("Receive material (입고)")
            .WithDescription("Books material into a location. A lot-tracked item needs `lotNumber`; an existing lot of the same item and number is reused, otherwise the lot is created with the supplier and expiry date.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/issues", IssueAsync).WithIdempotency()
            .WithName("IssueStock").WithSummary("Issue stock (출고)")
            .WithDescription($"Takes stock out of a location, optionally for a work order. {Refusal}")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/transfers", TransferAsync).WithIdempotency()
            .WithName("TransferStock").WithSummary("Move stock between locations")
            .WithDescription($"Two ledger lines with one transfer id: out of `fromLocationId`, into `toLocationId`. {Refusal}")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/adjustments", AdjustAsync).WithIdempotency()
            .WithName("AdjustStock").WithSummary("Adjust stock with a reason")
            .WithDescription($"Either a signed `quantity` (+ found, − lost) or the `newQuantity` the balance should have, and a `reason`. {Refusal}")
            .ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/counts", CountAsync).WithIdempotency()
            .WithName("SubmitCycleCount").WithSummary("Submit a counted sheet (재고 실사)")
            .WithDescription("Each line whose count differs from the ledger becomes one count correction with the reason, all in one transaction; matching lines change nothing.")
            .ProducesProblem(StatusCodes.Status409Conflict);

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
    }

    /// <param name="request">What arrived, where, and its lot.</param>
    private static Task<Results<Created<StockPosted>, ValidationProblem>> ReceiveAsync(
        ReceiptRequest request, WorkshopMember member, StockPostingService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        PostedAsync(service.ReceiveAsync(member, request, cancellationToken), text);

    /// <param name="request">What leaves which location, from which lot.</param>
    private static Task<Results<Created<StockPosted>, ValidationProblem>> IssueAsync(
        IssueRequest request, WorkshopMember member, StockPostingService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        PostedAsync(service.IssueAsync(member, request, cancellationToken), text);

    /// <param name="request">What moves, from where to where.</param>
    private static Task<Results<Created<StockPosted>, ValidationProblem>> TransferAsync(
        TransferRequest request, WorkshopMember member, StockPostingService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        PostedAsync(service.TransferAsync(member, request, cancellationToken), text);

    /// <param name="request">The balance to correct, by how much or to what, and why.</param>
    private static Task<Results<Created<StockPosted>, ValidationProblem>> AdjustAsync(
        AdjustmentRequest request, WorkshopMember member, StockPostingService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        PostedAsync(service.AdjustAsync(member, request, cancellationToken), text);

    /// <param name="request">The location, the reason and the counted lines.</param>
    private static async Task<Results<Created<CountResult>, ValidationProblem>> CountAsync(
        CountRequest request, WorkshopMember member, StockPostingService service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await service.CountAsync(member, request, cancellationToken);
        return result.Value is { } counted
            ? TypedResults.Created($"/api/v1/stock/movements?locationId={request.LocationId}&kind=CountCorrection", counted)
            : TypedResults.ValidationProblem(result.Errors, title: text["Problem.Validation"]);
    }

    /// <param name="locationId">The location to count.</param>
    private static async Task<Results<Ok<CountSheet>, ValidationProblem, NotFound>> CountSheetAsync(
        WorkshopMember member, CountSheetQueries service, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken, Guid? locationId = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        if (locationId is not { } id)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["locationId"] = [text["Validation.Required"]] }, title: text["Problem.Validation"]);
        }

        return await service.CountSheetAsync(member, id, cancellationToken) is { } sheet ? TypedResults.Ok(sheet) : TypedResults.NotFound();
    }

    /// <param name="itemId">Only this item.</param>
    /// <param name="locationId">Only this location.</param>
    /// <param name="lotId">Only this lot.</param>
    /// <param name="search">Part of the item code or name, lot number or location name.</param>
    /// <param name="includeZero">Also list balances that are at zero.</param>
    /// <param name="sort">Item (default), Location, Lot, OnHand or Expiry, each also …Descending.</param>
    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<OnHandRow>>, ValidationProblem>> OnHandAsync(
        WorkshopMember member,
        OnHandQueries service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        Guid? itemId = null,
        Guid? locationId = null,
        Guid? lotId = null,
        string? search = null,
        bool includeZero = false,
        string? sort = null,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        var errors = new Dictionary<string, string[]>();
        var order = ParseSort(sort, errors, text);
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: text["Problem.Validation"]);
        }

        var filter = new OnHandFilter(itemId, locationId, lotId, search, includeZero);
        return TypedResults.Ok(await service.OnHandPageAsync(member, filter, order, cursor, limit, cancellationToken));
    }

    /// <param name="format">`csv` (default) or `xlsx`.</param>
    /// <param name="itemId">Only this item.</param>
    /// <param name="locationId">Only this location.</param>
    /// <param name="lotId">Only this lot.</param>
    /// <param name="search">Part of the item code or name, lot number or location name.</param>
    /// <param name="includeZero">Also list balances that are at zero.</param>
    /// <param name="sort">As for the list.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportOnHandAsync(
        WorkshopMember member,
        OnHandQueries service,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        string? format = null,
        Guid? itemId = null,
        Guid? locationId = null,
        Guid? lotId = null,
        string? search = null,
        bool includeZero = false,
        string? sort = null)
    {
        var errors = new Dictionary<string, string[]>();
        var order = ParseSort(sort, errors, text);
        return await ExportAsync(
            member, format, errors, text, clock, InventoryExports.OnHand, "on-hand",
            async () => await service.OnHandForExportAsync(member, new OnHandFilter(itemId, locationId, lotId, search, includeZero), order, cancellationToken));
    }

    /// <param name="itemId">Only this item.</param>
    /// <param name="lotId">Only this lot.</param>
    /// <param name="locationId">Only this location.</param>
    /// <param name="kind">Only this kind of movement, e.g. `Receipt` or `CountCorrection`.</param>
    /// <param name="from">First day (`yyyy-MM-dd`, in the workshop's time zone).</param>
    /// <param name="to">Last day (`yyyy-MM-dd`, in the workshop's time zone), included.</param>
    /// <param name="workOrderId">Only movements for this work order.</param>
    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<StockMovementView>>, ValidationProblem>> LedgerAsync(
        WorkshopMember member,
        LedgerQueries service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        Guid? itemId = null,
        Guid? lotId = null,
        Guid? locationId = null,
        string? kind = null,
        string? from = null,
        string? to = null,
        Guid? workOrderId = null,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        var errors = new Dictionary<string, string[]>();
        var filter = LedgerFilterOf(itemId, lotId, locationId, kind, from, to, workOrderId, errors, text);
        Paging.Validate(limit, cursor, LedgerQueries.ReadsLedgerCursor, errors, text);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: text["Problem.Validation"]);
        }

        return TypedResults.Ok(await service.LedgerPageAsync(member, filter, cursor, limit, cancellationToken));
    }

    /// <param name="format">`csv` (default) or `xlsx`.</param>
    /// <param name="itemId">Only this item.</param>
    /// <param name="lotId">Only this lot.</param>
    /// <param name="locationId">Only this location.</param>
    /// <param name="kind">Only this kind of movement.</param>
    /// <param name="from">First day (`yyyy-MM-dd`, in the workshop's time zone).</param>
    /// <param name="to">Last day, included.</param>
    /// <param name="workOrderId">Only movements for this work order.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportLedgerAsync(
        WorkshopMember member,
        LedgerQueries service,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        string? format = null,
        Guid? itemId = null,
        Guid? lotId = null,
        Guid? locationId = null,
        string? kind = null,
        string? from = null,
        string? to = null,
        Guid? workOrderId = null)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = LedgerFilterOf(itemId, lotId, locationId, kind, from, to, workOrderId, errors, text);
        return await ExportAsync(
            member, format, errors, text, clock, InventoryExports.Ledger, "stock-ledger",
            async () => (await service.LedgerForExportAsync(member, filter, cancellationToken))
                .Select(r => r with { OccurredAt = TimeZoneInfo.ConvertTime(r.OccurredAt, member.Workshop.Zone) }));
    }

    /// <param name="id">The movement.</param>
    private static async Task<Results<Ok<StockMovementView>, NotFound>> MovementAsync(Guid id, WorkshopMember member, LedgerQueries service, CancellationToken cancellationToken) =>
        await service.MovementAsync(member, id, cancellationToken) is { } movement ? TypedResults.Ok(movement) : TypedResults.NotFound();

    /// <param name="itemId">Only lots of this item.</param>
    /// <param name="search">Part of the lot number, item code or name, or supplier.</param>
    /// <param name="limit">Page size, 1 to 500 (default 50).</param>
    /// <param name="cursor">The `nextCursor` of the previous page.</param>
    private static async Task<Results<Ok<Page<LotView>>, ValidationProblem>> LotsAsync(
        WorkshopMember member,
        LotQueries service,
        IStringLocalizer<SharedResource> text,
        CancellationToken cancellationToken,
        Guid? itemId = null,
        string? search = null,
        int limit = Paging.DefaultLimit,
        string? cursor = null)
    {
        member.Demand(Area.Inventory, Operation.Read);
        var errors = new Dictionary<string, string[]>();
        Paging.Validate(limit, cursor, Paging.ReadsOffset, errors, text);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: text["Problem.Validation"]);
        }

        return TypedResults.Ok(await service.LotsPageAsync(member, new LotFilter(itemId, search), cursor, limit, cancellationToken));
    }

    /// <param name="format">`csv` (default) or `xlsx`.</param>
    /// <param name="itemId">Only lots of this item.</param>
    /// <param name="search">Part of the lot number, item code or name, or supplier.</param>
    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportLotsAsync(
        WorkshopMember member,
        LotQueries service,
        IStringLocalizer<SharedResource> text,
        TimeProvider clock,
        CancellationToken cancellationToken,
        string? format = null,
        Guid? itemId = null,
        string? search = null)
    {
        return await ExportAsync(
            member, format, [], text, clock, InventoryExports.Lots, "lots",
            async () => (await service.LotsForExportAsync(member, new LotFilter(itemId, search), cancellationToken))
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
            return TypedResults.ValidationProblem(errors, title: text["Problem.Validation"]);
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

    private static async Task<Results<Created<StockPosted>, ValidationProblem>> PostedAsync(Task<Validated<StockPosted>> posting, IStringLocalizer<SharedResource> text)
    {
        var result = await posting;
        return result.Value is { } posted
            ? TypedResults.Created($"/api/v1/stock/movements/{posted.Movements[0].Id}", posted)
            : TypedResults.ValidationProblem(result.Errors, title: text["Problem.Validation"]);
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
            return TypedResults.ValidationProblem(errors, title: text["Problem.Validation"]);
        }

        TableExport.TryParse(format, out var parsed);
        return TableExport.File(await rows(), columns, fileName, parsed, text, member.Workshop.Today(clock));
    }

    private static OnHandSort ParseSort(string? sort, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        if (string.IsNullOrEmpty(sort))
        {
            return OnHandSort.Item;
        }

        if (Enum.TryParse<OnHandSort>(sort, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(sort, out _))
        {
            return parsed;
        }

        errors["sort"] = [text["Inventory.Validation.Sort"]];
        return OnHandSort.Item;
    }

    internal static LedgerFilter LedgerFilterOf(
        Guid? itemId, Guid? lotId, Guid? locationId, string? kind, string? from, string? to, Guid? workOrderId, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        StockMovementKind? parsedKind = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (Enum.TryParse<StockMovementKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _))
            {
                parsedKind = k;
            }
            else
            {
                errors["kind"] = [text["Inventory.Validation.Kind"]];
            }
        }

        var fromDay = Day(from, "from", errors, text);
        var toDay = Day(to, "to", errors, text);
        if (fromDay > toDay)
        {
            errors["to"] = [text["Inventory.Validation.DateRange"]];
        }

        return new LedgerFilter(itemId, lotId, locationId, parsedKind, fromDay, toDay, workOrderId);
    }

    private static DateOnly? Day(string? value, string field, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            errors[field] = [text["Validation.Date"]];
            return null;
        }

        if (FieldChecks.DayError(day, text) is { } outOfRange)
        {
            errors[field] = [outOfRange];
            return null;
        }

        return day;
    }
}
