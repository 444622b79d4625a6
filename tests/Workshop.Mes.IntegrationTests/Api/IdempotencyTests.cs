using System.Net;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>An <c>Idempotency-Key</c> replays an answer only to the caller who got it, in the role it had then.</summary>
public sealed class IdempotencyTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_worker_replaying_a_managers_key_and_body_is_refused_and_learns_nothing()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var manager = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);
        var worker = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Worker);
        var order = new { productId = shop.Product.Id, quantity = 40, dueDate = "2026-12-20", priority = "Rush" };
        const string key = "order-2611-blouses";

        using var created = await ApiConventions.PostAsync(manager, "/api/v1/work-orders", order, key);
        using var stolen = await ApiConventions.PostAsync(worker, "/api/v1/work-orders", order, key);
        using var replayed = await ApiConventions.PostAsync(manager, "/api/v1/work-orders", order, key);

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        stolen.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        stolen.Headers.Contains("Idempotent-Replayed").ShouldBeFalse();
        (await stolen.Content.ReadAsStringAsync()).ShouldNotContain(shop.Product.Code);
        replayed.StatusCode.ShouldBe(HttpStatusCode.Created);
        replayed.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await replayed.Content.ReadAsStringAsync()).ShouldBe(await created.Content.ReadAsStringAsync());
        await using var db = database.CreateContext();
        (await db.WorkOrders.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_manager_turned_worker_gets_no_replay_of_what_they_created_as_manager()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var user = await TestCredentials.UserAsync(database, "kim@test.example", (shop.Tenant.Id, WorkshopRole.Manager));
        var kim = await _app.SignedInClientAsync(user.Email!);
        var order = new { productId = shop.Product.Id, quantity = 40, dueDate = "2026-12-20" };
        using var created = await ApiConventions.PostAsync(kim, "/api/v1/work-orders", order, "kim-1");
        await using (var db = database.CreateContext())
        {
            (await db.Memberships.SingleAsync(m => m.UserId == user.Id)).ChangeRole(WorkshopRole.Worker);
            await db.SaveChangesAsync();
        }

        using var replay = await ApiConventions.PostAsync(kim, "/api/v1/work-orders", order, "kim-1");

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        replay.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Two_callers_may_choose_the_same_key_without_meeting()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var office = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);
        var planner = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);
        const string key = "1";

        using var first = await ApiConventions.PostAsync(office, "/api/v1/work-orders", new { productId = shop.Product.Id, quantity = 10, dueDate = "2026-12-20" }, key);
        using var second = await ApiConventions.PostAsync(planner, "/api/v1/work-orders", new { productId = shop.Product.Id, quantity = 25, dueDate = "2026-12-21" }, key);

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.Created, await second.Content.ReadAsStringAsync());
        await using var db = database.CreateContext();
        (await db.WorkOrders.Select(o => o.Quantity).OrderBy(q => q).ToListAsync()).ShouldBe([10m, 25m]);
    }

    [Fact]
    public async Task The_same_key_sent_eight_times_at_once_creates_one_work_order_and_every_answer_says_so()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var manager = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);
        var order = new { productId = shop.Product.Id, quantity = 40, dueDate = "2026-12-20" };

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ApiConventions.PostAsync(manager, "/api/v1/work-orders", order, "retry-storm")));

        // The one that ran answers 201; the rest replay it or, while it still runs, say the key is in use.
        answers.Count(a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains("Idempotent-Replayed")).ShouldBe(1);
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.Conflict);
        await using var db = database.CreateContext();
        (await db.WorkOrders.CountAsync()).ShouldBe(1);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Work_orders_created_at_the_same_moment_get_their_own_numbers()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var manager = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        var answers = await Task.WhenAll(Enumerable.Range(1, 8).Select(i =>
            ApiConventions.PostAsync(manager, "/api/v1/work-orders", new { productId = shop.Product.Id, quantity = i, dueDate = "2026-12-20" }, $"wo-{i}")));

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created);
        await using var db = database.CreateContext();
        var numbers = await db.WorkOrders.Select(o => o.Number).ToListAsync();
        numbers.Count.ShouldBe(8);
        numbers.Distinct().Count().ShouldBe(8);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }
}
