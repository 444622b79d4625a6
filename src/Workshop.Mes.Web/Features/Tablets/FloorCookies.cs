namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>The tablet's two cookies: its device credential (long-lived) and the signed-in worker's session (to shift end).</summary>
internal static class FloorCookies
{
    public const string Device = "mes.device";
    public const string Worker = "mes.worker";

    // Browsers cap cookie lifetimes at about 400 days; the owner revokes a tablet rather than waiting for it to expire.
    private static readonly TimeSpan _deviceLifetime = TimeSpan.FromDays(400);

    public static void SetDevice(HttpContext http, string token, DateTimeOffset now) =>
        http.Response.Cookies.Append(Device, token, Options(now + _deviceLifetime));

    public static void SetWorker(HttpContext http, string token, DateTimeOffset endsAt) =>
        http.Response.Cookies.Append(Worker, token, Options(endsAt));

    public static void ClearWorker(HttpContext http) => http.Response.Cookies.Delete(Worker, Options(null));

    public static void ClearAll(HttpContext http)
    {
        http.Response.Cookies.Delete(Device, Options(null));
        ClearWorker(http);
    }

    private static CookieOptions Options(DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Strict,
        IsEssential = true,
        Path = "/",
        Expires = expires,
    };
}
