using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Assessment.Evidence;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// Issue 14's done-when: workshops whose records place them at stage 1, 2 and 3 by construction, written through the
/// product's own write paths day by day as a workshop would, then evaluated with the weekly history the stability
/// rule reads; a workshop that only claims, and one that switched everything on two weeks ago, do not pass.
/// </summary>
public sealed class StageByConstructionTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly AssessmentApp _app = AssessmentApp.SharedBy(database);

    public ValueTask InitializeAsync()
    {
        _app.Clock.Now = TestWorkshop.Now;
        return new(database.ResetAsync());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_workshop_recording_few_of_its_jobs_stands_at_stage_1_blocked_by_work_order_coverage()
    {
        // Tablets at the stations, goals and a champion, but only three orders a week recorded of the fifty jobs a
        // month the profile says the workshop does: the rest still run on paper.
        var report = await WorkshopHistory.BuildAsync(_app, database, new HistoryPlan("stage-one", Weeks: 13, JobsPerMonth: 50, Capture.Tablet, OrderDays: [0, 2, 4], VisitDays: [], CustomerOrders: false, Defects: false, Counts: false, Goals: 2));

        var placement = report.Result.Placement;
        placement.Gated.ShouldBe(1, WorkshopHistory.Describe(report));
        ((int)placement.Fractional).ShouldBe(1);
        placement.Blocking.ShouldBe(["S2-DC-01"], WorkshopHistory.Describe(report));
        var coverage = report.Line("S2-DC-01").Measured.Values["coverage"];
        coverage.ShouldBeInRange(0.2, 0.3);
        report.Result.Rating("S2-DC-01").Band.ShouldBe(Band.N);
        report.Result.ConfidenceLevel.ShouldBe(ConfidenceLevel.High, WorkshopHistory.Describe(report));
    }

    [Fact]
    public async Task A_workshop_that_switched_everything_on_two_weeks_ago_does_not_pass_the_stability_rule()
    {
        var report = await WorkshopHistory.BuildAsync(_app, database, new HistoryPlan("flash", Weeks: 2, JobsPerMonth: 21, Capture.Tablet, HistoryPlan.EveryDay, HistoryPlan.EveryDay, CustomerOrders: true, Defects: true, Counts: true, Goals: 3));

        var placement = report.Result.Placement;
        placement.Gated.ShouldBe(0, WorkshopHistory.Describe(report));
        placement.Gates[0].Failures.ShouldBe([GateFailure.NotStable], WorkshopHistory.Describe(report));
        placement.Gates[0].StableWeeks.ShouldBeLessThan(8);
        placement.Gates[1].Failures.ShouldContain(GateFailure.PreviousStage);
        report.Line("S2-DC-05").Measured.Values["days_recorded"].ShouldBeLessThan(16);
    }

    [Fact]
    public async Task A_workshop_that_answers_fully_everywhere_but_has_no_data_cannot_pass_a_stage_2_gate()
    {
        var history = await WorkshopHistory.SetUpAsync(_app, database, new HistoryPlan("claims", Weeks: 0, JobsPerMonth: 21, Capture.Tablet, [], [], false, false, false, Goals: 0));
        _app.Clock.Now = WorkshopHistory.End;
        await WorkshopHistory.AnswerEverythingFullyAsync(database, history.Shop.Tenant.Id, history.OwnerId, WorkshopHistory.End.AddHours(-1));

        var report = await _app.EvaluateAsync(history.Shop);

        var stageTwo = report.Result.Placement.Gates[1];
        stageTwo.Attained.ShouldBeFalse(WorkshopHistory.Describe(report));
        stageTwo.MustsBelowPass.ShouldBe(["S2-DC-01", "S2-DC-02", "S2-DC-05"], ignoreOrder: true);
        foreach (var must in new[] { "S2-DC-02", "S2-DC-05" })
        {
            // Nothing recorded to measure: the claim stands, capped below L.
            var rating = report.Result.Rating(must);
            rating.ShouldSatisfyAllConditions(() => rating.Achievement.ShouldBe(0.49), () => rating.Grade.ShouldBe(EvidenceGrade.C), () => rating.Capped.ShouldBeTrue());
        }

        // The profile says 21 jobs a month and not one work order is recorded: measured, that is no coverage at all.
        var coverage = report.Result.Rating("S2-DC-01");
        coverage.ShouldSatisfyAllConditions(() => coverage.Achievement.ShouldBe(0), () => coverage.Grade.ShouldBe(EvidenceGrade.A));
        report.Result.Overclaims.ShouldContain("S2-DC-01");

        // Not even stage 1: the champion named in the profile has not once worked in the system.
        report.Result.Placement.Gated.ShouldBe(0, WorkshopHistory.Describe(report));
        report.Result.Placement.Blocking.ShouldBe(["S1-SL-02"]);

        // Stages 1–3 rest mostly on claims; the sixteen stage 4–5 capabilities the product lacks are rated N on evidence
        // (grade A), which holds the confidence at Medium rather than Low.
        report.Result.Ratings.Where(r => r.Id[1] <= '3').Count(r => r.Grade == EvidenceGrade.C).ShouldBeGreaterThan(15);
        report.Result.ConfidenceLevel.ShouldBe(ConfidenceLevel.Medium, WorkshopHistory.Describe(report));
    }

    [Fact]
    public async Task Every_rule_of_the_catalogue_is_measured_and_an_empty_workshop_rates_every_indicator()
    {
        var catalogue = CatalogueFile.Stage;
        catalogue.Indicators.Select(i => i.Rule).Where(r => r is not "none" and not "goals").ShouldAllBe(r => EvidenceEngine.Rules.Contains(r));

        var shop = await TestWorkshop.CreateAsync(database, "empty", "빈 공방");
        _app.Clock.Now = WorkshopHistory.End;
        var report = await _app.EvaluateAsync(shop);

        report.Indicators.Select(l => l.Definition.Id).ShouldBe(catalogue.Indicators.Select(i => i.Id));
        report.Result.Ratings.ShouldAllBe(r => !double.IsNaN(r.Achievement) && r.Achievement >= 0 && r.Achievement <= 1);
        report.Indicators.SelectMany(l => l.Measured.Values.Values).ShouldAllBe(v => !double.IsNaN(v) && !double.IsInfinity(v));
        report.Result.Placement.Gated.ShouldBe(0);
        double.IsNaN(report.Result.Index).ShouldBeFalse();
        (await _app.WeeklyAsync(shop.Tenant.Id)).Count.ShouldBe(catalogue.Scoring.HighStabilityWeeks);
    }
}
