using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Persistence;

public sealed class AuditPersistenceTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task An_audit_entry_keeps_who_what_and_the_json_before_and_after()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var actor = new AuditActor(ActorKind.Worker, shop.Worker.Id, "김미숙", IpAddress: "192.0.2.10");
        var entry = new AuditEntry(shop.Tenant.Id, actor, "Item", shop.Fabric.Id, AuditAction.Updated, """{"standardCost":4500}""", """{"standardCost":5000}""", TestWorkshop.Now);
        await shop.SaveAsync(database, entry);

        await using var db = database.CreateContext();
        var stored = await db.AuditEntries.SingleAsync();
        stored.ActorName.ShouldBe("김미숙");
        stored.ActorKind.ShouldBe(ActorKind.Worker);
        stored.After.ShouldNotBeNull().ShouldContain("5000");
        var costInJson = await db.Database
            .SqlQuery<decimal>($"SELECT (after ->> 'standardCost')::numeric AS \"Value\" FROM audit.audit_entries")
            .SingleAsync();
        costInJson.ShouldBe(5000);
    }
}
