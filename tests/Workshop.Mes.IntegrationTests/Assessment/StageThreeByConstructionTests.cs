using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// Issue 14: a workshop whose records place it at stage 3 by construction, five months on tablets.
/// A class of its own so that its months of history build beside the other constructed workshops'.
/// </summary>
public sealed class StageThreeByConstructionTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly AssessmentApp _app = AssessmentApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_workshop_recording_on_tablets_as_it_works_for_five_months_stands_at_stage_3()
    {
        // All thirteen jobs a month recorded as they are done on the workers' own tablets, traveller and fabric lot
        // scanned; customer orders shipped lot by lot, Friday counts, every defect analysed, the dashboard opened on
        // working days; for five months, so the ninety days of history held through the last twelve weeks.
        var report = await WorkshopHistory.BuildAsync(_app, database, new HistoryPlan("stage-three", Weeks: 22, JobsPerMonth: 13, Capture.Tablet, OrderDays: [0, 1, 3], VisitDays: [0, 1, 3], CustomerOrders: true, Defects: true, Counts: true, Goals: 3));

        var placement = report.Result.Placement;
        placement.Gated.ShouldBe(3, WorkshopHistory.Describe(report));
        ((int)placement.Fractional).ShouldBe(3);
        placement.Gates[2].StableWeeks.ShouldBeGreaterThanOrEqualTo(8);
        // Stage 4 waits for a corrective action whose before/after effect was checked (data sufficiency and cause analysis are there).
        placement.Blocking.ShouldBe(["S4-AD-06"], WorkshopHistory.Describe(report));
        var latency = report.Line("S3-DC-01").Measured.Values;
        latency["median_latency_minutes"].ShouldBe(0);
        latency["backfill_share"].ShouldBe(0);
        report.Line("S3-OI-01").Measured.Values["chain_share"].ShouldBe(1);
        report.Line("S3-OI-02").Measured.Values["count_accuracy"].ShouldBe(1);
        report.Line("S3-OI-03").Measured.Values["genealogy_share"].ShouldBe(1);
        report.Line("S2-PC-01").Measured.Values["recording_user_share"].ShouldBe(1);
        report.Result.ConfidenceLevel.ShouldBe(ConfidenceLevel.High, WorkshopHistory.Describe(report));
        report.Flags.BulkBackEntry.ShouldBeFalse();
    }
}
