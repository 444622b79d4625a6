using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>
/// The owner's tablet API (<c>/api/v1/tablets</c>, workshop members) and the tablet's own API
/// (<c>/api/v1/floor</c>: redeem a pairing code anonymously, then workers and sessions as the paired tablet).
/// </summary>
internal static class TabletsEndpoints
{
    public static void MapTabletsEndpoints(this WebApplication app)
    {
        var owner = app.MapWorkshopApi("tablets", "Tablets");
        owner.MapGet("/", ListAsync).WithName("ListTablets").WithSummary("List the workshop's tablets")
            .WithDescription("Each tablet with when it was paired, last seen and, if so, revoked.");
        owner.MapPost("/pairings", PairAsync).WithName("PairTablet").WithSummary("Make a one-time pairing code for a new tablet")
            .WithDescription("The code (also as the link its QR code encodes) works once, for ten minutes, on the tablet.");
        owner.MapDelete("/{id:guid}", RevokeAsync).WithName("RevokeTablet").WithSummary("Revoke a tablet")
            .WithDescription("The tablet is refused from its next request on and every worker session on it ends.");

        var floor = app.MapGroup("/api/v1/floor")
            .WithTags("Floor")
            .RequireAuthorization(TabletsModule.TabletPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        floor.MapPost("/pairings/redeem", RedeemAsync).AllowAnonymous().RequireRateLimiting(RateLimits.Pin)
            .WithName("RedeemPairing").WithSummary("Enrol this tablet with the owner's pairing code")
            .WithDescription("Answers the device credential; send it as `Authorization: Device <token>` from then on.");
        floor.MapGet("/workers", WorkersAsync).WithName("ListFloorWorkers").WithSummary("The workers who can sign in on this tablet")
            .WithDescription("Name and badge code of each, for the tiles a worker taps before the PIN.");
        floor.MapPost("/sessions", SignInAsync).RequireRateLimiting(RateLimits.Pin)
            .WithName("StartWorkerSession").WithSummary("Sign a worker in with their PIN")
            .WithDescription("Answers a session token for `X-Worker-Session`; it ends at the end of the shift.");
        floor.MapDelete("/sessions/current", SignOutAsync).WithName("EndWorkerSession").WithSummary("Sign the worker out")
            .WithDescription("Ends the session sent as `X-Worker-Session` (or the worker cookie); the tablet stays paired.");
    }

    private static async Task<Ok<IReadOnlyList<TabletSummary>>> ListAsync(WorkshopMember member, TabletService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.ListAsync(member, cancellationToken));

    private static async Task<Results<Ok<TabletPairingCode>, ValidationProblem>> PairAsync(
        PairTabletRequest request, WorkshopMember member, TabletService service, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        // Permission first: a role that may not pair learns nothing from validation.
        member.Demand(Domain.Access.Area.Tablets, Domain.Access.Operation.Create);
        var errors = FloorValidation.DeviceName(request);
        if (errors.Count > 0)
        {
            return Invalid(errors, text);
        }

        var baseUri = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
        return TypedResults.Ok((await service.PairAsync(member, request, baseUri, cancellationToken)).Code);
    }

    private static async Task<Results<NoContent, NotFound>> RevokeAsync(Guid id, WorkshopMember member, TabletService service, CancellationToken cancellationToken) =>
        await service.RevokeAsync(member, id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<Ok<RedeemedPairing>, ValidationProblem>> RedeemAsync(
        RedeemPairingRequest request, PairingRedemption redemption, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var (code, errors) = FloorValidation.PairingCode(request);
        if (code is null)
        {
            return Invalid(errors, text);
        }

        var redeemed = await redemption.RedeemAsync(code, http.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        return redeemed is { } done ? TypedResults.Ok(done.Pairing) : Invalid([new FieldError("code", "CodeInvalid")], text);
    }

    private static async Task<Ok<IReadOnlyList<FloorWorkerTile>>> WorkersAsync(FloorTablet tablet, FloorSignInService service, CancellationToken cancellationToken) =>
        TypedResults.Ok(await service.WorkersAsync(tablet, cancellationToken));

    private static async Task<Results<Ok<WorkerSessionStarted>, ValidationProblem, ProblemHttpResult>> SignInAsync(
        WorkerSignInRequest request, FloorTablet tablet, FloorSignInService service, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var errors = FloorValidation.SignIn(request);
        if (errors.Count > 0)
        {
            return Invalid(errors, text);
        }

        var result = await service.SignInAsync(tablet, request, http.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        return result.Status switch
        {
            PinSignInStatus.SignedIn => TypedResults.Ok(result.Session),
            PinSignInStatus.WrongPin => FloorValidation.Localise([new FieldError("pin", "WrongPin", result.RemainingAttempts)], text)
                .ToValidationProblem(text, new Dictionary<string, object?> { ["remainingAttempts"] = result.RemainingAttempts }),
            PinSignInStatus.Locked => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: text["Problem.Conflict"],
                detail: text["Floor.Error.Locked", result.LockedMinutes],
                extensions: new Dictionary<string, object?> { ["code"] = "pin.locked", ["lockedMinutes"] = result.LockedMinutes }),
            PinSignInStatus.NoPin => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: text["Problem.Conflict"],
                detail: text["Floor.Error.NoPin"],
                extensions: new Dictionary<string, object?> { ["code"] = "pin.not_set" }),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: text["Floor.Error.UnknownWorker"]),
        };
    }

    private static async Task<NoContent> SignOutAsync(FloorTablet tablet, FloorSignInService service, HttpContext http, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(http.User.FindFirst(FloorCheck.SessionClaim)?.Value, out var sessionId))
        {
            await service.SignOutAsync(tablet, sessionId, cancellationToken);
        }

        return TypedResults.NoContent();
    }

    private static ValidationProblem Invalid(IEnumerable<FieldError> errors, IStringLocalizer text) =>
        FloorValidation.Localise(errors, text).ToValidationProblem(text);
}
