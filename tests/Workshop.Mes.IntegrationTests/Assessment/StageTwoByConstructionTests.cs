using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// Issue 14: a workshop whose records place it at stage 2 by construction, blocked by real-time capture (§8.7's example).
/// A class of its own so that its months of history build beside the other constructed workshops'.
/// </summary>
public sealed class StageTwoByConstructionTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly AssessmentApp _app = AssessmentApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_workshop_typing_in_its_paper_day_sheets_in_the_evening_stands_at_stage_2_blocked_by_real_time_capture()
    {
        // Every job recorded with good and scrap the same day, orders, shipments, counts and defects analysed, the
        // dashboard seen every Monday; but the floor writes on paper and the owner types it in at 18:30.
        var report = await WorkshopHistory.BuildAsync(_app, database, new HistoryPlan("stage-two", Weeks: 18, JobsPerMonth: 13, Capture.EveningPaper, OrderDays: [0, 1, 3], VisitDays: [0], CustomerOrders: true, Defects: true, Counts: true, Goals: 3));

        var placement = report.Result.Placement;
        placement.Gated.ShouldBe(2, WorkshopHistory.Describe(report));
        ((int)placement.Fractional).ShouldBe(2);
        placement.Blocking.ShouldBe(["S3-DC-01"], WorkshopHistory.Describe(report));
        var latency = report.Line("S3-DC-01").Measured.Values;
        latency["same_day_share"].ShouldBe(1);
        latency["median_latency_minutes"].ShouldBeInRange(7 * 60, 8 * 60); // 09:00–14:30 typed in at 18:30
        latency["backfill_share"].ShouldBe(0.75); // all but the 14:30 finish, exactly four hours before
        report.Result.Rating("S3-DC-01").Band.ShouldBe(Band.P);
        report.Result.Rating("S2-DC-07").Band.ShouldBe(Band.N); // nothing scanned
        report.Result.ConfidenceLevel.ShouldBe(ConfidenceLevel.High, WorkshopHistory.Describe(report));
    }
}
