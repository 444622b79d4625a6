using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Isolation;

/// <summary>The application's own half of tenant isolation: every tenant-owned entity is filtered to the context's workshop.</summary>
public sealed class QueryFilterTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public void Every_tenant_owned_entity_has_the_workshop_query_filter()
    {
        using var db = database.CreateContext();

        var tenantOwned = db.Model.GetEntityTypes().Where(e => !e.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ToList();

        tenantOwned.Count.ShouldBeGreaterThan(20);
        tenantOwned.Where(e => e.GetDeclaredQueryFilters().Count == 0).Select(e => e.ClrType.Name).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_workshop_context_sees_only_its_workshops_rows_even_where_the_database_would_show_more()
    {
        var ours = TestWorkshop.Create();
        ours.InProgressOrder("WO-2611-0001", quantity: 10, firstStepGood: 5, good: 2, new DateOnly(2026, 11, 20));
        await ours.SaveAsync(database);
        var theirs = TestWorkshop.Create("test-other", "다른 공방", "BR-01", "브래킷");
        theirs.InProgressOrder("WO-2611-0002", quantity: 10, firstStepGood: 5, good: 2, new DateOnly(2026, 11, 20));
        await theirs.SaveAsync(database);

        // The owner's connection bypasses row-level security, so only the EF filter stands between the workshops here.
        await using var scoped = DatabaseRegistration.CreateContext(database.DataSource, DataScope.ForWorkshop(ours.Tenant.Id, AuditActor.System));
        await using var everything = database.CreateContext();

        foreach (var entity in scoped.Model.GetEntityTypes().Where(e => !e.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(e.ClrType)))
        {
            var seen = await RowsAsync(scoped, entity.ClrType);
            var total = await RowsAsync(everything, entity.ClrType);
            seen.ShouldAllBe(workshopId => workshopId == ours.Tenant.Id, entity.ClrType.Name);
            seen.Count.ShouldBe(total.Count(id => id == ours.Tenant.Id), entity.ClrType.Name);
        }

        (await scoped.WorkOrders.Select(w => w.Number).ToListAsync()).ShouldBe(["WO-2611-0001"]);
    }

    private static Task<List<Guid>> RowsAsync(MesDbContext db, Type entity) =>
        (Task<List<Guid>>)typeof(QueryFilterTests).GetMethod(nameof(WorkshopIdsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entity)
            .Invoke(null, [db])!;

    private static Task<List<Guid>> WorkshopIdsAsync<T>(MesDbContext db)
        where T : class, ITenantOwned =>
        db.Set<T>().Select(e => e.WorkshopId).ToListAsync();
}
