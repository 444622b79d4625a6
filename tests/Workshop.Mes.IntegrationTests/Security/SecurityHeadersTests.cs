using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Hosting;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Security;

/// <summary>Every answer carries the browser hardening headers; cookies are HTTP-only, Lax and secure over HTTPS; a crash tells nothing.</summary>
public sealed class SecurityHeadersTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly ProductionApp _app = new(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Pages_api_answers_redirects_and_errors_all_carry_the_security_headers()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);
        var anonymous = _app.CreateClient(new() { AllowAutoRedirect = false });
        var integration = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["owner page"] = await owner.GetAsync("/", TestContext.Current.CancellationToken),
            ["anonymous redirect"] = await anonymous.GetAsync("/", TestContext.Current.CancellationToken),
            ["api"] = await integration.GetAsync("/api/v1/work-orders", TestContext.Current.CancellationToken),
            ["api 401"] = await anonymous.GetAsync("/api/v1/work-orders", TestContext.Current.CancellationToken),
            ["health"] = await anonymous.GetAsync("/health/live", TestContext.Current.CancellationToken),
            ["crash"] = await owner.GetAsync("/test/crash", TestContext.Current.CancellationToken),
        };

        responses["owner page"].StatusCode.ShouldBe(HttpStatusCode.OK);
        responses["api"].StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var (name, response) in responses)
        {
            Header(response, "Content-Security-Policy").ShouldBe(SecurityHosting.ContentSecurityPolicy, name);
            Header(response, "X-Content-Type-Options").ShouldBe("nosniff", name);
            Header(response, "X-Frame-Options").ShouldBe("DENY", name);
            Header(response, "Referrer-Policy").ShouldBe("same-origin", name);
            Header(response, "Permissions-Policy").ShouldContain("camera=(self)", customMessage: name);
        }
    }

    [Fact]
    public async Task Only_the_api_reference_may_run_its_inline_start_script()
    {
        var response = await _app.CreateClient().GetAsync("/api/docs", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var policy = Header(response, "Content-Security-Policy");
        policy.ShouldBe(SecurityHosting.ApiReferencePolicy);
        policy.ShouldContain("frame-ancestors 'none'");
        policy.ShouldContain("connect-src 'self'");
        SecurityHosting.ContentSecurityPolicy.ShouldContain("script-src 'self';", Case.Sensitive);
    }

    [Theory]
    [InlineData("https://localhost", true)]
    [InlineData("http://localhost", false)]
    public async Task The_language_cookie_is_http_only_lax_and_secure_over_https(string baseAddress, bool secure)
    {
        var client = _app.CreateClient(new() { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture?culture=en&returnUrl=/", TestContext.Current.CancellationToken);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.Contains("secure").ShouldBe(secure);
    }

    [Fact]
    public async Task The_workshop_cookie_is_http_only_lax_and_secure()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);

        var response = await owner.GetAsync($"/workshop?slug={shop.Tenant.Slug}&returnUrl=/", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mes.workshop=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.ShouldContain("secure");
    }

    [Fact]
    public async Task A_crash_in_production_answers_500_problem_details_without_a_stack_trace()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);

        var response = await owner.GetAsync("/test/crash?culture=en", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        body.ShouldContain("Something went wrong on our side");
        body.ShouldNotContain("secret connection detail");
        body.ShouldNotContain("InvalidOperationException");
        body.ShouldNotContain(" at ");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : string.Empty;

    /// <summary>The real host in the Production environment, with one route that fails.</summary>
    private sealed class ProductionApp(MesDatabase database) : MesApp(database)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(Environments.Production);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, CrashRoute>());
        }
    }

    private sealed class CrashRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test/crash", branch => branch.Run(_ => throw new InvalidOperationException("secret connection detail")));
        };
    }
}
