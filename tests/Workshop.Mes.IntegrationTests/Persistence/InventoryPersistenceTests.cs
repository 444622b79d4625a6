using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Persistence;

public sealed class InventoryPersistenceTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task On_hand_equals_the_sum_of_the_ledger_after_receipts_issues_and_a_transfer()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var store = new Location(shop.Tenant.Id, "ST", "자재창고", LocationKind.Store);
        var floor = new Location(shop.Tenant.Id, "FL", "작업장", LocationKind.Floor);
        var lot = new Lot(shop.Tenant.Id, shop.Fabric.Id, "DDM-2611-07", "동대문 원단상사", TestWorkshop.Now, null);
        var inStore = new StockBalance(shop.Tenant.Id, new StockKey(shop.Fabric.Id, lot.Id, store.Id));
        var onFloor = new StockBalance(shop.Tenant.Id, new StockKey(shop.Fabric.Id, lot.Id, floor.Id));
        var receipt = StockMovement.Receipt(shop.Tenant.Id, inStore.Key, 100, TestWorkshop.Now);
        var (moveOut, moveIn) = StockMovement.Transfer(shop.Tenant.Id, inStore.Key, floor.Id, 30, TestWorkshop.Now);
        var issue = StockMovement.Issue(shop.Tenant.Id, onFloor.Key, 12.5m, TestWorkshop.Now, null);
        inStore.Post(receipt, allowNegative: false);
        inStore.Post(moveOut, allowNegative: false);
        onFloor.Post(moveIn, allowNegative: false);
        onFloor.Post(issue, allowNegative: false);
        await shop.SaveAsync(database, store, floor, lot, inStore, onFloor, receipt, moveOut, moveIn, issue);

        await using var db = database.CreateContext();
        var balances = await db.StockBalances.ToListAsync();
        var ledger = await db.StockMovements.GroupBy(m => m.LocationId).Select(g => new { Location = g.Key, Sum = g.Sum(m => m.Quantity) }).ToListAsync();
        balances.Single(b => b.LocationId == store.Id).OnHand.ShouldBe(70);
        balances.Single(b => b.LocationId == floor.Id).OnHand.ShouldBe(17.5m);
        foreach (var balance in balances)
        {
            balance.OnHand.ShouldBe(ledger.Single(l => l.Location == balance.LocationId).Sum);
        }
    }

    [Fact]
    public async Task There_is_one_balance_per_item_and_location_even_without_a_lot()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var store = new Location(shop.Tenant.Id, "ST", "자재창고", LocationKind.Store);
        var key = new StockKey(shop.Fabric.Id, null, store.Id);
        await shop.SaveAsync(database, store, new StockBalance(shop.Tenant.Id, key));

        await using var db = database.CreateContext();
        db.StockBalances.Add(new StockBalance(shop.Tenant.Id, key));

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
