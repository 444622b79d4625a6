using Workshop.Mes.Benchmarks;

namespace Workshop.Mes.UnitTests.Benchmarks;

/// <summary>ADR 0073: the dashboard benchmark's history has the size asked for, on working days, and its percentiles are nearest-rank.</summary>
public sealed class HistoryShapeTests
{
    [Fact]
    public void Other_workshops_share_the_rest_exactly_in_falling_zipf_sizes()
    {
        var sizes = HistoryShape.OtherWorkshopSizes(10_000_000, 40_000_000, 120);

        sizes.Sum().ShouldBe(40_000_000);
        sizes.Count.ShouldBeInRange(60, 120);
        sizes[0].ShouldBeLessThan(10_000_000, "the large workshop stays the largest");
        sizes.Zip(sizes.Skip(1)).ShouldAllBe(pair => pair.First >= pair.Second);
        ((double)sizes[1]).ShouldBe(10_000_000 / 3.0, tolerance: 10_000_000 / 3.0 / 20);
    }

    [Fact]
    public void Other_workshops_are_capped_in_number_and_none_without_a_rest()
    {
        var sizes = HistoryShape.OtherWorkshopSizes(1_000, 1_000_000, 10);

        sizes.Count.ShouldBe(10);
        sizes.Sum().ShouldBe(1_000_000);
        HistoryShape.OtherWorkshopSizes(1_000, 0, 10).ShouldBeEmpty();
    }

    [Fact]
    public void Working_days_leave_out_sundays()
    {
        // 2026-11-30 is a Monday: a fortnight has twelve working days.
        var days = HistoryShape.WorkingDays(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 14));

        days.Count.ShouldBe(12);
        days.ShouldNotContain(d => d.DayOfWeek == DayOfWeek.Sunday);
        days[^1].ShouldBe(new DateOnly(2026, 12, 12));
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(1_000_000, 1565)]
    [InlineData(2, 7)]
    public void Shares_add_up_to_the_total_and_differ_by_at_most_one(long total, int slots)
    {
        var shares = Enumerable.Range(0, slots).Select(i => HistoryShape.Share(total, slots, i)).ToList();

        shares.Sum().ShouldBe(total);
        (shares.Max() - shares.Min()).ShouldBeLessThanOrEqualTo(1);
    }

    [Fact]
    public void A_line_runs_orders_of_about_the_step_size_and_never_a_step_without_start_and_finish()
    {
        HistoryShape.OrdersForDay(9, 5, 36).ShouldBe(0, "five steps need ten events");
        HistoryShape.OrdersForDay(10, 5, 36).ShouldBe(1);
        HistoryShape.OrdersForDay(1_800, 5, 36).ShouldBe(10);
        HistoryShape.OrdersForDay(25, 5, 2).ShouldBe(2, "two orders of five two-event steps fit in 25, three would not");
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        double[] values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];

        HistoryShape.Percentile(values, 0.50).ShouldBe(5);
        HistoryShape.Percentile(values, 0.95).ShouldBe(10);
        HistoryShape.Percentile(values, 0.0).ShouldBe(1);
        HistoryShape.Percentile([42], 0.95).ShouldBe(42);
        double.IsNaN(HistoryShape.Percentile([], 0.5)).ShouldBeTrue();
    }
}
