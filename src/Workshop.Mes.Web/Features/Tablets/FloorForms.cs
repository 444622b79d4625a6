using Microsoft.AspNetCore.Mvc;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>
/// Where the floor pages' forms post: plain endpoints, so they can set the tablet's cookies and be rate-limited
/// (a page endpoint would count every page view too). Each answers with a redirect; a problem goes back to the
/// page as <c>?error=Code</c>, which the page shows in the person's language.
/// </summary>
internal static class FloorForms
{
    public const string PairPath = "/floor/pair";
    public const string WorkersPath = "/floor";
    public const string HomePath = "/floor/home";

    public static void MapFloorForms(this WebApplication app)
    {
        var forms = app.MapGroup("/floor").AllowAnonymous().ExcludeFromDescription();
        forms.MapPost("/pair", PairAsync).RequireRateLimiting(RateLimits.Pin);
        forms.MapPost("/sign-in/{workerId:guid}", SignInAsync).RequireRateLimiting(RateLimits.Pin);
        forms.MapPost("/sign-out", SignOutAsync);
    }

    public static string SignInPath(Guid workerId) => $"/floor/sign-in/{workerId}";

    private static async Task<IResult> PairAsync([FromForm] string? code, PairingRedemption redemption, HttpContext http, CancellationToken cancellationToken)
    {
        var (normalised, _) = FloorValidation.PairingCode(new RedeemPairingRequest(code));
        if (normalised is null)
        {
            return Back(PairPath, "CodeInvalid");
        }

        try
        {
            var redeemed = await redemption.RedeemAsync(normalised, http.Connection.RemoteIpAddress?.ToString(), cancellationToken);
            if (redeemed is not { } done)
            {
                return Back(PairPath, "CodeInvalid");
            }

            FloorCookies.SetDevice(http, done.Pairing.DeviceToken, done.At);
            FloorCookies.ClearWorker(http);
            return TypedResults.LocalRedirect(WorkersPath);
        }
        catch (DomainRuleException rule) when (rule.Code is "pairing.used" or "pairing.expired")
        {
            return Back(PairPath, rule.Code == "pairing.used" ? "PairingUsed" : "PairingExpired");
        }
    }

    private static async Task<IResult> SignInAsync(
        Guid workerId, [FromForm] string? pin, FloorCredentials credentials, FloorSignInService service, HttpContext http, CancellationToken cancellationToken)
    {
        var check = await credentials.CheckAsync(http.Request.Cookies[FloorCookies.Device], http.Request.Cookies[FloorCookies.Worker], cancellationToken);
        if (Refused(check, http) is { } refused)
        {
            return refused;
        }

        var request = new WorkerSignInRequest(workerId, null, pin);
        var back = SignInPath(workerId);
        if (FloorValidation.SignIn(request) is [var error, ..])
        {
            return Back(back, error.Code);
        }

        var result = await service.SignInAsync(check.Tablet!, request, http.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        switch (result.Status)
        {
            case PinSignInStatus.SignedIn:
                // The pages serve one worker at a time: whoever was signed in on this tablet is signed out.
                if (check.Worker is { } previous)
                {
                    await service.SignOutAsync(check.Tablet!, previous.SessionId, cancellationToken);
                }

                FloorCookies.SetWorker(http, result.Session!.SessionToken, result.Session.EndsAt);
                return TypedResults.LocalRedirect(HomePath);
            case PinSignInStatus.WrongPin:
                return TypedResults.LocalRedirect($"{back}?error=WrongPin&left={result.RemainingAttempts}");
            case PinSignInStatus.Locked:
                return TypedResults.LocalRedirect($"{back}?error=Locked&minutes={result.LockedMinutes}");
            case PinSignInStatus.NoPin:
                return Back(back, "NoPin");
            default:
                return Back(WorkersPath, "UnknownWorker");
        }
    }

    private static async Task<IResult> SignOutAsync(FloorCredentials credentials, FloorSignInService service, HttpContext http, CancellationToken cancellationToken)
    {
        var check = await credentials.CheckAsync(http.Request.Cookies[FloorCookies.Device], http.Request.Cookies[FloorCookies.Worker], cancellationToken);
        if (Refused(check, http) is { } refused)
        {
            return refused;
        }

        if (check.Worker is { } worker)
        {
            await service.SignOutAsync(check.Tablet!, worker.SessionId, cancellationToken);
        }

        FloorCookies.ClearWorker(http);
        return Back(WorkersPath, "SignedOut");
    }

    /// <summary>A tablet that was never paired goes to pairing; a removed one also loses its cookies and is told why.</summary>
    public static IResult? Refused(FloorCheck check, HttpContext http)
    {
        switch (check.Refusal)
        {
            case FloorRefusal.NoDevice:
                return TypedResults.LocalRedirect(PairPath);
            case FloorRefusal.DeviceRemoved:
                FloorCookies.ClearAll(http);
                return Back(PairPath, "Removed");
            default:
                return null;
        }
    }

    private static IResult Back(string path, string error) => TypedResults.LocalRedirect($"{path}?error={error}");
}
