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
            var api = new OwnerApi(ownerPage);
            var order = await FloorWorkOrder.TakeAsync(api, 1);
            await using var tablet = await RunningApp.TabletContextAsync(browser, baseAddress);
            var tabletPage = await tablet.NewPageAsync();
            await TabletScreens.ReadyTabletAsync(ownerPage, tabletPage);
            await TabletScreens.ScanAsync(tabletPage, order.StepCode);
            await tabletPage.GetByRole(AriaRole.Button, new() { Name = "시작", Exact = true }).ClickAsync();
            await TabletScreens.WaitUntilSentAsync(tabletPage);

            // 200 reports of one good unit each, queued through the app's own outbox and sent ten to a request.
            await tabletPage.EvaluateAsync(
                """
                async ([stepId, count]) => {
                    localStorage.setItem('mes.outbox.batchLimit', '10');
                    const seats = JSON.parse(localStorage.getItem('mes.workers'));
                    const current = JSON.parse(localStorage.getItem('mes.current'));
                    const session = seats.find(s => s.workerId === current).token;
                    for (let i = 0; i < count; i++) {
                        await window.floorOutbox.enqueue(session, { kind: 'Report', stepId, good: 1 });
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

            var step = await order.StepAsync(api);
            step.GetProperty("goodQuantity").GetDecimal().ShouldBe(Events, "each of the 200 reports counted once, none lost, none twice");
            var refused = await tabletPage.EvaluateAsync<JsonElement>("async () => (await window.floorOutbox.status()).rejected.length");
            refused.GetInt32().ShouldBe(0);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task<int> Waiting(IPage tabletPage) =>
        await tabletPage.EvaluateAsync<int>("async () => (await window.floorOutbox.status()).events");
}
