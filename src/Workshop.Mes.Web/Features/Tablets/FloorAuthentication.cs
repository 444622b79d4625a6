using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>
/// The "Floor" scheme: a tablet's device credential (<c>Authorization: Device …</c> or the <c>mes.device</c>
/// cookie) and, optionally, a worker session (<c>X-Worker-Session</c> or the <c>mes.worker</c> cookie). A revoked
/// or unknown device fails at once; a valid device alone is a device principal, allowed only on tablet endpoints.
/// </summary>
internal sealed class FloorAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    FloorCredentials credentials) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Floor";
    public const string DeviceAuthorization = "Device";
    public const string SessionHeader = "X-Worker-Session";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var fromHeader = header.StartsWith(DeviceAuthorization + " ", StringComparison.OrdinalIgnoreCase);
        if (!fromHeader && header.Length > 0)
        {
            // Another scheme's credential (an API key): not ours to judge.
            return AuthenticateResult.NoResult();
        }

        var deviceToken = fromHeader ? header[(DeviceAuthorization.Length + 1)..] : Request.Cookies[FloorCookies.Device];
        var sessionHeader = Request.Headers[SessionHeader].FirstOrDefault();
        var check = await credentials.CheckAsync(deviceToken, sessionHeader ?? Request.Cookies[FloorCookies.Worker], Context.RequestAborted);

        switch (check.Refusal)
        {
            case FloorRefusal.NoDevice:
                return AuthenticateResult.NoResult();
            case FloorRefusal.DeviceRemoved:
                return AuthenticateResult.Fail("Unknown or revoked tablet.");
            case FloorRefusal.SessionEnded when sessionHeader is not null:
                // The tablet app asked as a worker: tell it the worker must sign in again rather than quietly downgrade.
                return AuthenticateResult.Fail("The worker session has ended.");
            case FloorRefusal.SessionEnded:
                // A stale cookie in a browser: carry on as the bare tablet, so it can still sign a worker in.
                check = check with { Refusal = FloorRefusal.None, Worker = null };
                break;
        }

        Context.Items[typeof(FloorCheck)] = check;
        return AuthenticateResult.Success(new AuthenticationTicket(check.Principal(SchemeName)!, SchemeName));
    }
}
