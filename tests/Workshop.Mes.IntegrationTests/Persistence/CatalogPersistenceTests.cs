using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Persistence;

public sealed class CatalogPersistenceTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Items_routings_boms_and_codes_come_back_as_saved()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var defect = new DefectCode(shop.Tenant.Id, "D01", "봉제 불량", CauseCategory.Method, "#e53935", "content_cut");
        var reason = new DowntimeReason(shop.Tenant.Id, "BRK", "미싱 고장", planned: false);
        var store = new Location(shop.Tenant.Id, "ST", "자재창고", LocationKind.Store);
        await using (var db = database.CreateContext())
        {
            var material = await db.Items.SingleAsync(i => i.Id == shop.Fabric.Id);
            material.SetPlanning(reorderPoint: 50, safetyStock: 20, leadTimeDays: 5);
            material.TrackLots(true);
            db.AddRange(defect, reason, store);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var fabric = await read.Items.SingleAsync(i => i.Id == shop.Fabric.Id);
        fabric.ShouldSatisfyAllConditions(
            () => fabric.Name.ShouldBe("면 원단 흰색"),
            () => fabric.Kind.ShouldBe(ItemKind.Material),
            () => fabric.ReorderPoint.ShouldBe(50),
            () => fabric.SafetyStock.ShouldBe(20),
            () => fabric.LotTracked.ShouldBeTrue(),
            () => fabric.Version.ShouldNotBe(0u));
        var routing = await read.RoutingSteps.Where(s => s.ProductId == shop.Product.Id).OrderBy(s => s.Sequence).ToListAsync();
        routing.Select(s => s.Operation).ShouldBe(["재단", "봉제"]);
        routing[1].RunMinutesPerUnit.ShouldBe(20);
        (await read.BomLines.SingleAsync()).QuantityPer.ShouldBe(1.5m);
        (await read.DefectCodes.SingleAsync()).Category.ShouldBe(CauseCategory.Method);
        (await read.DowntimeReasons.SingleAsync()).Planned.ShouldBeFalse();
        (await read.Locations.SingleAsync()).Kind.ShouldBe(LocationKind.Store);
    }

    [Fact]
    public async Task Two_items_with_the_same_code_in_one_workshop_are_refused_by_the_database()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await using var db = database.CreateContext();
        db.Items.Add(new Item(shop.Tenant.Id, "BL-01", "중복 블라우스", ItemKind.Product, "ea", 1));

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task A_stale_edit_of_an_item_is_refused_as_a_concurrency_conflict()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Items.SingleAsync(i => i.Id == shop.Fabric.Id);
        var theirs = await second.Items.SingleAsync(i => i.Id == shop.Fabric.Id);

        theirs.ChangeStandardCost(5_000);
        await second.SaveChangesAsync();
        mine.ChangeStandardCost(6_000);

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
        await using var read = database.CreateContext();
        (await read.Items.SingleAsync(i => i.Id == shop.Fabric.Id)).StandardCost.ShouldBe(5_000);
    }
}
