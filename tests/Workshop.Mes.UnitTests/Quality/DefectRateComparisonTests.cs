using Workshop.Mes.Domain.Quality;

namespace Workshop.Mes.UnitTests.Quality;

/// <summary>The before/after rule (ADR 0067): 8-week windows, a two-proportion test, and "too small" said plainly.</summary>
public sealed class DefectRateComparisonTests
{
    private static readonly DateTimeOffset ClosedAt = new(2026, 9, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_windows_are_the_eight_weeks_before_closing_and_the_eight_after()
    {
        var before = DefectRateComparison.Before(ClosedAt);
        var after = DefectRateComparison.After(ClosedAt, ClosedAt.AddDays(100));

        before.ShouldBe((ClosedAt.AddDays(-56), ClosedAt));
        after.ShouldBe((ClosedAt, ClosedAt.AddDays(56)));
    }

    [Fact]
    public void While_the_eight_weeks_after_are_not_over_the_after_window_ends_now()
    {
        DefectRateComparison.After(ClosedAt, ClosedAt.AddDays(10)).ShouldBe((ClosedAt, ClosedAt.AddDays(10)));
        DefectRateComparison.After(ClosedAt, ClosedAt.AddDays(-1)).ShouldBe((ClosedAt, ClosedAt));
    }

    [Fact]
    public void A_clear_fall_in_the_rate_is_lower()
    {
        DefectRateComparison.Judge(Window(1_000, 80), Window(1_000, 20)).ShouldBe(ComparisonVerdict.Lower);
    }

    [Fact]
    public void A_clear_rise_in_the_rate_is_higher()
    {
        DefectRateComparison.Judge(Window(1_000, 20), Window(1_000, 80)).ShouldBe(ComparisonVerdict.Higher);
    }

    [Fact]
    public void A_difference_within_chance_is_no_clear_change()
    {
        // 5 % against 4 % of 500 units: z ≈ -0.77.
        DefectRateComparison.Judge(Window(500, 25), Window(500, 20)).ShouldBe(ComparisonVerdict.NoClearChange);
    }

    [Theory]
    [InlineData(99, 30, 1_000, 10)]
    [InlineData(1_000, 30, 99, 1)]
    [InlineData(0, 0, 0, 0)]
    public void A_window_that_made_fewer_than_100_units_is_too_small(int outputBefore, int defectiveBefore, int outputAfter, int defectiveAfter)
    {
        DefectRateComparison.Judge(Window(outputBefore, defectiveBefore), Window(outputAfter, defectiveAfter)).ShouldBe(ComparisonVerdict.TooSmall);
    }

    [Fact]
    public void Too_few_defects_to_expect_five_in_a_window_is_too_small_even_with_much_output()
    {
        // 4 defective in 2,000 units: the pooled rate expects 2 per window, too few to tell 3 → 1 from chance.
        DefectRateComparison.Judge(Window(1_000, 3), Window(1_000, 1)).ShouldBe(ComparisonVerdict.TooSmall);
        DefectRateComparison.IsTooSmall(Window(1_000, 6), Window(1_000, 4)).ShouldBeFalse();
    }

    [Fact]
    public void The_rate_is_defective_units_per_unit_made_and_none_without_output()
    {
        Window(400, 10).Rate.ShouldBe(0.025m);
        Window(0, 3).Rate.ShouldBeNull();
    }

    private static RateWindow Window(decimal output, decimal defective) => new(ClosedAt.AddDays(-56), ClosedAt, output, defective);
}
