using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tablets;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// Rate limits on the doors people guess at: password sign-in (per address), password change (per person), PIN
/// sign-in and pairing (per tablet or address), and event ingest (per credential). A tablet's budget is its verified
/// device, so neither a made-up credential nor another spelling of a real one opens a fresh budget. Too many answers
/// 429 with <c>Retry-After</c> and a problem-details body. The limits come from <c>Security:RateLimits</c> (<see cref="RateLimitOptions"/>).
/// </summary>
internal static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string PasswordChange = "password-change";
    public const string Pin = "pin";
    public const string Ingest = "ingest";
    public const string FloorIngest = "floor-ingest";

    public static void AddMesRateLimiting(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignIn, http => PostsOnly(http, Window(ClientAddress(http), limits.SignInPerMinute, TimeSpan.FromMinutes(1))));

            // Per person, not per address: a session taken over must not guess the current password from many places.
            options.AddPolicy(PasswordChange, http => PostsOnly(http, Window(http.User.UserId()?.ToString() ?? ClientAddress(http), limits.SignInPerMinute, TimeSpan.FromMinutes(1))));
            options.AddPolicy(Pin, http => Window(Tablet(http) ?? ClientAddress(http), limits.PinPerMinute, TimeSpan.FromMinutes(1)));

            // Per credential, not per address: one workshop's tablets share an address behind its router.
            options.AddPolicy(Ingest, http => Window(http.Request.Headers.Authorization.ToString() is { Length: > 0 } credential ? credential : ClientAddress(http), limits.IngestPerTenSeconds, TimeSpan.FromSeconds(10)));

            // Per verified tablet, like the PIN: a tablet flushing its outbox after an outage sends a few batches of up to 500.
            options.AddPolicy(FloorIngest, http => Window(Tablet(http) ?? ClientAddress(http), limits.FloorIngestPerMinute, TimeSpan.FromMinutes(1)));
            options.OnRejected = RejectAsync;
        });
    }

    /// <summary>
    /// The rate limiter, once the tablet behind a PIN or pairing request is verified: the floor's forms and pairing
    /// are anonymous, so no authorization has checked its credential yet (the Floor scheme's answer is kept per request).
    /// </summary>
    public static void UseMesRateLimiter(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is { PolicyName: Pin })
            {
                await http.AuthenticateAsync(FloorAuthenticationHandler.SchemeName);
            }

            await next(http);
        });
        app.UseRateLimiter();
    }

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        });

    /// <summary>Only a form's submissions count: opening the page (or a slow typist) never uses the allowance up.</summary>
    private static RateLimitPartition<string> PostsOnly(HttpContext http, RateLimitPartition<string> limit) =>
        HttpMethods.IsPost(http.Request.Method) ? limit : RateLimitPartition.GetNoLimiter("page");

    /// <summary>The tablet the Floor scheme verified, however its credential came (header in any case, or cookie).</summary>
    private static string? Tablet(HttpContext http) =>
        http.Items[typeof(FloorCheck)] is FloorCheck { Tablet: { } tablet } ? $"tablet:{tablet.DeviceId}" : null;

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = text["Problem.TooManyRequests"], Detail = text["Problem.TryAgainIn", seconds] },
        });
    }
}

/// <summary>How many attempts each door allows (<c>Security:RateLimits</c>).</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "Security:RateLimits";

    /// <summary>Password sign-ins per client address per minute, and password changes per person per minute.</summary>
    public int SignInPerMinute { get; init; } = 10;

    /// <summary>PIN sign-ins and pairing attempts per tablet (or address) per minute.</summary>
    public int PinPerMinute { get; init; } = 10;

    /// <summary>Ingest calls per credential per ten seconds: a busy floor, not a flood.</summary>
    public int IngestPerTenSeconds { get; init; } = 600;

    /// <summary>Floor event requests (single or batch) per tablet per minute.</summary>
    public int FloorIngestPerMinute { get; init; } = 300;
}
