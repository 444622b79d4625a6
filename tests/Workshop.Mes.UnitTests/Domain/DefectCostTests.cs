using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Quality;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class DefectCostTests
{
    [Fact]
    public void Scrapped_units_lose_their_material_and_the_lost_time()
    {
        // 3 × 1,250.5 = 3,751.5 won of fabric; 13 minutes at 12,345 won an hour = 2,674.75 won.
        var cost = DefectCost.Calculate(Disposition.Scrap, 3, 1_250.5m, reworkMinutesPerUnit: 10, lostMinutes: 13, hourlyLabourCost: 12_345);

        cost.Material.ShouldBe(3_752);
        cost.ReworkLabour.ShouldBe(0);
        cost.LostTime.ShouldBe(2_675);
        cost.Total.ShouldBe(6_427);
    }

    [Fact]
    public void Reworked_units_cost_the_minutes_spent_redoing_them()
    {
        // 4 units × 7.5 minutes at 15,000 won an hour = 7,500 won; the material is kept.
        var cost = DefectCost.Calculate(Disposition.Rework, 4, 8_000, reworkMinutesPerUnit: 7.5m, lostMinutes: 6, hourlyLabourCost: 15_000);

        cost.Material.ShouldBe(0);
        cost.ReworkLabour.ShouldBe(7_500);
        cost.LostTime.ShouldBe(1_500);
        cost.Total.ShouldBe(9_000);
    }

    [Theory]
    [InlineData(Disposition.UseAsIs)]
    [InlineData(Disposition.ReturnToSupplier)]
    public void Accepted_or_returned_units_cost_only_the_lost_time(Disposition disposition)
    {
        var cost = DefectCost.Calculate(disposition, 5, 8_000, reworkMinutesPerUnit: 12, lostMinutes: 20, hourlyLabourCost: 12_000);

        cost.Material.ShouldBe(0);
        cost.ReworkLabour.ShouldBe(0);
        cost.LostTime.ShouldBe(4_000);
        cost.Total.ShouldBe(4_000);
    }

    [Theory]
    [InlineData(5, 30, 3)]
    [InlineData(1, 30, 1)]
    [InlineData(3, 30, 2)]
    [InlineData(7, 30, 4)]
    public void Half_a_won_rounds_away_from_zero(decimal lostMinutes, decimal hourlyLabourCost, decimal expectedWon)
    {
        // 5 min at 30 won/h = 2.5 won → 3 (banker's rounding would give 2); 7 min = 3.5 → 4.
        var cost = DefectCost.Calculate(Disposition.UseAsIs, 1, 0, 0, lostMinutes, hourlyLabourCost);

        cost.LostTime.ShouldBe(expectedWon);
    }

    [Fact]
    public void Each_part_is_rounded_to_whole_won_on_its_own()
    {
        // Material 2 × 0.25 = 0.5 → 1 (scrap only); rework 2 × 0.5 min at 30 won/h = 0.5 → 1 (rework only); lost 1 min = 0.5 → 1.
        var scrap = DefectCost.Calculate(Disposition.Scrap, 2, 0.25m, 1, 1, 30);
        var rework = DefectCost.Calculate(Disposition.Rework, 2, 0.25m, 0.5m, 1, 30);

        scrap.ShouldBe(new DefectCost(1, 0, 1));
        rework.ShouldBe(new DefectCost(0, 1, 1));
    }

    [Fact]
    public void A_defect_with_no_lost_time_and_nothing_to_rework_costs_nothing()
    {
        var cost = DefectCost.Calculate(Disposition.UseAsIs, 2, 5_000, 0, 0, 12_000);

        cost.ShouldBe(DefectCost.Zero);
        cost.Total.ShouldBe(0);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_cost_for_no_units_is_refused(decimal quantity)
    {
        Should.Throw<DomainRuleException>(() => DefectCost.Calculate(Disposition.Scrap, quantity, 100, 0, 0, 10_000))
            .Code.ShouldBe("rule.positive");
    }

    [Theory]
    [InlineData(-1, 0, 0, 10_000)]
    [InlineData(100, -1, 0, 10_000)]
    [InlineData(100, 0, -1, 10_000)]
    [InlineData(100, 0, 0, -1)]
    public void Negative_costs_and_minutes_are_refused(decimal unitMaterialCost, decimal reworkMinutesPerUnit, decimal lostMinutes, decimal hourlyLabourCost)
    {
        Should.Throw<DomainRuleException>(() => DefectCost.Calculate(Disposition.Rework, 1, unitMaterialCost, reworkMinutesPerUnit, lostMinutes, hourlyLabourCost))
            .Code.ShouldBe("rule.not_negative");
    }
}
