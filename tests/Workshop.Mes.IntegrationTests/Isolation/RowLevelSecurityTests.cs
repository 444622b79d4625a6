using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.DemoData;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Isolation;

/// <summary>
/// The database's own half of tenant isolation, checked as the app's role with plain SQL (no EF filter in the
/// way): no workshop set → nothing; a workshop set → only its rows; writing another workshop's rows → refused.
/// </summary>
public sealed class RowLevelSecurityTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_app_role_owns_nothing_and_cannot_bypass_row_level_security()
    {
        await using var connection = await database.AppDataSource.OpenConnectionAsync();

        var role = await ScalarAsync<string>(connection, "SELECT rolname || ':' || rolsuper || ':' || rolbypassrls FROM pg_roles WHERE rolname = current_user");
        var owned = await ScalarAsync<long>(connection, "SELECT count(*) FROM pg_tables WHERE tableowner = current_user");

        role.ShouldBe($"{MesDatabase.AppRoleName}:false:false");
        owned.ShouldBe(0);
    }

    [Fact]
    public async Task With_no_workshop_set_every_tenant_table_reads_zero_rows_and_with_one_set_only_its_own()
    {
        var tables = await SeedEveryTenantTableAsync();
        var changsin = await ScalarAsync<Guid>(await database.DataSource.OpenConnectionAsync(), "SELECT id FROM tenancy.workshops WHERE slug = 'changsin-garment'");

        await using var app = await database.AppDataSource.OpenConnectionAsync();
        await using var owner = await database.DataSource.OpenConnectionAsync();
        var empty = new List<string>();
        foreach (var table in tables)
        {
            var all = await ScalarAsync<long>(owner, $"SELECT count(*) FROM {table}");
            var ours = await ScalarAsync<long>(owner, $"SELECT count(*) FROM {table} WHERE workshop_id = '{changsin}'");
            if (all == 0)
            {
                empty.Add(table);
            }

            (await ScalarAsync<long>(app, $"SELECT count(*) FROM {table}")).ShouldBe(0, $"{table} with no workshop set");
            await ScalarAsync<string>(app, $"SELECT set_config('mes.workshop_id', '{changsin}', false)");
            (await ScalarAsync<long>(app, $"SELECT count(*) FROM {table}")).ShouldBe(ours, $"{table} inside changsin-garment");
            await ScalarAsync<string>(app, "SELECT set_config('mes.workshop_id', '', false)");
        }

        empty.ShouldBeEmpty("every tenant table had rows to hide");
    }

    [Fact]
    public async Task Writing_another_workshops_rows_is_refused_by_the_database_itself()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        await using var app = await database.AppDataSource.OpenConnectionAsync();
        await ScalarAsync<string>(app, $"SELECT set_config('mes.workshop_id', '{ours.Tenant.Id}', false)");

        var insert = new NpgsqlCommand(
            "INSERT INTO tenancy.workers (id, workshop_id, display_name, badge_code, hourly_cost, is_active, failed_pin_attempts) VALUES (@id, @theirs, '침입자', 'X-1', 0, true, 0)",
            app);
        insert.Parameters.AddWithValue("id", Guid.CreateVersion7());
        insert.Parameters.AddWithValue("theirs", theirs.Tenant.Id);
        var refused = await Should.ThrowAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        refused.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);

        var update = new NpgsqlCommand("UPDATE tenancy.workers SET display_name = '바뀜' WHERE workshop_id = @theirs", app);
        update.Parameters.AddWithValue("theirs", theirs.Tenant.Id);
        (await update.ExecuteNonQueryAsync()).ShouldBe(0);

        var delete = new NpgsqlCommand("DELETE FROM tenancy.workers WHERE workshop_id = @theirs", app);
        delete.Parameters.AddWithValue("theirs", theirs.Tenant.Id);
        (await delete.ExecuteNonQueryAsync()).ShouldBe(0);

        // Moving one of our rows into their workshop is refused as well.
        var move = new NpgsqlCommand("UPDATE tenancy.workers SET workshop_id = @theirs WHERE workshop_id = @ours", app);
        move.Parameters.AddWithValue("theirs", theirs.Tenant.Id);
        move.Parameters.AddWithValue("ours", ours.Tenant.Id);
        (await Should.ThrowAsync<PostgresException>(() => move.ExecuteNonQueryAsync())).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);

        await using var check = database.CreateContext();
        check.Workers.Where(w => w.WorkshopId == theirs.Tenant.Id).Select(w => w.DisplayName).ShouldBe(["김미숙"]);
    }

    /// <summary>The demo workshops fill the module tables; a row of each access kind fills the rest.</summary>
    private async Task<IReadOnlyList<string>> SeedEveryTenantTableAsync()
    {
        await new DemoDataSeeder(database.Maintenance, new FixedTimeProvider(TestWorkshop.Now), NullLogger<DemoDataSeeder>.Instance).SeedIfEmptyAsync();
        await using var db = database.CreateContext();
        var workshop = db.Workshops.Single(w => w.Slug == "changsin-garment");
        var worker = db.Workers.First(w => w.WorkshopId == workshop.Id);
        var user = await TestCredentials.UserAsync(database, "owner@test.example", (workshop.Id, WorkshopRole.Owner));
        var invitation = new Invitation(workshop.Id, WorkshopRole.Manager, "manager@test.example", "관리자", "owner", TestWorkshop.Now);
        invitation.IssueToken();
        var pairing = new DevicePairing(workshop.Id, "재단 태블릿", "owner", TestWorkshop.Now);
        pairing.IssueCode();
        var device = pairing.Redeem(TestWorkshop.Now);
        device.IssueCredential();
        var session = new WorkerSession(workshop.Id, worker.Id, device.Id, TestWorkshop.Now, TestWorkshop.Now.AddHours(8));
        session.IssueToken();
        db.AddRange(invitation, pairing, device, session);
        var step = db.WorkOrderSteps.First(s => s.WorkshopId == workshop.Id);
        db.StepLabour.Add(new Domain.ShopFloor.StepLabour(workshop.Id, step.Id, worker.Id, 30));
        db.RefusedEvents.Add(new Domain.ShopFloor.RefusedEvent(workshop.Id, Guid.CreateVersion7(), "Start", "{}", TestWorkshop.Now, TestWorkshop.Now, worker.Id, device.Id, step.Id, "session.ended", "세션이 끝났습니다."));
        db.ProductionRollups.Add(new Domain.Dashboard.ProductionRollup(workshop.Id, new(step.WorkstationId, null, TestWorkshop.Now), Domain.Dashboard.RollupMeasures.Zero with { DownMinutes = 30 }));
        db.PhotoContents.Add(new Domain.Quality.PhotoContent(workshop.Id, Guid.CreateVersion7(), "image/jpeg", [0xFF, 0xD8, 0xFF, 0xD9]));
        db.IdempotentRequests.Add(new Infrastructure.Api.IdempotentRequest(workshop.Id, "key-1", new string('0', 64), TestWorkshop.Now));
        var defect = db.DefectRecords.Include(d => d.Photos).First(d => d.WorkshopId == workshop.Id);
        defect.AttachPhoto("photo-1.jpg", "image/jpeg", 52_000, TestWorkshop.Now);
        db.StockCountLines.Add(new Domain.Inventory.StockCountLine(workshop.Id, new Domain.Inventory.StockKey(defect.ItemId, null, db.Locations.First(l => l.WorkshopId == workshop.Id).Id), 3, 3, TestWorkshop.Now));
        db.DashboardVisits.Add(new Domain.Dashboard.DashboardVisit(workshop.Id, user.Id, Domain.Dashboard.DashboardVisit.Dashboard, new DateOnly(2026, 11, 10)));
        var evaluation = Domain.Assessment.StageEvaluation.Evaluate(Domain.Assessment.CatalogueFile.Stage, [], []);
        db.StageEvaluations.Add(new Domain.Assessment.StageEvaluationRecord(workshop.Id, Domain.Assessment.EvaluationKind.Weekly, new DateOnly(2026, 11, 2), TestWorkshop.Now, evaluation));
        db.StageAssessments.Add(new Domain.Assessment.StageAssessment(workshop.Id, Guid.CreateVersion7(), "SA-2611-0001", TestWorkshop.Now, user.Id, "owner", new DateOnly(2026, 5, 14), new DateOnly(2026, 11, 10), "stage-v1.0", "hash", "{}"));
        db.AuditEntries.Add(new Domain.Audit.AuditEntry(workshop.Id, new Domain.Audit.AuditActor(Domain.Audit.ActorKind.User, user.Id, "owner"), nameof(Worker), worker.Id, Domain.Audit.AuditAction.Updated, "{}", "{}", TestWorkshop.Now));
        await db.SaveChangesAsync();
        await TestCredentials.ApiKeyAsync(database, workshop.Id, WorkshopRole.Manager);
        return DatabaseSecurity.TenantTables(db.Model);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
