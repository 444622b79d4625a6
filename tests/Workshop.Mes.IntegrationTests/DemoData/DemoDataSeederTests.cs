using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.DemoData;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.DemoData;

public sealed class DemoDataSeederTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly DateTimeOffset _today = new(2026, 11, 20, 0, 30, 0, TimeSpan.Zero);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Seeding_an_empty_database_creates_both_demo_workshops_with_history()
    {
        var seeded = await Seeder().SeedIfEmptyAsync();

        seeded.ShouldBeTrue();
        await using var db = database.CreateContext();
        var workshops = await db.Workshops.OrderBy(w => w.CreatedAt).Select(w => w.Slug).ToListAsync();
        workshops.ShouldBe([DemoWorkshops.ChangsinGarment, DemoWorkshops.MullaeMetal], ignoreOrder: true);
        var garment = await db.Workshops.SingleAsync(w => w.Slug == DemoWorkshops.ChangsinGarment);
        (await db.Workers.CountAsync(w => w.WorkshopId == garment.Id)).ShouldBe(8);
        (await db.Workstations.CountAsync(w => w.WorkshopId == garment.Id)).ShouldBe(6);
        (await db.Items.CountAsync(i => i.WorkshopId == garment.Id && i.Kind == Domain.Catalog.ItemKind.Product)).ShouldBe(12);
        (await db.WorkOrders.CountAsync(o => o.WorkshopId == garment.Id && o.Status == WorkOrderStatus.Completed)).ShouldBeGreaterThan(20);
        (await db.WorkOrders.CountAsync(o => o.WorkshopId == garment.Id && o.Status == WorkOrderStatus.InProgress)).ShouldBeGreaterThan(0);
        (await db.Shipments.CountAsync(s => s.WorkshopId == garment.Id)).ShouldBeGreaterThan(20);
        (await db.DefectRecords.CountAsync(d => d.WorkshopId == garment.Id)).ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task Seeding_twice_changes_nothing_the_second_time()
    {
        await Seeder().SeedIfEmptyAsync();
        await using var before = database.CreateContext();
        var events = await before.ProductionEvents.CountAsync();

        var seededAgain = await Seeder().SeedIfEmptyAsync();

        seededAgain.ShouldBeFalse();
        await using var after = database.CreateContext();
        (await after.ProductionEvents.CountAsync()).ShouldBe(events);
    }

    [Fact]
    public async Task Demo_stock_balances_equal_their_ledger_and_never_go_negative()
    {
        await Seeder().SeedIfEmptyAsync();

        await using var db = database.CreateContext();
        var ledger = await db.StockMovements
            .GroupBy(m => new { m.WorkshopId, m.ItemId, m.LotId, m.LocationId })
            .Select(g => new { g.Key.WorkshopId, g.Key.ItemId, g.Key.LotId, g.Key.LocationId, Sum = g.Sum(m => m.Quantity) })
            .ToListAsync();
        var balances = await db.StockBalances.ToListAsync();
        balances.ShouldNotBeEmpty();
        balances.ShouldAllBe(b => b.OnHand >= 0);
        foreach (var balance in balances)
        {
            var sum = ledger.Single(l => l.WorkshopId == balance.WorkshopId && l.ItemId == balance.ItemId && l.LotId == balance.LotId && l.LocationId == balance.LocationId).Sum;
            balance.OnHand.ShouldBe(sum);
        }
    }

    [Fact]
    public async Task Every_demo_step_state_matches_its_recorded_events()
    {
        await Seeder().SeedIfEmptyAsync();

        await using var db = database.CreateContext();
        var eventTotals = await db.ProductionEvents
            .GroupBy(e => e.WorkOrderStepId)
            .Select(g => new { Step = g.Key, Good = g.Sum(e => e.GoodQuantity), Scrap = g.Sum(e => e.ScrapQuantity) })
            .ToDictionaryAsync(x => x.Step);
        var steps = await db.WorkOrderSteps.ToListAsync();
        foreach (var step in steps.Where(s => s.State != StepState.Pending))
        {
            eventTotals[step.Id].Good.ShouldBe(step.GoodQuantity);
            eventTotals[step.Id].Scrap.ShouldBe(step.ScrapQuantity);
        }
    }

    private DemoDataSeeder Seeder() =>
        new(database.Maintenance, new FixedTimeProvider(_today), NullLogger<DemoDataSeeder>.Instance);
}
