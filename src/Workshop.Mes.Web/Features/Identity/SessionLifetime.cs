using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// A session ends after two idle hours (the cookie slides), however busy twelve hours after the password was
/// typed, and when it is signed out. The sign-in time and the session's id ride in the cookie's properties, which
/// the security-stamp refresh and a password change keep.
/// </summary>
internal static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromHours(2);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    public const string SignedInAtItem = "mes.signed_in_at";

    public static void MarkSignedIn(AuthenticationProperties properties, DateTimeOffset now)
    {
        if (!properties.Items.ContainsKey(SignedInAtItem))
        {
            properties.Items[SignedInAtItem] = now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        }
    }

    /// <summary>True once the absolute lifetime has passed; a cookie without a sign-in time counts as expired.</summary>
    public static bool HasExpired(AuthenticationProperties properties, DateTimeOffset now) =>
        HasExpired(properties.GetString(SignedInAtItem), now);

    /// <summary>The same for a sign-in time as written by <see cref="MarkSignedIn"/>; none or unreadable counts as expired.</summary>
    public static bool HasExpired(string? signedInAt, DateTimeOffset now) =>
        !DateTimeOffset.TryParse(signedInAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) || now - at >= Absolute;

    /// <summary>
    /// Stamps the sign-in time, and after Identity's stamp check rejects a cookie that is too old or whose session
    /// was ended on the server (<see cref="AccountSessions"/>). The session's id then rides on the principal as a
    /// claim, so a live page can check its session too.
    /// </summary>
    internal static void Apply(CookieAuthenticationOptions cookie)
    {
        var validateStamp = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnSigningIn = context =>
        {
            MarkSignedIn(context.Properties, Clock(context.HttpContext).GetUtcNow());
            return Task.CompletedTask;
        };
        cookie.Events.OnValidatePrincipal = async context =>
        {
            await validateStamp(context);
            if (context.Principal is not { } principal)
            {
                return;
            }

            var session = context.Properties.GetString(AccountSessions.Kind);
            if (HasExpired(context.Properties, Clock(context.HttpContext).GetUtcNow()) || principal.UserId() is not { } userId
                || !await context.HttpContext.RequestServices.GetRequiredService<AccountSessions>().IsOpenAsync(userId, session, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            if (!principal.HasClaim(c => c.Type == MesClaims.Session) && principal.Identity is ClaimsIdentity identity)
            {
                identity.AddClaim(new Claim(MesClaims.Session, session!));
            }
        };
    }

    private static TimeProvider Clock(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>();
}
