using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Hosting;

public sealed class HostTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Liveness_and_readiness_answer_healthy_on_a_migrated_database()
    {
        var client = _app.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Readiness_fails_when_the_database_cannot_be_reached()
    {
        await using var unreachable = new MesApp(database).WithWebHostBuilder(builder =>
            builder.UseSetting("ConnectionStrings:Mes", "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2"));

        var ready = await unreachable.CreateClient().GetAsync("/health/ready");

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task An_api_client_reads_errors_in_the_language_it_asks_for_while_pages_stay_korean_first()
    {
        var client = _app.CreateClient();

        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/items");
        api.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        var problem = await (await client.SendAsync(api)).Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("title").GetString().ShouldBe("Sign in, or send an API key as a bearer token.");

        using var page = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        page.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        (await (await client.SendAsync(page)).Content.ReadAsStringAsync()).ShouldContain("<html lang=\"ko\"");
    }

    [Fact]
    public async Task The_openapi_document_describes_the_work_orders_endpoint()
    {
        var client = _app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var operation = document.RootElement.GetProperty("paths").GetProperty("/api/v1/work-orders").GetProperty("get");
        operation.GetProperty("summary").GetString().ShouldBe("List work orders");
        operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ShouldBe(["200", "400", "401", "403", "404"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_interactive_api_reference_is_served()
    {
        var response = await _app.CreateClient().GetAsync("/api/docs");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Workshop MES API");
    }

    [Fact]
    public async Task An_unknown_api_route_answers_404_without_a_stack_trace()
    {
        var response = await (await SignedInAsync()).GetAsync("/api/v1/no-such-thing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("   at ");
    }

    [Fact]
    public async Task An_unknown_page_answers_404_with_the_app_page_not_json()
    {
        var response = await (await SignedInAsync()).GetAsync("/no-such-page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task An_unknown_api_route_answers_404_as_problem_details()
    {
        var response = await (await SignedInAsync()).GetAsync("/api/v1/no-such-thing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_anonymous_api_call_answers_401_as_problem_details()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/no-such-thing");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_anonymous_page_redirects_to_sign_in()
    {
        await TestCredentials.UserAsync(database, "someone@test.example");

        var response = await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/work-orders");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/sign-in");
    }

    [Fact]
    public async Task The_language_switch_remembers_english_and_returns_to_the_page()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture?culture=en&returnUrl=%2Fwork-orders");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/work-orders");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.Contains("c%3Den%7Cuic%3Den"));
    }

    [Fact]
    public async Task The_language_switch_never_redirects_to_another_site()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/culture?culture=en&returnUrl=%2F%2Fevil.example");

        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Problem_details_are_localised_to_the_chosen_language()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, Domain.Access.WorkshopRole.Manager);

        var korean = await (await client.GetAsync("/api/v1/work-orders?limit=0&culture=ko")).Content.ReadFromJsonAsync<JsonElement>();
        var english = await (await client.GetAsync("/api/v1/work-orders?limit=0&culture=en")).Content.ReadFromJsonAsync<JsonElement>();

        korean.GetProperty("title").GetString().ShouldBe("입력값을 확인해 주세요.");
        english.GetProperty("title").GetString().ShouldBe("Some fields are not valid.");
    }

    /// <summary>A member of a workshop, signed in through the form: pages and the API now need an account.</summary>
    private async Task<HttpClient> SignedInAsync()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var user = await TestCredentials.UserAsync(database, $"member-{Guid.NewGuid():N}@test.example", (shop.Tenant.Id, Domain.Access.WorkshopRole.Owner));
        return await _app.SignedInClientAsync(user.Email!);
    }
}
