using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

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

    /// <summary>
    /// The tablet app under <c>/floor</c> is Blazor WebAssembly: the browser must compile the .NET runtime's WebAssembly,
    /// which needs 'wasm-unsafe-eval' (not 'unsafe-eval': no JavaScript eval). Everything else stays as strict (ADR 0050).
    /// </summary>
    public const string FloorAppPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public const string FloorAppPath = "/floor";

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

    /// <summary>
    /// Refuses (403) a write to the API that rides on a cookie but comes from anywhere other than the app's own origin
    /// (ADR 0030): a page on another port of the same host is same-site, so the browser still sends the cookies.
    /// </summary>
    public static void UseCrossSiteRefusal(this WebApplication app) =>
        app.Use(async (http, next) =>
        {
            if (!IsForeignCookieWrite(http.Request))
            {
                await next(http);
                return;
            }

            var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = text["Problem.CrossSite"],
                    Detail = text["Problem.CrossSite.Detail"],
                },
            });
        });

    /// <summary>
    /// An unsafe request to <c>/api</c> whose credential can only be a cookie (no <c>Authorization</c> header, which no
    /// page can add to another origin's request without CORS) and that the browser says came from elsewhere:
    /// <c>Sec-Fetch-Site</c> other than same-origin, or else an <c>Origin</c> other than this one. With neither
    /// header it is not a browser's cross-origin request (browsers send <c>Origin</c> on every cross-origin POST).
    /// </summary>
    public static bool IsForeignCookieWrite(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments("/api") || IsSafe(request.Method)
            || request.Headers.Authorization.Count > 0 || request.Headers.Cookie.Count == 0)
        {
            return false;
        }

        if (request.Headers["Sec-Fetch-Site"].FirstOrDefault() is { } site)
        {
            return site is not ("same-origin" or "none");
        }

        return request.Headers.Origin.FirstOrDefault() is { } origin && !IsOwnOrigin(origin, request);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);

    private static bool IsOwnOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var sender)
        && Uri.TryCreate($"{request.Scheme}://{request.Host}", UriKind.Absolute, out var own)
        && Uri.Compare(sender, own, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    public static void Apply(PathString path, IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = path.StartsWithSegments(ApiReferencePath) ? ApiReferencePolicy
            : path.StartsWithSegments(FloorAppPath) ? FloorAppPolicy
            : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
    }
}
