using Workshop.Mes.Infrastructure.DemoData;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Dashboard;
using Workshop.Mes.Web.Hosting;

namespace Workshop.Mes.IntegrationTests.Dashboard;

/// <summary>
/// The demo workshops' history is written as raw records, around the capture that keeps the rollups; seeding builds
/// their rollups, so the dashboard has the months of history it shows on a first start.
/// </summary>
public sealed class DemoRollupsTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Seeding_the_demo_workshops_builds_their_rollups_equal_to_their_raw_history()
    {
        await using var app = new MesApp(database);

        await DatabaseHosting.SeedDemoDataAsync(app.Services, TestContext.Current.CancellationToken);

        await using var db = database.CreateContext();
        foreach (var slug in new[] { DemoWorkshops.ChangsinGarment, DemoWorkshops.MullaeMetal })
        {
            var workshopId = db.Workshops.Single(w => w.Slug == slug).Id;
            var kept = await RawAggregates.RollupsAsync(database, workshopId);
            kept.ShouldNotBeEmpty($"{slug} has months of history");
            kept.Sum(r => r.Defects).ShouldBeGreaterThan(0, $"{slug}'s history has defects");
            var raw = await RawAggregates.FromRawAsync(database, workshopId);

            // Output, scrap, defects and their cost are the raw history summed. The demo's times fall on odd seconds: down
            // minutes are kept to four decimals (6 ms), and the independent count of run time walks whole minutes (the
            // random-event tests prove run time on whole minutes), so here run time is checked against a rebuild.
            Exact(kept).ShouldBe(Exact(raw), $"{slug}'s rollups are its raw history summed");
            kept.Zip(raw).Where(pair => Math.Abs(pair.First.DownMinutes - pair.Second.DownMinutes) >= 0.001m).ShouldBeEmpty($"{slug}: kept, then from raw");
            await RebuildRollupsCommand.RunAsync(app.Services, [RebuildRollupsCommand.Name, "--workshop", slug], TextWriter.Null, TextWriter.Null, TestContext.Current.CancellationToken);
            (await RawAggregates.RollupsAsync(database, workshopId)).ShouldBe(kept, $"{slug}: a rebuild writes the rows seeding wrote");
        }
    }

    /// <summary>The rows without their minutes, compared on their own.</summary>
    private static IEnumerable<RollupRow> Exact(IEnumerable<RollupRow> rows) => rows.Select(r => r with { RunMinutes = 0, DownMinutes = 0 });
}
