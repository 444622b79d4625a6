using Microsoft.AspNetCore.Http.HttpResults;

namespace Workshop.Mes.Web.Hosting;

/// <summary>A choice a person makes in the app bar (language, workshop), kept for a year in a cookie.</summary>
internal static class Preference
{
    public static RedirectHttpResult RememberAndReturn(HttpContext http, string cookie, string value, string? returnUrl)
    {
        http.Response.Cookies.Append(
            cookie,
            value,
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, IsEssential = true });

        // Only paths on this site may be returned to, so a crafted link cannot bounce people elsewhere.
        return TypedResults.LocalRedirect(ReturnPath.LocalOr(returnUrl));
    }
}
