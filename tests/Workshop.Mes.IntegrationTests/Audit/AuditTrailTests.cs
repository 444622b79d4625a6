using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.ApiKeys;
using Workshop.Mes.Web.Features.Audit;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Audit;

/// <summary>The audit interceptor on the app's role: every change through a service leaves who, what, when and the values, never a secret.</summary>
public sealed class AuditTrailTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly DateTimeOffset _now = TestWorkshop.Now;
    private readonly MesContexts _contexts = DatabaseRegistration.CreateContexts(database.AppDataSource, [new AuditInterceptor(new FixedTimeProvider(_now))]);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Creating_and_revoking_a_key_records_who_what_when_before_and_after_without_the_secret()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = Owner(shop);
        var service = new ApiKeyService(_contexts, new FixedTimeProvider(_now));

        var created = await service.CreateAsync(owner, "ERP sync", WorkshopRole.Manager, CancellationToken.None);
        await service.RevokeAsync(owner, created.ApiKey.Id, CancellationToken.None);

        await using var db = database.CreateContext();
        var entries = await db.AuditEntries.OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
        entries.Count.ShouldBe(2);
        entries.ShouldAllBe(e => e.ActorName == "김사장" && e.ActorKind == ActorKind.User && e.ActorId == owner.UserId && e.IpAddress == "192.0.2.7");
        entries.ShouldAllBe(e => e.EntityType == "ApiKey" && e.EntityId == created.ApiKey.Id && e.OccurredAt == _now && e.WorkshopId == shop.Tenant.Id);

        var creation = entries[0];
        creation.Action.ShouldBe(AuditAction.Created);
        creation.Before.ShouldBeNull();
        var after = JsonDocument.Parse(creation.After!).RootElement;
        after.GetProperty("name").GetString().ShouldBe("ERP sync");
        after.GetProperty("role").GetString().ShouldBe("Manager");
        after.GetProperty("hint").GetString().ShouldBe(created.Key[^4..]);
        after.TryGetProperty("secretHash", out _).ShouldBeFalse();
        creation.After!.ShouldNotContain(created.Key.Split('.')[2]);

        var revocation = entries[1];
        revocation.Action.ShouldBe(AuditAction.Updated);
        Names(revocation.Before!).ShouldBe(["id", "revokedAt"]);
        Names(revocation.After!).ShouldBe(["id", "revokedAt"]);
        JsonDocument.Parse(revocation.Before!).RootElement.GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        JsonDocument.Parse(revocation.After!).RootElement.GetProperty("revokedAt").GetDateTimeOffset().ShouldBe(_now);
    }

    [Fact]
    public async Task An_update_records_only_what_changed_and_never_a_pin_hash()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await using (var db = Open(shop))
        {
            var worker = await db.Workers.SingleAsync(TestContext.Current.CancellationToken);
            worker.ChangeHourlyCost(13_500);
            worker.SetPinHash("pbkdf2$very-secret-hash");
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = database.CreateContext();
        var entry = await check.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        entry.Action.ShouldBe(AuditAction.Updated);
        entry.EntityType.ShouldBe("Worker");
        entry.EntityId.ShouldBe(shop.Worker.Id);
        Names(entry.After!).ShouldBe(["hourlyCost", "id"]);
        JsonDocument.Parse(entry.Before!).RootElement.GetProperty("hourlyCost").GetDecimal().ShouldBe(12_000);
        JsonDocument.Parse(entry.After!).RootElement.GetProperty("hourlyCost").GetDecimal().ShouldBe(13_500);
        (entry.Before + entry.After).ShouldNotContain("very-secret-hash");
        (entry.Before + entry.After).ShouldNotContain("pinHash", Case.Insensitive);
    }

    [Fact]
    public async Task A_deletion_keeps_the_whole_row_as_before()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await using (var db = Open(shop))
        {
            db.Remove(await db.BomLines.SingleAsync(TestContext.Current.CancellationToken));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = database.CreateContext();
        var entry = await check.AuditEntries.SingleAsync(TestContext.Current.CancellationToken);
        entry.Action.ShouldBe(AuditAction.Deleted);
        entry.After.ShouldBeNull();
        JsonDocument.Parse(entry.Before!).RootElement.GetProperty("quantityPer").GetDecimal().ShouldBe(1.5m);
    }

    [Fact]
    public async Task Saving_without_changes_or_without_an_actor_writes_no_entry()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await using (var db = Open(shop))
        {
            var item = await db.Items.FirstAsync(TestContext.Current.CancellationToken);
            item.ChangeStandardCost(item.StandardCost);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var platform = _contexts.ForPlatform())
        {
            (await platform.Workshops.SingleAsync(TestContext.Current.CancellationToken)).Rename("새 이름");
            await platform.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var check = database.CreateContext();
        (await check.AuditEntries.CountAsync(TestContext.Current.CancellationToken)).ShouldBe(0);
    }

    private MesDbContext Open(TestWorkshop shop) => _contexts.ForWorkshop(shop.Tenant.Id, new AuditActor(ActorKind.User, Guid.CreateVersion7(), "김사장", IpAddress: "192.0.2.7"));

    private static WorkshopMember Owner(TestWorkshop shop)
    {
        var userId = Guid.CreateVersion7();
        return new WorkshopMember(
            new WorkshopRef(shop.Tenant.Id, shop.Tenant.Slug, shop.Tenant.Name, shop.Tenant.TimeZone),
            WorkshopRole.Owner,
            new AuditActor(ActorKind.User, userId, "김사장", IpAddress: "192.0.2.7"),
            userId);
    }

    private static string[] Names(string json) =>
        [.. JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
