using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// Exactly once across a crash: a tablet sends a shift's worth of queued events in small batches, the server is killed in
/// the middle (no shutdown, requests cut off) and started again; every event arrives once, none twice, none refused.
/// </summary>
public sealed class TabletCrashJourneyTests(RunningApp app)
{
    private const int Rounds = 50;

    [Fact]
    public async Task Events_sent_while_the_server_is_killed_and_restarted_arrive_exactly_once()
    {
        using var folder = new ScratchFolder("crash");
        var dataFolder = folder.Sub("data");
        var server = AppProcess.Start(folder.Path, dataFolder, "--Security:RateLimits:SignInPerMinute=600");
        try
        {
            await server.WaitUntilReadyAsync(RunningApp.StartDeadline, TestContext.Current.CancellationToken);
            using (var http = new HttpClient { BaseAddress = server.BaseAddress })
            {
                await FirstRunSetup.CreateAdminAsync(http, "데모 대표", RunningApp.OwnerEmail, RunningApp.OwnerPassword);
            }

            await using var owner = await app.NewBrowserContextAsync(server.BaseAddress);
            var ownerPage = await owner.NewPageAsync();
            await SignInScreen.SignInAsync(ownerPage, RunningApp.OwnerEmail, RunningApp.OwnerPassword);
            var api = new OwnerApi(ownerPage);
            var order = await FloorWorkOrder.TakeAsync(api, Rounds * 2);
            await using var tablet = await app.NewTabletContextAsync(server.BaseAddress);
            var tabletPage = await tablet.NewPageAsync();
            await TabletScreens.ReadyTabletAsync(ownerPage, tabletPage);
            await TabletScreens.ScanAsync(tabletPage, order.StepCode);
            await tabletPage.GetByRole(AriaRole.Button, new() { Name = "시작", Exact = true }).ClickAsync();
            await TabletScreens.WaitUntilSentAsync(tabletPage);

            // A morning offline: 200 events wait (good 1, pause, resume, good 1, fifty times), then go ten to a request.
            await tablet.SetOfflineAsync(true);
            await tabletPage.EvaluateAsync("() => localStorage.setItem('mes.outbox.batchLimit', '10')");
            await tabletPage.EvaluateAsync(QueueRoundsScript, new object[] { order.StepId.ToString(), Rounds });
            await tablet.SetOfflineAsync(false);

            // The server dies with part of the morning sent, and comes back at the same address.
            await TabletScreens.WaitUntilWaitingAsync(tabletPage, $"<= {(Rounds * 4) - 20}");
            await server.KillAsync();
            var sentBeforeTheCrash = (Rounds * 4) - await TabletScreens.WaitingAsync(tabletPage);
            sentBeforeTheCrash.ShouldBeInRange(20, (Rounds * 4) - 1, "the crash came with part of the morning sent");
            await server.DisposeAsync();
            server = AppProcess.StartAt(server.BaseAddress, folder.Path, dataFolder, "--Security:RateLimits:SignInPerMinute=600");
            await server.WaitUntilReadyAsync(RunningApp.StartDeadline, TestContext.Current.CancellationToken);

            await TabletScreens.WaitUntilWaitingAsync(tabletPage, "=== 0", 120_000);
            (await TabletScreens.RefusedAsync(tabletPage)).ShouldBeEmpty();

            await using var ownerAgain = await app.NewBrowserContextAsync(server.BaseAddress);
            var ownerAgainPage = await ownerAgain.NewPageAsync();
            await SignInScreen.SignInAsync(ownerAgainPage, RunningApp.OwnerEmail, RunningApp.OwnerPassword);
            var apiAgain = new OwnerApi(ownerAgainPage);
            var timeline = await apiAgain.GetAsync($"/api/v1/work-orders/{order.Id}/timeline");
            var step = await order.StepAsync(apiAgain);
            step.GetProperty("goodQuantity").GetDecimal().ShouldBe(Rounds * 2m, $"{sentBeforeTheCrash} sent before the crash; {timeline}");
            string[] stepKinds = ["StepStarted", "Output", "StepPaused", "StepResumed"];
            timeline.EnumerateArray()
                .Count(e => stepKinds.Contains(e.GetProperty("kind").GetString()) && e.GetProperty("stepSequence").GetInt32() == order.Sequence)
                .ShouldBe(1 + (Rounds * 4), $"the start and every queued event, each once: {timeline}");
            await Expect(tabletPage.GetByTestId("step-counts")).ToContainTextAsync($"양품 {Rounds * 2} · 불량 0");
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>Queues the rounds under the worker at the screen, captured 50 ms apart after the start.</summary>
    private const string QueueRoundsScript =
        """
        async ([stepId, rounds]) => {
          const seats = JSON.parse(localStorage.getItem('mes.workers'));
          const current = JSON.parse(localStorage.getItem('mes.current'));
          const session = seats.find(s => s.workerId === current).token;
          const reason = JSON.parse(localStorage.getItem('mes.catalog')).downtimeReasons[0].id;
          const start = Date.now();
          let n = 0;
          const at = () => new Date(start + 50 * n++).toISOString();
          for (let round = 0; round < rounds; round++) {
            await window.floorOutbox.enqueue(session, { kind: 'Report', stepId, good: 1, capturedAt: at() });
            await window.floorOutbox.enqueue(session, { kind: 'Pause', stepId, downtimeReasonId: reason, capturedAt: at() });
            await window.floorOutbox.enqueue(session, { kind: 'Resume', stepId, capturedAt: at() });
            await window.floorOutbox.enqueue(session, { kind: 'Report', stepId, good: 1, capturedAt: at() });
          }
        }
        """;
}
