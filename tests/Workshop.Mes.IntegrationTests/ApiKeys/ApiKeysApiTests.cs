using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Security;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.ApiKeys;

/// <summary>The owner's API keys over HTTP: created once and shown once, listed without secrets, revoked for good.</summary>
public sealed class ApiKeysApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_new_key_is_shown_once_works_at_once_and_is_listed_only_by_its_last_characters()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);

        var response = await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = "ERP sync", role = "manager" }, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var key = created.GetProperty("key").GetString()!;
        key.ShouldStartWith("mes.");
        var summary = created.GetProperty("apiKey");
        summary.GetProperty("role").GetString().ShouldBe("Manager");
        summary.GetProperty("hint").GetString().ShouldBe(key[^4..]);
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/api-keys/{summary.GetProperty("id").GetGuid()}");

        var integration = _app.CreateClient();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        (await integration.GetAsync("/api/v1/work-orders", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var list = await owner.GetStringAsync("/api/v1/api-keys", TestContext.Current.CancellationToken);
        list.ShouldContain("ERP sync");
        list.ShouldNotContain(key.Split('.')[2]);
    }

    [Fact]
    public async Task Creating_a_key_with_bad_input_names_each_bad_field()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);

        var ownerRole = await ErrorsAsync(await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = " ", role = "Owner" }, TestContext.Current.CancellationToken));
        var tooLong = await ErrorsAsync(await owner.PostAsJsonAsync("/api/v1/api-keys", new { name = new string('x', 101), role = "Boss" }, TestContext.Current.CancellationToken));
        var empty = await ErrorsAsync(await owner.PostAsJsonAsync("/api/v1/api-keys", new { }, TestContext.Current.CancellationToken));

        ownerRole.Keys.ShouldBe(["name", "role"], ignoreOrder: true);
        tooLong["name"].Single().ShouldContain("100");
        tooLong.ShouldContainKey("role");
        empty.Keys.ShouldBe(["name", "role"], ignoreOrder: true);
        await using var db = database.CreateContext();
        (await db.ApiKeys.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    [Fact]
    public async Task A_revoked_key_answers_401_on_its_next_call()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);
        var token = await TestCredentials.ApiKeyAsync(database, shop.Tenant.Id, WorkshopRole.Manager, "tablet import");
        var integration = _app.CreateClient();
        integration.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await integration.GetAsync("/api/v1/work-orders", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoke = await owner.DeleteAsync($"/api/v1/api-keys/{IdOf(token)}", TestContext.Current.CancellationToken);

        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await integration.GetAsync("/api/v1/work-orders", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var list = await owner.GetFromJsonAsync<JsonElement>("/api/v1/api-keys", TestContext.Current.CancellationToken);
        list.GetProperty("items")[0].GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task Revoking_another_workshops_key_is_404_and_the_key_keeps_working()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var owner = await OwnerSession.ClientAsync(_app, database, ours.Tenant.Id);
        var theirKey = await TestCredentials.ApiKeyAsync(database, theirs.Tenant.Id, WorkshopRole.Manager);

        var response = await owner.DeleteAsync($"/api/v1/api-keys/{IdOf(theirKey)}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", theirKey);
        (await client.GetAsync("/api/v1/work-orders", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var db = database.CreateContext();
        (await db.ApiKeys.SingleAsync(TestContext.Current.CancellationToken)).RevokedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_404()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);

        (await owner.DeleteAsync($"/api/v1/api-keys/{Guid.CreateVersion7()}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.DeleteAsync("/api/v1/api-keys/not-an-id", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_owner_manages_keys_even_a_manager_key_cannot_make_more_keys()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var manager = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        (await manager.GetAsync("/api/v1/api-keys", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PostAsJsonAsync("/api/v1/api-keys", new { name = "more", role = "Manager" }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.PostAsJsonAsync("/api/v1/api-keys", new { name = "", role = "Owner" }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await using var db = database.CreateContext();
        (await db.ApiKeys.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    private static Guid IdOf(string token) => CredentialToken.TryParse(token, CredentialToken.ApiKeyPrefix)!.Id;

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}
