using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Workshop.Mes.Web.Features.Identity;

/// <summary>
/// Until the first account exists every page goes to <c>/setup</c>; afterwards <c>/setup</c> does not exist (404).
/// The API, health checks and static files are left alone: they have their own answers.
/// </summary>
internal sealed class SetupGate(RequestDelegate next, FirstRun firstRun)
{
    private static readonly string[] _notPages = ["/api", "/health", "/openapi", "/_framework", "/_content", "/_blazor", "/culture"];

    public async Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path;
        if (path.Equals(FirstRun.SetupPath, StringComparison.OrdinalIgnoreCase))
        {
            if (!await firstRun.IsNeededAsync(http.RequestAborted))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
        }
        else if (IsPage(http) && await firstRun.IsNeededAsync(http.RequestAborted))
        {
            http.Response.Redirect(FirstRun.SetupPath);
            return;
        }

        await next(http);
    }

    private static bool IsPage(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && !_notPages.Any(prefix => http.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
        && !Path.HasExtension(http.Request.Path.Value);
}

/// <summary>
/// Password guessing through the sign-in form is throttled per address: ten submissions a minute, then 429.
/// Only the POST counts, so opening the page (or a slow typist) never uses the allowance up.
/// </summary>
internal static class SignInThrottle
{
    public const string Policy = "sign-in-form";
    public const int PermitsPerMinute = 10;

    public static void Add(IServiceCollection services) =>
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(Policy, http =>
            HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("page")));
}
