using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Security;

/// <summary>
/// A page on another port of the same host (same site, so the browser still sends the sign-in cookie) must not
/// change anything with the owner's cookie. The browser says where a request comes from (Sec-Fetch-Site, Origin);
/// a cookie write from anywhere but the app's own origin is refused. API keys are not sent by browsers on their own.
/// </summary>
public sealed class CrossSiteRequestTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private const string OwnOrigin = "https://localhost";
    private const string OtherPort = "https://localhost:8443";

    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_cookie_post_from_another_port_of_the_host_is_refused_and_changes_nothing()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);

        using var deactivate = await owner.SendAsync(From(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/items/{shop.Fabric.Id}/deactivate?culture=en"), origin: OtherPort));
        using var import = await owner.SendAsync(From(Import("code,name,kind,unit\nTH-01,면사,자재,콘\n"), origin: OtherPort, fetchSite: "same-site"));

        await ShouldBeRefusedAsync(deactivate, "This request did not come from this app's own pages, so nothing was changed.");
        await ShouldBeRefusedAsync(import, "앱 화면에서 보낸 요청이 아니어서 아무것도 바꾸지 않았습니다.");
        await using var db = database.CreateContext();
        (await db.Items.SingleAsync(i => i.Id == shop.Fabric.Id)).IsActive.ShouldBeTrue();
        (await db.Items.CountAsync(i => i.Code == "TH-01")).ShouldBe(0);
    }

    [Theory]
    [InlineData("same-site", null)]
    [InlineData("cross-site", null)]
    [InlineData(null, OtherPort)]
    [InlineData(null, "null")]
    public async Task Only_the_apps_own_origin_may_write_with_the_cookie(string? fetchSite, string? origin)
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);

        using var response = await owner.SendAsync(From(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/items/{shop.Fabric.Id}/deactivate"), origin, fetchSite));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("same-origin", OwnOrigin)]
    [InlineData("same-origin", null)]
    [InlineData(null, OwnOrigin)]
    [InlineData(null, null)]
    public async Task The_apps_own_pages_and_clients_that_are_not_browsers_still_write_with_the_cookie(string? fetchSite, string? origin)
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);

        using var response = await owner.SendAsync(From(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/items/{shop.Fabric.Id}/deactivate"), origin, fetchSite));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_api_key_is_not_a_cookie_so_its_origin_does_not_matter()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var integration = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        using var response = await integration.SendAsync(From(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/items/{shop.Fabric.Id}/deactivate"), origin: OtherPort, fetchSite: "cross-site"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reading_with_the_cookie_from_another_origin_is_left_to_the_browser()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);

        // The browser keeps a cross-origin answer from the page that asked (no CORS); a read changes nothing.
        using var response = await owner.SendAsync(From(new HttpRequestMessage(HttpMethod.Get, "/api/v1/items"), origin: OtherPort, fetchSite: "same-site"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static HttpRequestMessage From(HttpRequestMessage request, string? origin = null, string? fetchSite = null)
    {
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        return request;
    }

    private static HttpRequestMessage Import(string csv)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "items.csv");
        return new HttpRequestMessage(HttpMethod.Post, "/api/v1/import/items") { Content = content };
    }

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string title)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe(title);
    }
}
