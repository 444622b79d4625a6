using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Quality;

/// <summary>
/// The one arrangement of the quality tests: the test workshop with two defect codes, a fabric lot, a released order
/// and three defects found on it — a cheap open stitch fault on sewing (D-1, two days ago), a costly open one from the
/// lot on cutting (D-2, yesterday) and an analysed stain (D-3, today) — and two downtimes on sewing, one still open.
/// </summary>
internal sealed class QualityShop
{
    private QualityShop(TestWorkshop shop, DefectCode stitch, DefectCode stain, DowntimeReason waiting, DowntimeReason breakdown, Lot lot, WorkOrder order, DefectRecord cheap, DefectRecord costly, DefectRecord analysed)
    {
        Shop = shop;
        Stitch = stitch;
        Stain = stain;
        Waiting = waiting;
        Breakdown = breakdown;
        Lot = lot;
        Order = order;
        Cheap = cheap;
        Costly = costly;
        Analysed = analysed;
    }

    public TestWorkshop Shop { get; }

    public Guid Id => Shop.Tenant.Id;

    public DefectCode Stitch { get; }

    public DefectCode Stain { get; }

    public DowntimeReason Waiting { get; }

    public DowntimeReason Breakdown { get; }

    public Lot Lot { get; }

    public WorkOrder Order { get; }

    public DefectRecord Cheap { get; }

    public DefectRecord Costly { get; }

    public DefectRecord Analysed { get; }

    public static async Task<QualityShop> CreateAsync(MesDatabase database, string slug = "test-garment")
    {
        var shop = TestWorkshop.Create(slug, slug == "test-garment" ? "테스트 봉제공방" : $"공방 {slug}");
        var id = shop.Tenant.Id;
        var stitch = new DefectCode(id, "D01", "봉제 불량", CauseCategory.Man, "#d32f2f", "content_cut");
        var stain = new DefectCode(id, "D02", "원단 얼룩", CauseCategory.Material, "#6a1b9a", "warning");
        var waiting = new DowntimeReason(id, "DT01", "자재 대기", planned: false);
        var breakdown = new DowntimeReason(id, "DT02", "미싱 고장", planned: false);
        var lot = new Lot(id, shop.Fabric.Id, $"L-{slug}-01", "대한섬유", TestWorkshop.Now.AddDays(-10), null);
        var order = shop.WorkOrders.Released("WO-2611-0001", 10);
        var cheap = Defect(shop, "DF-2611-0001", stitch, new DefectSource(shop.Product.Id, order.Id, WorkstationId: shop.Sewing.Id, WorkerId: shop.Worker.Id), 1, new DefectCost(6_750, 0, 0), TestWorkshop.Now.AddDays(-2));
        var costly = Defect(shop, "DF-2611-0002", stitch, new DefectSource(shop.Product.Id, order.Id, WorkstationId: shop.Cutting.Id, WorkerId: shop.Worker.Id, MaterialLotId: lot.Id), 3, new DefectCost(20_250, 0, 4_000), TestWorkshop.Now.AddDays(-1));
        var analysed = Defect(shop, "DF-2611-0003", stain, new DefectSource(shop.Product.Id, order.Id, WorkstationId: shop.Sewing.Id), 2, new DefectCost(13_500, 0, 0), TestWorkshop.Now);
        analysed.Analyse("원단 로트 염색 얼룩", CauseCategory.Material, lot.Id, shop.Cutting.Id, TestWorkshop.Now);
        var ended = new Downtime(id, shop.Sewing.Id, breakdown.Id, TestWorkshop.Now.AddHours(-3), shop.Worker.Id);
        ended.End(TestWorkshop.Now.AddHours(-2), "벨트 교체");
        var running = new Downtime(id, shop.Sewing.Id, waiting.Id, TestWorkshop.Now.AddMinutes(-30), shop.Worker.Id);
        await shop.SaveAsync(database, stitch, stain, waiting, breakdown, lot, order, cheap, costly, analysed, ended, running);
        return new QualityShop(shop, stitch, stain, waiting, breakdown, lot, order, cheap, costly, analysed);
    }

    /// <summary>Output counted in the rollups for the product at a station, in the hour of <paramref name="at"/>.</summary>
    public Task ProducedAsync(MesDatabase database, Guid stationId, DateTimeOffset at, decimal good, decimal scrap = 0) =>
        Shop.SaveAsync(database, new ProductionRollup(Id, new RollupKey(stationId, Shop.Product.Id, HourBuckets.HourOf(at)), RollupMeasures.Zero with { Good = good, Scrap = scrap }));

    public static DefectRecord Defect(TestWorkshop shop, string number, DefectCode code, DefectSource source, decimal quantity, DefectCost cost, DateTimeOffset at) =>
        new(shop.Tenant.Id, number, source, code.Id, code.Category, quantity, Disposition.Scrap, cost, at);
}
