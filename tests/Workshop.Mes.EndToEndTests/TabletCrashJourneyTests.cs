using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// Exactly once across a crash: the app process is killed while a tablet flushes 200 events, restarted on the same port
/// and data, and the tablet's outbox drains on its own. Its own app process, since this one gets killed.
/// </summary>
public sealed class TabletCrashJourneyTests
{
    private const int Events = 200;

    /// <summary>Half the events report one good unit each (an order takes no more than its quantity); the rest pause and resume.</summary>
    private const int Reports = 100;

    [Fact]
    public async Task Every_event_a_tablet_logged_is_stored_exactly_once_when_the_server_is_killed_mid_flush()
    {
        using var folder = new ScratchFolder("crash");
        var dataFolder = folder.Sub("data");
        string[] arguments = ["--Security:RateLimits:SignInPerMinute=600"];
        var server = AppProcess.Start(folder.Path, dataFolder, arguments);
        var baseAddress = server.BaseAddress;
        try
        {
            await server.WaitUntilReadyAsync(RunningApp.StartDeadline, TestContext.Current.CancellationToken);
            using (var http = new HttpClient { BaseAddress = baseAddress })
            {
                await FirstRunSetup.CreateAdminAsync(http, "데모 대표", RunningApp.OwnerEmail, RunningApp.OwnerPassword);
            }

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.Locate(), Headless = true, Args = Chromium.Arguments });
            await using var owner = await browser.NewContextAsync(new() { BaseURL = baseAddress.ToString() });
            var ownerPage = await owner.NewPageAsync();
            await SignInScreen.SignInAsync(ownerPage, RunningApp.OwnerEmail, RunningApp.OwnerPassword);
            // The owner's API from a plain tab: a Blazor page would reload itself when its server comes back.
            var api = new OwnerApi(await owner.NewPageAsync());
            var order = await FloorWorkOrder.TakeAsync(api, Reports);
            await using var tablet = await RunningApp.TabletContextAsync(browser, baseAddress);
            var tabletPage = await tablet.NewPageAsync();
            await TabletScreens.ReadyTabletAsync(ownerPage, tabletPage);
            await TabletScreens.ScanAsync(tabletPage, order.StepCode);
            await tabletPage.GetByRole(AriaRole.Button, new() { Name = "시작", Exact = true }).ClickAsync();
            await TabletScreens.WaitUntilSentAsync(tabletPage);

            // 100 reports of one good unit each between 50 pauses and 50 resumes, queued through the app's own outbox
            // and sent ten to a request.
            await tabletPage.EvaluateAsync(
                """
                async ([stepId, count]) => {
                    localStorage.setItem('mes.outbox.batchLimit', '10');
                    const seats = JSON.parse(localStorage.getItem('mes.workers'));
                    const current = JSON.parse(localStorage.getItem('mes.current'));
                    const session = seats.find(s => s.workerId === current).token;
                    const reason = JSON.parse(localStorage.getItem('mes.catalog')).downtimeReasons[0].id;
                    // Taps 50 ms apart, as a quick worker's would be: the server orders a step's events by capture time.
                    const start = Date.now();
                    const at = i => new Date(start + i * 50).toISOString();
                    for (let i = 0; i < count; i += 4) {
                        await window.floorOutbox.enqueue(session, { kind: 'Report', stepId, good: 1, capturedAt: at(i) });
                        await window.floorOutbox.enqueue(session, { kind: 'Pause', stepId, downtimeReasonId: reason, capturedAt: at(i + 1) });
                        await window.floorOutbox.enqueue(session, { kind: 'Resume', stepId, capturedAt: at(i + 2) });
                        await window.floorOutbox.enqueue(session, { kind: 'Report', stepId, good: 1, capturedAt: at(i + 3) });
                    }
                }
                """, new object[] { order.StepId.ToString(), Events });

            // Killed while the flush is under way: some batches answered, the rest not yet sent or cut off in flight.
            await tabletPage.WaitForFunctionAsync($"async () => (await window.floorOutbox.status()).events < {Events - 20}", null, new() { PollingInterval = 20 });
            await server.KillAsync();
            var waitingAtCrash = await Waiting(tabletPage);
            waitingAtCrash.ShouldBePositive("the crash should come while events still wait");

            await server.DisposeAsync();
            server = AppProcess.StartAt(baseAddress, folder.Path, dataFolder, arguments);
            await server.WaitUntilReadyAsync(RunningApp.StartDeadline, TestContext.Current.CancellationToken);
            await tabletPage.WaitForFunctionAsync("async () => (await window.floorOutbox.status()).events === 0", null, new() { Timeout = 120_000 });

            (await TabletScreens.RefusedAsync(tabletPage)).ShouldBeEmpty();
            var step = await order.StepAsync(api);
            var timeline = await api.GetAsync($"/api/v1/work-orders/{order.Id}/timeline");
            step.GetProperty("goodQuantity").GetDecimal().ShouldBe(Reports, "each of the 100 reports counted once, none lost, none twice");
            var stepEntries = timeline.EnumerateArray().Count(e => e.GetProperty("stepSequence").ValueKind == JsonValueKind.Number && e.GetProperty("kind").GetString() != "Defect");
            stepEntries.ShouldBe(1 + Events, $"the start and each of the 200 events once: {timeline}");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<int> Waiting(IPage tabletPage) =>
        await tabletPage.EvaluateAsync<int>("async () => (await window.floorOutbox.status()).events");
}
