using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Persistence;

public sealed class QualityPersistenceTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_defect_keeps_its_cost_parts_photos_and_analysis()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var code = new DefectCode(shop.Tenant.Id, "D01", "봉제 불량", CauseCategory.Method, "#e53935", "content_cut");
        var order = shop.WorkOrders.Released("WO-2611-0001");
        var cost = DefectCost.Calculate(Disposition.Scrap, 3, 6_750, 0, 20, 12_000);
        var defect = new DefectRecord(
            shop.Tenant.Id,
            "DF-2611-0001",
            new DefectSource(shop.Product.Id, order.Id, order.Steps[1].Id, shop.Sewing.Id, shop.Worker.Id),
            code.Id,
            CauseCategory.Method,
            3,
            Disposition.Scrap,
            cost,
            TestWorkshop.Now);
        defect.AttachPhoto("2611/df-0001-a.jpg", "image/jpeg", 120_000, TestWorkshop.Now);
        defect.Analyse("바늘 마모로 땀 뜀 발생", CauseCategory.Machine);
        await shop.SaveAsync(database, code, order, defect);

        await using var db = database.CreateContext();
        var stored = await db.DefectRecords.SingleAsync();
        stored.Cost.ShouldBe(new DefectCost(20_250, 0, 4_000));
        stored.Cost.Total.ShouldBe(24_250);
        stored.Status.ShouldBe(DefectStatus.Analysed);
        stored.CauseCategory.ShouldBe(CauseCategory.Machine);
        stored.Photos.Single().ContentType.ShouldBe("image/jpeg");
    }

    [Fact]
    public async Task A_downtime_keeps_its_start_and_end_in_utc()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var reason = new DowntimeReason(shop.Tenant.Id, "BRK", "미싱 고장", planned: false);
        var downtime = new Downtime(shop.Tenant.Id, shop.Sewing.Id, reason.Id, TestWorkshop.Now, shop.Worker.Id);
        downtime.End(TestWorkshop.Now.AddMinutes(45), "벨트 교체");
        await shop.SaveAsync(database, reason, downtime);

        await using var db = database.CreateContext();
        var stored = await db.Downtimes.SingleAsync();
        stored.Duration(TestWorkshop.Now).ShouldBe(TimeSpan.FromMinutes(45));
        stored.StartedAt.Offset.ShouldBe(TimeSpan.Zero);
        stored.Note.ShouldBe("벨트 교체");
    }
}
