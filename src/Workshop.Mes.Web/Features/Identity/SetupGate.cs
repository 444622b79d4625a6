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
