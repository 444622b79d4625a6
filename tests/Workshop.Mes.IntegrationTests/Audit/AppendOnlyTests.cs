using Npgsql;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Audit;

/// <summary>The database itself keeps the audit trail and production events append-only: the app's role may add, never change or remove.</summary>
public sealed class AppendOnlyTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("UPDATE audit.audit_entries SET actor_name = 'someone else'")]
    [InlineData("DELETE FROM audit.audit_entries")]
    [InlineData("TRUNCATE audit.audit_entries")]
    [InlineData("UPDATE shop_floor.production_events SET good_quantity = 0")]
    [InlineData("DELETE FROM shop_floor.production_events")]
    [InlineData("TRUNCATE shop_floor.production_events")]
    public async Task The_app_role_may_not_change_or_remove_history(string sql)
    {
        var shop = TestWorkshop.Create();
        shop.InProgressOrder("WO-2611-0001", 10, 10, 5, new DateOnly(2026, 12, 1));
        await shop.SaveAsync(database, new AuditEntry(shop.Tenant.Id, AuditActor.System, "Item", shop.Fabric.Id, AuditAction.Updated, "{}", "{}", TestWorkshop.Now));

        await using var connection = await database.AppDataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using (var scope = new NpgsqlCommand("SELECT set_config('mes.workshop_id', @w, false)", connection))
        {
            scope.Parameters.AddWithValue("w", shop.Tenant.Id.ToString());
            await scope.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        await using var command = new NpgsqlCommand(sql, connection);
        var refused = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));

        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        refused.MessageText.ShouldContain("permission denied");
        await using var owner = database.CreateContext();
        owner.AuditEntries.Count().ShouldBe(1);
        owner.ProductionEvents.Count().ShouldBe(4);
    }
}
