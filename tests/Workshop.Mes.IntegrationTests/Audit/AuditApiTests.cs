using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.IntegrationTests.Security;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Audit;

/// <summary><c>GET /api/v1/audit</c>: the owner reads the trail newest first, filtered by type, person and days in the workshop's zone.</summary>
public sealed class AuditApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    // Around midnight in Seoul (UTC+9): the first is still the 9th there, the other two are the 10th.
    private static readonly DateTimeOffset _lateOnThe9th = new(2026, 11, 9, 14, 59, 59, TimeSpan.Zero);
    private static readonly DateTimeOffset _midnight = new(2026, 11, 9, 15, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _noonOnThe10th = new(2026, 11, 10, 3, 0, 0, TimeSpan.Zero);

    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_trail_pages_newest_first_with_a_cursor()
    {
        var owner = await ArrangeAsync();

        var first = await owner.GetFromJsonAsync<JsonElement>("/api/v1/audit?limit=2", TestContext.Current.CancellationToken);
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/audit?limit=2&cursor={cursor}", TestContext.Current.CancellationToken);

        Actors(first).ShouldBe(["김미숙", "ERP sync"]);
        Actors(second).ShouldBe(["김사장"]);
        second.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);
        var newest = first.GetProperty("items")[0];
        newest.GetProperty("after").GetProperty("quantity").GetInt32().ShouldBe(120);
        newest.GetProperty("before").GetProperty("quantity").GetInt32().ShouldBe(100);
        newest.GetProperty("action").GetString().ShouldBe("Updated");
        newest.GetProperty("ipAddress").GetString().ShouldBe("192.0.2.10");
    }

    [Theory]
    [InlineData("entityType=workorder", new[] { "김미숙", "김사장" })]
    [InlineData("actor=erp", new[] { "ERP sync" })]
    [InlineData("from=2026-11-10&to=2026-11-10", new[] { "김미숙", "ERP sync" })]
    [InlineData("to=2026-11-09", new[] { "김사장" })]
    [InlineData("entityType=WorkOrder&from=2026-11-10", new[] { "김미숙" })]
    public async Task Filters_narrow_the_trail_with_days_in_the_workshops_time_zone(string query, string[] actors)
    {
        var owner = await ArrangeAsync();

        var page = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/audit?{query}", TestContext.Current.CancellationToken);

        Actors(page).ShouldBe(actors);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("cursor=%25%25", "cursor")]
    [InlineData("cursor=bm90LWEtY3Vyc29y", "cursor")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2026-11-10&to=2026-11-01", "to")]
    [InlineData("entityType=Password", "entityType")]
    public async Task Bad_input_answers_400_naming_the_field(string query, string field)
    {
        var owner = await ArrangeAsync();

        var response = await owner.GetAsync($"/api/v1/audit?{query}", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([field]);
    }

    [Fact]
    public async Task Only_the_owner_reads_the_trail()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var manager = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        (await manager.GetAsync("/api/v1/audit", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await manager.GetAsync("/api/v1/audit?limit=0", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<HttpClient> ArrangeAsync()
    {
        var shop = TestWorkshop.Create();
        var other = TestWorkshop.Create("test-other", "다른 공방");
        await other.SaveAsync(database, new AuditEntry(other.Tenant.Id, AuditActor.System, "WorkOrder", Guid.CreateVersion7(), AuditAction.Created, null, "{}", _midnight));
        var order = Guid.CreateVersion7();
        await shop.SaveAsync(
            database,
            new AuditEntry(shop.Tenant.Id, new AuditActor(ActorKind.User, Guid.CreateVersion7(), "김사장"), "WorkOrder", order, AuditAction.Created, null, """{"id":"x","quantity":100}""", _lateOnThe9th),
            new AuditEntry(shop.Tenant.Id, new AuditActor(ActorKind.ApiKey, Guid.CreateVersion7(), "ERP sync"), "ApiKey", Guid.CreateVersion7(), AuditAction.Created, null, """{"name":"ERP sync"}""", _midnight),
            new AuditEntry(shop.Tenant.Id, new AuditActor(ActorKind.Worker, shop.Worker.Id, "김미숙", IpAddress: "192.0.2.10"), "WorkOrder", order, AuditAction.Updated, """{"quantity":100}""", """{"quantity":120}""", _noonOnThe10th));
        return await OwnerSession.ClientAsync(_app, database, shop.Tenant.Id);
    }

    private static string[] Actors(JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("actorName").GetString()!)];
}
