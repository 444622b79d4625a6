using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.UnitTests.Assessment;

/// <summary>ASSESSMENT.md §8: the worked example, and every gate rule, cap and substitution with its failing case.</summary>
public sealed class StageScoringTests
{
    /// <summary>§8.7: the 을지로 print shop. Its stage-2 and stage-3 achievements are the example's; the non-must ones are chosen to give its means.</summary>
    private static Ladder PrintShop() =>
        Ladder.FullThrough(1)
            .Set("S2-DC-01", 0.93).Set("S2-DC-02", 0.88).Set("S2-DC-05", 0.90)
            .Set("S2-DC-03", 0.70).Set("S2-DC-04", 0.70).Set("S2-DC-06", 0.72).Set("S2-PC-01", 0.72).Set("S2-DC-07", 0.73).Set("S2-IS-01", 0.73)
            .Set("S3-OI-01", 0.62).Set("S3-DC-01", 0.30).Set("S3-OI-02", 0.90).Set("S3-AD-01", 0.95)
            .Set("S3-OI-03", 0.57).Set("S3-OI-04", 0.57).Set("S3-OI-05", 0.57).Set("S3-IS-01", 0.57).Set("S3-SL-01", 0.57).Set("S3-PC-01", 0.57);

    [Fact]
    public void The_worked_example_is_stage_2_63_blocked_by_real_time_capture()
    {
        var result = PrintShop().EvaluateSteady();

        result.Placement.Gates[1].Mean!.Value.ShouldBe(0.81, 0.0001);
        result.Placement.Gates[2].Mean!.Value.ShouldBe(0.64, 0.0001);
        result.Placement.Gated.ShouldBe(2);
        result.Placement.Fractional.ShouldBe(2.63);
        result.Placement.Blocking.ShouldBe(["S3-DC-01"]);
        result.Placement.Next!.Failures.ShouldContain(GateFailure.MustBelowPass);
    }

    [Fact]
    public void The_worked_example_puts_real_time_capture_first_on_the_roadmap()
    {
        var result = PrintShop().EvaluateSteady();

        var first = StageRoadmap.Plan(Ladder.Catalogue, result, []).First();

        first.Indicator.Id.ShouldBe("S3-DC-01");
        first.Horizon.ShouldBe(Horizon.Now);
        first.GateWeight.ShouldBe(3);
        first.DoneWhen.ShouldBe(Band.L);
    }

    [Fact]
    public void A_must_below_L_blocks_its_stage_however_high_the_mean()
    {
        var result = Ladder.FullThrough(2).Set("S2-DC-02", 0.49).EvaluateSteady();

        result.Placement.Gated.ShouldBe(1);
        result.Placement.Gates[1].Failures.ShouldBe([GateFailure.MustBelowPass]);
        result.Placement.Blocking.ShouldBe(["S2-DC-02"]);
    }

    [Fact]
    public void A_must_at_exactly_L_passes()
    {
        var result = Ladder.FullThrough(2).Set("S2-DC-02", 0.50).EvaluateSteady();

        result.Placement.Gates[1].Failures.ShouldNotContain(GateFailure.MustBelowPass);
    }

    [Fact]
    public void A_stage_mean_below_0_70_blocks_it_with_every_must_passing()
    {
        var ladder = Ladder.FullThrough(1).Stage(2, 0.55);

        var result = ladder.EvaluateSteady();

        result.Placement.Gated.ShouldBe(1);
        result.Placement.Gates[1].Failures.ShouldBe([GateFailure.MeanTooLow]);
        result.Placement.Fractional.ShouldBe(1.55);
    }

    [Fact]
    public void The_next_stage_needs_every_must_of_the_one_below_at_F()
    {
        var result = Ladder.FullThrough(3).Set("S2-DC-01", 0.84).EvaluateSteady();

        result.Placement.Gated.ShouldBe(2);
        result.Placement.Gates[2].Failures.ShouldBe([GateFailure.PreviousStage]);
        result.Placement.Blocking.ShouldBe(["S2-DC-01"]);

        var item = StageRoadmap.Plan(Ladder.Catalogue, result, []).First();
        item.Indicator.Id.ShouldBe("S2-DC-01");
        item.DoneWhen.ShouldBe(Band.F);
    }

    [Fact]
    public void A_stage_is_not_attained_without_the_one_below()
    {
        var result = Ladder.FullThrough(3).Set("S1-OI-01", 0.2).EvaluateSteady();

        result.Placement.Gated.ShouldBe(0);
        result.Placement.Gates[1].Failures.ShouldContain(GateFailure.PreviousStage);
        result.Placement.Gates[2].Failures.ShouldContain(GateFailure.PreviousStage);
    }

    [Theory]
    [InlineData(7, 2)]
    [InlineData(8, 3)]
    public void Stages_1_to_3_need_their_gates_in_8_of_the_last_12_weekly_evaluations(int weeksHeld, int expected)
    {
        var now = Ladder.FullThrough(3);
        var before = Ladder.FullThrough(2);
        var history = now.SteadyFor(weeksHeld, Ladder.Today).Concat(before.SteadyFor(12, Ladder.Today.AddDays(-7 * weeksHeld))).ToList();

        var result = now.Evaluate(history);

        result.Placement.Gated.ShouldBe(expected);
        result.Placement.Gates[2].StableWeeks.ShouldBe(weeksHeld);
        if (expected == 2)
        {
            result.Placement.Gates[2].Failures.ShouldBe([GateFailure.NotStable]);
            result.Placement.Fractional.ShouldBe(2.99);
        }
    }

    [Theory]
    [InlineData(15, 3)]
    [InlineData(16, 4)]
    public void Stages_4_and_5_need_their_gates_in_16_of_the_last_26(int weeksHeld, int expected)
    {
        var now = Ladder.FullThrough(4);
        var history = now.SteadyFor(weeksHeld, Ladder.Today).Concat(Ladder.FullThrough(3).SteadyFor(26, Ladder.Today.AddDays(-7 * weeksHeld))).ToList();

        now.Evaluate(history).Placement.Gated.ShouldBe(expected);
    }

    [Fact]
    public void A_workshop_without_weekly_history_is_not_yet_stable_at_any_stage()
    {
        var result = Ladder.AllAt(1).Evaluate([]);

        result.Placement.Gated.ShouldBe(0);
        result.Placement.Gates[0].Failures.ShouldBe([GateFailure.NotStable]);
        result.Placement.Fractional.ShouldBe(0.99);
    }

    [Fact]
    public void Stock_accuracy_not_applicable_makes_defect_links_the_stage_3_must()
    {
        var weak = Ladder.FullThrough(3).NotApplicable("S3-OI-02").Set("S3-OI-04", 0.3).EvaluateSteady();
        var strong = Ladder.FullThrough(3).NotApplicable("S3-OI-02").Set("S3-OI-04", 0.6).EvaluateSteady();

        weak.Placement.Gated.ShouldBe(2);
        weak.Placement.Blocking.ShouldBe(["S3-OI-04"]);
        strong.Placement.Gated.ShouldBe(3);
    }

    [Fact]
    public void Stock_accuracy_counts_as_a_must_while_it_applies()
    {
        var result = Ladder.FullThrough(3).Set("S3-OI-02", 0.3).Set("S3-OI-04", 0.3).EvaluateSteady();

        result.Placement.Blocking.ShouldBe(["S3-OI-02"]);
    }

    [Fact]
    public void A_manual_workshop_without_machine_data_needs_forecasting_as_a_stage_4_must()
    {
        var result = Ladder.FullThrough(4).NotApplicable("S4-DC-02").Set("S4-AD-03", 0.3).EvaluateSteady();

        result.Placement.Gated.ShouldBe(3);
        result.Placement.Blocking.ShouldBe(["S4-AD-03"]);
    }

    [Fact]
    public void Stage_4_needs_one_productive_prediction_use_at_L()
    {
        var none = Ladder.FullThrough(4).Set("S4-AD-02", 0.49).Set("S4-AD-03", 0.49).Set("S4-AD-04", 0.49).Set("S4-AD-05", 0.49).EvaluateSteady();
        var one = Ladder.FullThrough(4).Set("S4-AD-02", 0.49).Set("S4-AD-03", 0.49).Set("S4-AD-04", 0.49).Set("S4-AD-05", 0.5).EvaluateSteady();

        none.Placement.Gated.ShouldBe(3);
        none.Placement.Gates[3].Failures.ShouldContain(GateFailure.OneOfMissing);
        one.Placement.Gated.ShouldBe(4);
    }

    [Fact]
    public void Stage_5_needs_automation_or_a_partner_link_at_L()
    {
        var none = Ladder.FullThrough(5).Set("S5-OI-01", 0.3).Set("S5-OI-02", 0.3).EvaluateSteady();
        var one = Ladder.FullThrough(5).Set("S5-OI-01", 0.3).Set("S5-OI-02", 0.6).EvaluateSteady();

        none.Placement.Gates[4].Failures.ShouldContain(GateFailure.OneOfMissing);
        none.Placement.Gated.ShouldBe(4);
        one.Placement.Gated.ShouldBe(5);
        one.Placement.Fractional.ShouldBe(5);
        one.Placement.Blocking.ShouldBeEmpty();
    }

    [Fact]
    public void Without_six_months_of_sufficient_data_stage_4_analytics_count_as_nothing()
    {
        var result = Ladder.FullThrough(4).Set("S4-DC-01", 0.4).EvaluateSteady();

        result.Placement.Gated.ShouldBe(3);
        var gate = result.Placement.Gates[3];
        gate.MustsBelowPass.ShouldBe(["S4-AD-01", "S4-AD-06", "S4-DC-01"], ignoreOrder: true);
        gate.Failures.ShouldContain(GateFailure.OneOfMissing);
        result.Rating("S4-AD-01").Achievement.ShouldBe(1.0);
    }

    [Fact]
    public void A_self_claim_alone_never_passes_a_must_from_stage_2_up()
    {
        var result = Ladder.FullThrough(1).Input(new IndicatorInput("S2-DC-01", null, null, 1.0)).EvaluateSteady();

        var rating = result.Rating("S2-DC-01");
        rating.Grade.ShouldBe(EvidenceGrade.C);
        rating.Achievement.ShouldBe(0.49);
        rating.Capped.ShouldBeTrue();
    }

    [Fact]
    public void A_self_claim_on_an_other_indicator_stops_at_L()
    {
        var rating = Ladder.AllAt(0).Input(new IndicatorInput("S2-DC-03", null, null, 1.0)).EvaluateSteady().Rating("S2-DC-03");

        rating.Achievement.ShouldBe(0.84);
        rating.Band.ShouldBe(Band.L);
    }

    [Fact]
    public void A_stage_1_must_may_pass_on_a_self_claim_flagged_to_confirm_on_visit_but_not_reach_F()
    {
        var result = Ladder.FullThrough(2).Input(new IndicatorInput("S1-SL-01", null, null, 1.0)).EvaluateSteady();
        var rating = result.Rating("S1-SL-01");

        rating.Achievement.ShouldBe(0.84);
        result.Placement.Gated.ShouldBe(1);
        result.Placement.Blocking.ShouldBe(["S1-SL-01"]);
        rating.Grade.ShouldBe(EvidenceGrade.C);
        rating.ConfirmOnVisit.ShouldBeTrue();
    }

    [Fact]
    public void Measured_evidence_comes_before_a_consultant_and_a_consultant_before_the_owner()
    {
        var result = Ladder.AllAt(0)
            .Input(new IndicatorInput("S2-DC-01", 0.3, 0.7, 1.0))
            .Input(new IndicatorInput("S2-DC-02", null, 0.7, 1.0))
            .EvaluateSteady();

        result.Rating("S2-DC-01").ShouldSatisfyAllConditions(r => r.Achievement.ShouldBe(0.3), r => r.Grade.ShouldBe(EvidenceGrade.A));
        result.Rating("S2-DC-02").ShouldSatisfyAllConditions(r => r.Achievement.ShouldBe(0.7), r => r.Grade.ShouldBe(EvidenceGrade.B));
    }

    [Fact]
    public void An_unanswered_indicator_without_evidence_counts_as_nothing_at_grade_C()
    {
        var rating = Ladder.AllAt(1).Input(new IndicatorInput("S1-SL-03", null, null, null)).EvaluateSteady().Rating("S1-SL-03");

        rating.Achievement.ShouldBe(0);
        rating.Grade.ShouldBe(EvidenceGrade.C);
    }

    [Fact]
    public void An_indicator_that_does_not_apply_leaves_the_stage_mean()
    {
        var with = Ladder.FullThrough(1).Stage(2, 0.8).Set("S2-PC-01", 0.0).EvaluateSteady();
        var without = Ladder.FullThrough(1).Stage(2, 0.8).NotApplicable("S2-PC-01").EvaluateSteady();

        with.Placement.Gates[1].Mean!.Value.ShouldBeLessThan(0.8);
        without.Placement.Gates[1].Mean!.Value.ShouldBe(0.8, 0.0001);
    }

    [Fact]
    public void A_dimension_behind_the_workshop_lags_and_one_far_ahead_is_an_island()
    {
        var ladder = Ladder.FullThrough(3).Set("S4-DC-01", 1.0);
        foreach (var ai in Ladder.Catalogue.Indicators.Where(i => i.Dimension == Dimension.AD))
        {
            ladder.Set(ai.Id, 1.0);
        }

        ladder.Set("S3-OI-01", 0.3);
        var result = ladder.EvaluateSteady();

        result.Placement.Gated.ShouldBe(2);
        result.Dimensions.Single(d => d.Dimension == Dimension.OI).ShouldSatisfyAllConditions(d => d.Gated.ShouldBe(2), d => d.Lagging.ShouldBeFalse());
        result.Dimensions.Single(d => d.Dimension == Dimension.AD).Island.ShouldBeTrue();

        var lagging = Ladder.FullThrough(3).Set("S2-PC-01", 0.0).Set("S1-PC-02", 0.0).Set("S1-PC-01", 0.0).EvaluateSteady();
        lagging.Placement.Gated.ShouldBe(3);
        lagging.Dimensions.Single(d => d.Dimension == Dimension.PC).ShouldSatisfyAllConditions(d => d.Gated.ShouldBe(0), d => d.Lagging.ShouldBeTrue());
    }

    [Fact]
    public void The_index_is_100_when_everything_is_met_and_0_when_nothing_is()
    {
        Ladder.AllAt(1).EvaluateSteady().Index.ShouldBe(100);
        Ladder.AllAt(0).EvaluateSteady().Index.ShouldBe(0);
    }

    [Fact]
    public void The_index_weighs_higher_stages_more_and_ignores_the_gates()
    {
        var lowOnly = Ladder.FullThrough(1).EvaluateSteady();
        var highOnly = Ladder.AllAt(0).Stage(5, 1.0).EvaluateSteady();

        lowOnly.Index.ShouldBe(Math.Round(100 * 1 / 6.2, 1));
        highOnly.Index.ShouldBe(Math.Round(100 * 1.6 / 6.2, 1));
        highOnly.Placement.Gated.ShouldBe(0);
    }

    [Fact]
    public void Confidence_is_high_on_measured_evidence_and_low_on_self_claims()
    {
        var measured = Ladder.AllAt(0.5).EvaluateSteady();
        var claimed = Ladder.AllAt(0);
        foreach (var indicator in Ladder.Catalogue.Indicators)
        {
            claimed.Input(new IndicatorInput(indicator.Id, null, null, 0.7));
        }

        measured.Confidence.ShouldBe(1.0);
        measured.ConfidenceLevel.ShouldBe(ConfidenceLevel.High);
        var self = claimed.EvaluateSteady();
        self.Confidence.ShouldBe(0.4);
        self.ConfidenceLevel.ShouldBe(ConfidenceLevel.Low);
    }

    [Fact]
    public void A_self_answer_a_band_above_the_data_is_an_overclaim()
    {
        var result = Ladder.AllAt(0.5)
            .Input(new IndicatorInput("S3-DC-01", 0.30, null, 1.0))
            .Input(new IndicatorInput("S2-DC-03", 0.70, null, 0.40))
            .Input(new IndicatorInput("S2-DC-04", 0.70, null, 0.30))
            .EvaluateSteady();

        result.Overclaims.ShouldBe(["S3-DC-01"]);
        result.Underclaims.ShouldBe(["S2-DC-04"]);
        result.Rating("S3-DC-01").Discrepancy.ShouldBe(0.7);
        result.Calibration!.Value.ShouldBe((0.7 + 0.3 + 0.4) / 3, 0.001);
    }

    [Fact]
    public void A_must_that_stayed_below_L_for_30_days_after_passing_is_falling()
    {
        var passing = Ladder.FullThrough(3);
        var dropped = Ladder.FullThrough(3).Set("S3-DC-01", 0.3);
        var history = dropped.SteadyFor(5, Ladder.Today).Concat(passing.SteadyFor(10, Ladder.Today.AddDays(-35))).ToList();
        var recentDip = dropped.SteadyFor(2, Ladder.Today).Concat(passing.SteadyFor(10, Ladder.Today.AddDays(-14))).ToList();

        dropped.Evaluate(history).Falling.ShouldBe(["S3-DC-01"]);
        dropped.Evaluate(recentDip).Falling.ShouldBeEmpty();
    }

    [Fact]
    public void The_heat_map_averages_each_area_in_each_stage()
    {
        var result = Ladder.AllAt(0).Set("S2-DC-03", 1.0).EvaluateSteady();

        var quality2 = result.Heat.Single(c => c.Area == FunctionalArea.Quality && c.Stage == 2);
        quality2.Mean.ShouldBe(1.0);
        result.Heat.Single(c => c.Area == FunctionalArea.Quality && c.Stage == 1).Mean.ShouldBeNull();
    }

    [Fact]
    public void A_goal_on_a_kpi_raises_the_impact_of_the_items_that_move_it()
    {
        var result = PrintShop().EvaluateSteady();
        var plain = StageRoadmap.Plan(Ladder.Catalogue, result, []);
        var kpi = plain.First(i => i.Impact < 3).Indicator.Roadmap.Kpi;

        var withGoal = StageRoadmap.Plan(Ladder.Catalogue, result, [kpi]);

        withGoal.Where(i => i.Indicator.Roadmap.Kpi == kpi).ShouldAllBe(i => i.Impact == 3);
    }

    [Fact]
    public void The_roadmap_leaves_out_what_is_already_met_and_keeps_each_horizon_short()
    {
        var result = PrintShop().EvaluateSteady();

        var plan = StageRoadmap.Plan(Ladder.Catalogue, result, []);

        plan.ShouldNotContain(i => i.Indicator.Stage == 1);
        plan.Count(i => i.Horizon == Horizon.Now).ShouldBeLessThanOrEqualTo(StageRoadmap.MostNow);
        plan.Count(i => i.Horizon == Horizon.Next).ShouldBeLessThanOrEqualTo(StageRoadmap.MostNext);
        plan.Where(i => i.Horizon == Horizon.Later).ShouldAllBe(i => i.Indicator.Stage >= 4);
    }

    [Fact]
    public void The_same_inputs_give_the_same_result()
    {
        var first = PrintShop().EvaluateSteady();
        var second = PrintShop().EvaluateSteady();

        second.Placement.Fractional.ShouldBe(first.Placement.Fractional);
        second.Index.ShouldBe(first.Index);
        second.RulesHash.ShouldBe(first.RulesHash);
    }
}
