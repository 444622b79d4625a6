using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// A session ends after two idle hours (the cookie slides) and, however busy, twelve hours after the password
/// was typed. The sign-in time rides in the cookie's properties, which the security-stamp refresh keeps.
/// </summary>
public static class SessionLifetime
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
        !properties.Items.TryGetValue(SignedInAtItem, out var value)
        || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
        || now - signedInAt >= Absolute;

    /// <summary>Stamps the sign-in time, and rejects a cookie after Identity's stamp check when it is too old.</summary>
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
            if (context.Principal is not null && HasExpired(context.Properties, Clock(context.HttpContext).GetUtcNow()))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            }
        };
    }

    private static TimeProvider Clock(HttpContext http) => http.RequestServices.GetRequiredService<TimeProvider>();
}
