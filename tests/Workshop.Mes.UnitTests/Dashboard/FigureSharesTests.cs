using Workshop.Mes.Domain.Dashboard;

namespace Workshop.Mes.UnitTests.Dashboard;

public sealed class FigureSharesTests
{
    [Fact]
    public void A_defect_rate_is_scrap_over_everything_reported_to_four_decimals()
    {
        FigureShares.DefectRate(good: 297, scrap: 3).ShouldBe(0.01m);
        FigureShares.DefectRate(good: 2, scrap: 1).ShouldBe(0.3333m);
    }

    [Fact]
    public void Nothing_reported_is_no_rate_rather_than_zero_percent()
    {
        FigureShares.DefectRate(0, 0).ShouldBeNull();
        FigureShares.Share(5, 0).ShouldBeNull();
    }

    [Fact]
    public void The_month_on_month_change_is_the_difference_and_its_share_of_the_month_before()
    {
        FigureShares.MonthOnMonth(previous: 400_000, current: 500_000).ShouldBe((100_000m, 0.25m));
        FigureShares.MonthOnMonth(previous: 500_000, current: 400_000).ShouldBe((-100_000m, -0.2m));
    }

    [Fact]
    public void A_month_after_one_that_cost_nothing_has_a_change_but_no_share_and_the_first_month_has_neither()
    {
        FigureShares.MonthOnMonth(previous: 0, current: 80_000).ShouldBe((80_000m, (decimal?)null));
        FigureShares.MonthOnMonth(previous: null, current: 80_000).ShouldBe(((decimal?)null, (decimal?)null));
    }

    [Fact]
    public void Pareto_bars_carry_their_share_and_the_running_share_which_ends_at_one()
    {
        var shares = FigureShares.Pareto([600, 300, 100]);

        shares.ShouldBe([(0.6m, 0.6m), (0.3m, 0.9m), (0.1m, 1m)]);
    }

    [Fact]
    public void A_pareto_of_bars_that_cost_nothing_shows_zero_shares()
    {
        FigureShares.Pareto([0, 0]).ShouldBe([(0m, 0m), (0m, 0m)]);
        FigureShares.Pareto([]).ShouldBeEmpty();
    }
}
