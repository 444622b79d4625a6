using Microsoft.AspNetCore.CookiePolicy;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// Browser-side hardening on every response: a content security policy the pages really run under, no
/// sniffing, no framing, same-origin referrers, and only the device features the app will use. Every cookie
/// is HTTP-only and same-site Lax, and secure whenever the request came over HTTPS.
/// </summary>
internal static class SecurityHosting
{
    /// <summary>
    /// Blazor Server and MudBlazor load only their own scripts and connect back over their own WebSocket; MudBlazor
    /// sets inline styles (popover positions, grid widths), hence 'unsafe-inline' for styles only.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The Scalar reference at <c>/api/docs</c> starts itself with an inline script and builds its styles and
    /// workers at run time, so that one path gets inline scripts and blob workers; it shows only the public
    /// OpenAPI document, and a bearer key typed into it goes to this site only (connect-src stays 'self').
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>The camera only for this site (badge and QR scanning on the tablets); everything else off.</summary>
    public const string PermissionsPolicy = "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    public const string ApiReferencePath = "/api/docs";

    public static void AddMesSecurity(this WebApplicationBuilder builder) =>
        builder.Services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;

            // Always secure would lose the language and workshop choice on a plain-HTTP workshop LAN; the sign-in
            // cookie sets its own Always policy, which this minimum does not weaken.
            options.Secure = CookieSecurePolicy.SameAsRequest;
        });

    /// <summary>First in the pipeline, so error pages, redirects and rate-limit answers carry the headers too.</summary>
    public static void UseMesSecurity(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                Apply(http.Request.Path, http.Response.Headers);
                return Task.CompletedTask;
            });
            return next(http);
        });
        app.UseCookiePolicy();
    }

    public static void Apply(PathString path, IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = path.StartsWithSegments(ApiReferencePath) ? ApiReferencePolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
    }
}
