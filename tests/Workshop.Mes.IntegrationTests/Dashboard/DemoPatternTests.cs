using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Infrastructure.DemoData;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Dashboard;

/// <summary>
/// Every pattern planted in the Changsin-dong garment history (<see cref="DemoPatterns"/>) shows on the owner's
/// dashboard, asked through the dashboard's own endpoints over the whole history.
/// </summary>
public sealed class DemoPatternTests(MesDatabase database) : IClassFixture<MesDatabase>
{
    private readonly SeededDemo _demo = SeededDemo.SharedBy(database);

    [Fact]
    public async Task Late_afternoon_scrap_is_well_above_the_mornings_on_the_heat_map()
    {
        var map = await _demo.GetAsync<DefectHeatmapFigure>($"/api/v1/dashboard/defect-heatmap?by=hour&{SeededDemo.Range}");

        map.Cells.Count.ShouldBe(7 * 24);
        var late = Rate(map.Cells.Where(c => c.Hour >= DemoPatterns.LateAfternoonFromHour));
        var morning = Rate(map.Cells.Where(c => c.Hour is >= 9 and < 12));
        morning.ShouldBeGreaterThan(0m);
        late.ShouldBeGreaterThan(2 * morning, $"after 15:00 {late:P2} against the morning's {morning:P2}");
        var worstHour = map.Cells.GroupBy(c => c.Hour).Where(g => g.Sum(c => c.Good + c.Scrap) > 0).MaxBy(g => Rate(g))!.Key;
        worstHour.ShouldBeGreaterThanOrEqualTo(DemoPatterns.LateAfternoonFromHour, "the worst hour of the day is in the late afternoon");
    }

    [Fact]
    public async Task The_defect_prone_station_has_the_highest_rate_by_far()
    {
        var map = await _demo.GetAsync<DefectHeatmapFigure>($"/api/v1/dashboard/defect-heatmap?by=station&{SeededDemo.Range}");

        var byStation = map.Cells.GroupBy(c => c.WorkstationCode!).Where(g => g.Sum(c => c.Good + c.Scrap) > 0).ToDictionary(g => g.Key, g => Rate(g));
        var prone = byStation[DemoPatterns.DefectProneWorkstationCode];
        var others = Rate(map.Cells.Where(c => c.WorkstationCode != DemoPatterns.DefectProneWorkstationCode));
        byStation.MaxBy(s => s.Value).Key.ShouldBe(DemoPatterns.DefectProneWorkstationCode);
        prone.ShouldBeGreaterThan(2 * others, $"{DemoPatterns.DefectProneWorkstationCode} {prone:P2} against the others' {others:P2}");
    }

    [Fact]
    public async Task The_suspect_fabric_lot_from_its_supplier_stands_out_among_the_lots_of_that_fabric()
    {
        var lots = await _demo.GetAsync<DefectLotsFigure>($"/api/v1/dashboard/defect-lots?{SeededDemo.Range}");

        var fabric = lots.Lots.Where(l => l.ItemCode == DemoPatterns.SuspectLotMaterialCode && l.Processed > 0).ToList();
        fabric.Count.ShouldBeGreaterThan(2);
        var worst = fabric.MaxBy(l => l.Rate)!;
        worst.Supplier.ShouldBe(DemoPatterns.SuspectLotSupplier);
        var rest = fabric.Where(l => l.LotId != worst.LotId).ToList();
        var restRate = rest.Sum(l => l.Scrap) / rest.Sum(l => l.Processed);
        worst.Rate!.Value.ShouldBeGreaterThan(2 * restRate, $"lot {worst.LotNumber} {worst.Rate:P2} against the other lots' {restRate:P2}");
        // The suspect lot is the receipt closest to thirteen weeks ago; receipts of the fabric come a few weeks apart.
        (DateTimeOffset.UtcNow - worst.ReceivedAt).TotalDays.ShouldBe(7 * DemoPatterns.SuspectLotWeeksAgo, 14);
        worst.Defects.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_overlock_machine_is_overloaded_on_a_typical_monday_and_not_on_other_days()
    {
        var load = await _demo.GetAsync<LoadFigure>($"/api/v1/dashboard/load?{SeededDemo.Range}");

        var overlock = load.Stations.Single(s => s.Code == DemoPatterns.OverloadedWorkstationCode);
        var monday = overlock.TypicalWeek.Single(d => d.Weekday == DemoPatterns.OverloadedDay);
        monday.Overloaded.ShouldBeTrue($"{monday.AverageLoadHours} h against {monday.CapacityHours} h");
        monday.AverageLoadHours.ShouldBeGreaterThan(monday.CapacityHours);
        overlock.TypicalWeek.Where(d => d.Weekday != DemoPatterns.OverloadedDay).ShouldAllBe(d => d.AverageLoadHours < monday.AverageLoadHours);
        overlock.TypicalWeek.Where(d => d.Weekday is not (DemoPatterns.OverloadedDay or DayOfWeek.Sunday)).ShouldAllBe(d => !d.Overloaded);
    }

    [Fact]
    public async Task The_zipper_is_in_the_shortages_below_its_safety_stock_with_released_orders_waiting()
    {
        var shortages = await _demo.GetAsync<ShortagesFigure>("/api/v1/dashboard/shortages");

        var zipper = shortages.Items.Single(i => i.ItemCode == DemoPatterns.ShortMaterialCode);
        zipper.BelowSafetyStock.ShouldBeTrue();
        zipper.OnHand.ShouldBeLessThan(zipper.SafetyStock);
        zipper.BlockedOrders.ShouldBeGreaterThan(0);
        zipper.Shortfall.ShouldBeGreaterThan(0);
    }

    private static decimal Rate(IEnumerable<HeatmapCell> cells)
    {
        var list = cells.ToList();
        var pieces = list.Sum(c => c.Good + c.Scrap);
        return pieces == 0 ? 0 : list.Sum(c => c.Scrap) / pieces;
    }
}
