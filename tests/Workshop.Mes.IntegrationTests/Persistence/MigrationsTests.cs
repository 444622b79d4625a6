using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Persistence;

public sealed class MigrationsTests(MesDatabase database) : IClassFixture<MesDatabase>
{
    [Fact]
    public async Task The_committed_migrations_match_the_model_and_are_all_applied()
    {
        await using var db = database.CreateContext();

        db.Database.HasPendingModelChanges().ShouldBeFalse("run: dotnet ef migrations add <Name> --project src/Workshop.Mes.Infrastructure --output-dir Database/Migrations");
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_module_has_its_own_schema()
    {
        await using var db = database.CreateContext();

        var schemas = db.Model.GetEntityTypes().Select(e => e.GetSchema()).Distinct().Order().ToList();

        schemas.ShouldBe(["api", "assessment", "audit", "catalog", "dashboard", "identity", "inventory", "orders", "quality", "shop_floor", "tenancy", "work_orders"]);
        (await db.Database.SqlQueryRaw<string>("SELECT nspname AS \"Value\" FROM pg_namespace WHERE nspname = 'shop_floor'").ToListAsync()).ShouldHaveSingleItem();
    }
}
