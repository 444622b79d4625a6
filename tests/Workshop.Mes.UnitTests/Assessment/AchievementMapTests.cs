using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.UnitTests.Assessment;

/// <summary>§8.1: measured values map piecewise-linearly onto N/P/L/F (0 → 0, P → 0.15, L → 0.50, F → 0.85, best → 1).</summary>
public sealed class AchievementMapTests
{
    private static readonly LocalText Text = new("가", "a");

    private static IndicatorDefinition Indicator(IReadOnlyList<MetricSpec> metrics, Dictionary<string, IReadOnlyDictionary<string, double>> levels) =>
        new("S2-DC-01", 2, Dimension.DC, true, FunctionalArea.Production, AutoEvidence.Y, Text, Text, AnswerScale.Agreement, "test", 90, 1,
            metrics, levels, new RoadmapAction(Text, "none", "none", "자체", "foundation", 1, 1));

    private static readonly IndicatorDefinition Coverage = Indicator(
        [new MetricSpec("coverage", Text, "share", Better.Higher, 0, 1)],
        new() { ["P"] = new Dictionary<string, double> { ["coverage"] = 0.3 }, ["L"] = new Dictionary<string, double> { ["coverage"] = 0.7 }, ["F"] = new Dictionary<string, double> { ["coverage"] = 0.9 } });

    /// <summary>Shaped like S3-DC-01: same-day share for P; median delay and backfill (lower is better) for L and F.</summary>
    private static readonly IndicatorDefinition Latency = Indicator(
        [
            new MetricSpec("same_day_share", Text, "share", Better.Higher, 0, 1),
            new MetricSpec("median_latency_minutes", Text, "minutes", Better.Lower, 1440, 0),
            new MetricSpec("backfill_share", Text, "share", Better.Lower, 1, 0),
        ],
        new()
        {
            ["P"] = new Dictionary<string, double> { ["same_day_share"] = 0.5 },
            ["L"] = new Dictionary<string, double> { ["median_latency_minutes"] = 120, ["backfill_share"] = 0.25 },
            ["F"] = new Dictionary<string, double> { ["median_latency_minutes"] = 15, ["backfill_share"] = 0.10 },
        });

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(0.15, 0.075)]
    [InlineData(0.3, 0.15)]
    [InlineData(0.5, 0.325)]
    [InlineData(0.7, 0.5)]
    [InlineData(0.9, 0.85)]
    [InlineData(0.95, 0.925)]
    [InlineData(1.0, 1.0)]
    public void One_metric_maps_through_its_thresholds(double coverage, double expected)
    {
        AchievementMap.Of(Coverage, new Dictionary<string, double> { ["coverage"] = coverage }).ShouldBe(expected, 0.001);
    }

    [Fact]
    public void Just_below_a_threshold_stays_in_the_band_below()
    {
        var achievement = AchievementMap.Of(Coverage, new Dictionary<string, double> { ["coverage"] = 0.6999 });

        AchievementMap.BandOf(achievement).ShouldBe(Band.P);
    }

    [Theory]
    [InlineData(0.0, Band.N)]
    [InlineData(0.1499, Band.N)]
    [InlineData(0.15, Band.P)]
    [InlineData(0.4999, Band.P)]
    [InlineData(0.5, Band.L)]
    [InlineData(0.8499, Band.L)]
    [InlineData(0.85, Band.F)]
    [InlineData(1.0, Band.F)]
    public void The_bands_cut_at_15_50_and_85_percent(double achievement, Band band)
    {
        AchievementMap.BandOf(achievement).ShouldBe(band);
    }

    [Fact]
    public void A_level_needs_every_metric_it_names()
    {
        var values = new Dictionary<string, double> { ["same_day_share"] = 0.9, ["median_latency_minutes"] = 60, ["backfill_share"] = 0.40 };

        AchievementMap.Reached(Latency, values).ShouldBe(Band.P);
    }

    [Fact]
    public void The_worked_example_latency_is_rated_P()
    {
        var values = new Dictionary<string, double> { ["same_day_share"] = 0.55, ["median_latency_minutes"] = 300, ["backfill_share"] = 0.60 };

        var achievement = AchievementMap.Of(Latency, values);

        AchievementMap.BandOf(achievement).ShouldBe(Band.P);
        achievement.ShouldBe(0.15 + (0.35 * (0.6 - 1) / (0.25 - 1)), 0.001);
    }

    [Fact]
    public void A_lower_level_missed_caps_the_rating_whatever_the_higher_metrics_say()
    {
        var values = new Dictionary<string, double> { ["same_day_share"] = 0.2, ["median_latency_minutes"] = 5, ["backfill_share"] = 0.0 };

        AchievementMap.Reached(Latency, values).ShouldBe(Band.N);
        AchievementMap.Of(Latency, values).ShouldBeLessThan(0.15);
    }

    [Fact]
    public void Real_time_capture_at_its_best_is_fully_achieved()
    {
        var values = new Dictionary<string, double> { ["same_day_share"] = 1, ["median_latency_minutes"] = 0, ["backfill_share"] = 0 };

        AchievementMap.Of(Latency, values).ShouldBe(1.0);
    }

    [Fact]
    public void A_metric_no_level_names_is_only_reported_and_does_not_hold_back_a_full_rating()
    {
        // Shaped like S2-DC-03: specific defect codes rate it; the photo share is shown for information.
        var codes = Indicator(
            [new MetricSpec("specific_code_share", Text, "share", Better.Higher, 0, 1), new MetricSpec("photo_share", Text, "share", Better.Higher, 0, 1)],
            new()
            {
                ["P"] = new Dictionary<string, double> { ["specific_code_share"] = 0.3 },
                ["L"] = new Dictionary<string, double> { ["specific_code_share"] = 0.6 },
                ["F"] = new Dictionary<string, double> { ["specific_code_share"] = 0.85 },
            });

        AchievementMap.Of(codes, new Dictionary<string, double> { ["specific_code_share"] = 1, ["photo_share"] = 0 }).ShouldBe(1.0);
        AchievementMap.Of(codes, new Dictionary<string, double> { ["specific_code_share"] = 0.7, ["photo_share"] = 0 }).ShouldBe(0.5 + (0.1 / 0.25 * 0.35), 0.001);
    }

    [Theory]
    [InlineData(AnswerScale.Agreement, 0, 0.0)]
    [InlineData(AnswerScale.Agreement, 2, 0.4)]
    [InlineData(AnswerScale.Agreement, 4, 1.0)]
    [InlineData(AnswerScale.Adoption, 4, 0.7)]
    [InlineData(AnswerScale.Adoption, 5, 1.0)]
    public void Self_answers_take_the_values_of_their_scale(AnswerScale scale, int step, double value)
    {
        SelfAnswer.Value(scale, step).ShouldBe(value);
    }

    [Theory]
    [InlineData(AnswerScale.Agreement, -1)]
    [InlineData(AnswerScale.Agreement, 5)]
    [InlineData(AnswerScale.Adoption, 6)]
    public void An_answer_outside_its_scale_is_refused(AnswerScale scale, int step)
    {
        SelfAnswer.IsValid(scale, step).ShouldBeFalse();
        Should.Throw<ArgumentOutOfRangeException>(() => SelfAnswer.Value(scale, step));
    }
}
