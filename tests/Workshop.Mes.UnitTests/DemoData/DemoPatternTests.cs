using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.DemoData;

namespace Workshop.Mes.UnitTests.DemoData;

/// <summary>The patterns planted in the garment workshop are plain in its numbers, whatever day the demo is seeded.</summary>
public sealed class DemoPatternTests
{
    private static readonly TimeSpan _seoul = TimeSpan.FromHours(9);

    public static TheoryData<DateTimeOffset> Clocks =>
    [
        DemoDataFixture.Now,
        new DateTimeOffset(2026, 1, 5, 8, 0, 0, _seoul),
        new DateTimeOffset(2026, 3, 1, 22, 0, 0, _seoul),
        new DateTimeOffset(2026, 11, 14, 12, 45, 0, _seoul),
    ];

    [Theory]
    [MemberData(nameof(Clocks))]
    public void Defects_cluster_late_in_the_afternoon(DateTimeOffset now)
    {
        var outputs = Outputs(Build(now));

        var morning = ScrapRate(outputs.Where(e => Local(e).Hour < 12));
        var lateAfternoon = ScrapRate(outputs.Where(e => Local(e).Hour >= DemoPatterns.LateAfternoonFromHour));

        (lateAfternoon / morning).ShouldBeGreaterThan(2.0);
    }

    [Theory]
    [MemberData(nameof(Clocks))]
    public void Defects_cluster_at_the_second_lockstitch_machine(DateTimeOffset now)
    {
        var workshop = Build(now);
        var proneStation = workshop.Workstations.Single(s => s.Code == DemoPatterns.DefectProneWorkstationCode);
        proneStation.Name.ShouldBe("본봉 미싱 2");
        var steps = workshop.WorkOrders.SelectMany(w => w.Steps).ToDictionary(s => s.Id);
        var outputs = Outputs(workshop);

        var atProne = ScrapRate(outputs.Where(e => steps[e.WorkOrderStepId].WorkstationId == proneStation.Id));
        var elsewhere = ScrapRate(outputs.Where(e => steps[e.WorkOrderStepId].WorkstationId != proneStation.Id));

        (atProne / elsewhere).ShouldBeGreaterThan(2.0);
    }

    [Theory]
    [MemberData(nameof(Clocks))]
    public void One_supplier_lot_of_white_cotton_has_several_times_the_defect_rate_of_the_other_lots(DateTimeOffset now)
    {
        var workshop = Build(now);
        var lot = workshop.SuspectLot.ShouldNotBeNull();
        lot.SupplierName.ShouldBe(DemoPatterns.SuspectLotSupplier);
        workshop.Items.Single(i => i.Id == lot.ItemId).Code.ShouldBe(DemoPatterns.SuspectLotMaterialCode);

        // Which lot of the fabric each work order was cut from, as the backflush ledger says.
        var lotOfOrder = workshop.StockMovements
            .Where(m => m.Kind == StockMovementKind.Backflush && m.ItemId == lot.ItemId)
            .GroupBy(m => m.WorkOrderId!.Value)
            .ToDictionary(g => g.Key, g => g.Select(m => m.LotId).Distinct().Single());
        var outputs = Outputs(workshop).Where(e => lotOfOrder.ContainsKey(e.WorkOrderId)).ToList();

        var suspect = outputs.Where(e => lotOfOrder[e.WorkOrderId] == lot.Id).ToList();
        var others = outputs.Where(e => lotOfOrder[e.WorkOrderId] != lot.Id).ToList();
        suspect.Select(e => e.WorkOrderId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(4);
        (ScrapRate(suspect) / ScrapRate(others)).ShouldBeGreaterThan(2.5);
        workshop.DefectRecords.Count(d => d.MaterialLotId == lot.Id).ShouldBeGreaterThan(10);
    }

    [Theory]
    [MemberData(nameof(Clocks))]
    public void The_overlock_machine_is_overloaded_on_Mondays(DateTimeOffset now)
    {
        var workshop = Build(now);
        var overlock = workshop.Workstations.Single(s => s.Code == DemoPatterns.OverloadedWorkstationCode);
        var steps = workshop.WorkOrders.SelectMany(w => w.Steps).Where(s => s.WorkstationId == overlock.Id).ToDictionary(s => s.Id);
        var events = workshop.ProductionEvents.Where(e => steps.ContainsKey(e.WorkOrderStepId)).ToList();

        // Standard minutes reported per day: run time of the pieces, plus each step's setup on the day it started.
        var firstStarts = events.Where(e => e.Kind == ProductionEventKind.Start).GroupBy(e => e.WorkOrderStepId).Select(g => g.MinBy(e => e.CapturedAt)!).ToHashSet();
        var days = events
            .GroupBy(e => DateOnly.FromDateTime(Local(e).DateTime))
            .Select(g => (Day: g.Key, Events: g.Count(), Minutes: g.Sum(e => ((e.GoodQuantity + e.ScrapQuantity) * steps[e.WorkOrderStepId].RunMinutesPerUnit)
                + (firstStarts.Contains(e) ? steps[e.WorkOrderStepId].SetupMinutes : 0))))
            .ToList();
        var mondays = days.Where(d => d.Day.DayOfWeek == DemoPatterns.OverloadedDay).ToList();
        var otherWeekdays = days.Where(d => d.Day.DayOfWeek is not (DemoPatterns.OverloadedDay or DayOfWeek.Saturday)).ToList();

        var capacityMinutes = overlock.HoursPerDay * 60;
        mondays.Average(d => d.Minutes).ShouldBeGreaterThan(capacityMinutes * 1.15m);
        mondays.Average(d => d.Minutes).ShouldBeGreaterThan(otherWeekdays.Average(d => d.Minutes) * 2);
        mondays.Average(d => d.Events).ShouldBeGreaterThan(otherWeekdays.Average(d => d.Events) * 2);
    }

    [Theory]
    [MemberData(nameof(Clocks))]
    public void One_material_runs_short_while_released_orders_still_need_it(DateTimeOffset now)
    {
        var workshop = Build(now);
        var zipper = workshop.Items.Single(i => i.Code == DemoPatterns.ShortMaterialCode);
        var onHand = workshop.StockBalances.Where(b => b.ItemId == zipper.Id).Sum(b => b.OnHand);
        var outstanding = workshop.WorkOrders
            .Where(w => w.Status is WorkOrderStatus.Released or WorkOrderStatus.OnHold)
            .SelectMany(w => w.Materials)
            .Where(m => m.ItemId == zipper.Id)
            .Sum(m => m.OutstandingQuantity);

        onHand.ShouldBeLessThan(zipper.SafetyStock);
        zipper.SafetyStock.ShouldBeLessThan(zipper.ReorderPoint);
        outstanding.ShouldBeGreaterThan(onHand);
        var lastReceipt = workshop.StockMovements.Where(m => m.ItemId == zipper.Id && m.Kind == StockMovementKind.Receipt).Max(m => m.OccurredAt);
        lastReceipt.ShouldBeLessThan(now.AddDays(-7 * DemoPatterns.ShortMaterialLastReceiptWeeksAgo));

        // It is the only material below its reorder point, so the shortage stands out.
        workshop.Items
            .Where(i => i.Kind == ItemKind.Material && i.Id != zipper.Id)
            .ShouldAllBe(i => workshop.StockBalances.Where(b => b.ItemId == i.Id).Sum(b => b.OnHand) >= i.ReorderPoint);
    }

    [Theory]
    [MemberData(nameof(Clocks))]
    public void Every_rule_holds_whatever_day_the_demo_is_seeded(DateTimeOffset now)
    {
        var data = DemoDataSet.Build(now);

        foreach (var workshop in data.Workshops)
        {
            workshop.StockBalances.ShouldAllBe(b => b.OnHand >= 0);
            workshop.ProductionEvents.ShouldAllBe(e => e.CapturedAt <= now);
            workshop.WorkOrders.ShouldContain(w => w.Status == WorkOrderStatus.InProgress);
            workshop.WorkOrders.ShouldContain(w => w.Status == WorkOrderStatus.Draft);
        }

        data[DemoWorkshops.ChangsinGarment].WorkOrders.Count(w => w.Status == WorkOrderStatus.OnHold).ShouldBe(2);
    }

    private static DemoWorkshopData Build(DateTimeOffset now) =>
        (now == DemoDataFixture.Now ? DemoDataFixture.Default : DemoDataSet.Build(now))[DemoWorkshops.ChangsinGarment];

    private static List<ProductionEvent> Outputs(DemoWorkshopData workshop) =>
        [.. workshop.ProductionEvents.Where(e => e.Kind is ProductionEventKind.Output or ProductionEventKind.Finish)];

    private static double ScrapRate(IEnumerable<ProductionEvent> outputs)
    {
        var list = outputs.ToList();
        return (double)(list.Sum(e => e.ScrapQuantity) / list.Sum(e => e.GoodQuantity + e.ScrapQuantity));
    }

    private static DateTimeOffset Local(ProductionEvent e) => e.CapturedAt.ToOffset(_seoul);
}
