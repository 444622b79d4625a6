using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>Stock postings through <see cref="StockPostingService"/>: receipts, issues, transfers, adjustments and counts.</summary>
internal static class StockPostingEndpoints
{
    private const string Refusal = "Refused with 409 (`stock.insufficient`, naming what is on hand) when it would take stock below zero and the workshop does not allow negative stock.";

    public static void MapStockPostings(this RouteGroupBuilder api)
    {
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
            : result.ToValidationProblem(text);
    }

    private static async Task<Results<Created<StockPosted>, ValidationProblem>> PostedAsync(Task<Validated<StockPosted>> posting, IStringLocalizer<SharedResource> text)
    {
        var result = await posting;
        return result.Value is { } posted
            ? TypedResults.Created($"/api/v1/stock/movements/{posted.Movements[0].Id}", posted)
            : result.ToValidationProblem(text);
    }
}
