using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.IntegrationTests.Security;

/// <summary>
/// The sign-in limit on a stand-in sign-in endpoint that uses the app's own policy, rejection and problem
/// details: the sign-in page itself is another module's, and it only has to name <see cref="RateLimits.SignIn"/>.
/// </summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task The_eleventh_sign_in_within_a_minute_from_one_address_answers_429_with_retry_after()
    {
        await using var app = await StartAsync(signInPerMinute: null);

        for (var attempt = 1; attempt <= 10; attempt++)
        {
            (await SignInAsync(app, "192.0.2.1")).Response.StatusCode.ShouldBe(StatusCodes.Status200OK, $"attempt {attempt}");
        }

        var refused = await SignInAsync(app, "192.0.2.1");
        var elsewhere = await SignInAsync(app, "192.0.2.2");

        refused.Response.StatusCode.ShouldBe(StatusCodes.Status429TooManyRequests);
        var retryAfter = int.Parse(refused.Response.Headers.RetryAfter.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        retryAfter.ShouldBeInRange(1, 60);
        refused.Response.ContentType.ShouldStartWith("application/problem+json");
        using var problem = await JsonDocument.ParseAsync(refused.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(429);
        problem.RootElement.GetProperty("title").GetString().ShouldBe("Too many attempts.");
        problem.RootElement.GetProperty("detail").GetString().ShouldBe($"Try again in {retryAfter} s.");
        elsewhere.Response.StatusCode.ShouldBe(StatusCodes.Status200OK, "another address has its own allowance");
    }

    [Fact]
    public async Task The_limit_comes_from_configuration()
    {
        await using var app = await StartAsync(signInPerMinute: 2);

        (await SignInAsync(app, "192.0.2.1")).Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        (await SignInAsync(app, "192.0.2.1")).Response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        (await SignInAsync(app, "192.0.2.1")).Response.StatusCode.ShouldBe(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<WebApplication> StartAsync(int? signInPerMinute)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        if (signInPerMinute is { } limit)
        {
            builder.Configuration[$"{RateLimitOptions.Section}:SignInPerMinute"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        builder.AddMesLocalization();
        builder.AddMesApi();
        builder.AddMesRateLimiting();
        var app = builder.Build();
        app.UseRequestLocalization();
        app.UseRateLimiter();
        app.MapPost("/account/sign-in", () => "signed in").RequireRateLimiting(RateLimits.SignIn);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static Task<HttpContext> SignInAsync(WebApplication app, string address) =>
        app.GetTestServer().SendAsync(http =>
        {
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/account/sign-in";
            http.Request.QueryString = new QueryString("?culture=en");
            http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });
}
