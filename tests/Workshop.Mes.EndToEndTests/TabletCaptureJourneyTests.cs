using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// Production capture on the tablet, end to end: a worker opens a step by its traveller's QR payload, starts, reports
/// good and scrap with a defect and a photo, finishes, and the owner sees it; and the same while the Wi-Fi is down.
/// </summary>
public sealed class TabletCaptureJourneyTests(RunningApp app)
{
    [Fact]
    public async Task A_worker_opens_a_step_by_its_qr_code_reports_good_and_scrap_with_a_photo_and_finishes_and_the_owner_sees_it()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        var api = new OwnerApi(ownerPage);
        var order = await FloorWorkOrder.TakeAsync(api, 22);
        await using var tablet = await app.NewTabletContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await TabletScreens.ReadyTabletAsync(ownerPage, tabletPage);
        using var folder = new ScratchFolder("photo");

        await TabletScreens.ScanAsync(tabletPage, order.StepCode);

        // The first step of the routing, whatever its sequence number (10, 20, … on a traveller).
        await Expect(tabletPage.GetByTestId("step-heading")).ToContainTextAsync($"{order.Number} · 공정 1/");
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "시작", Exact = true }).ClickAsync();
        await Expect(tabletPage.GetByTestId("step-state")).ToHaveTextAsync("진행 중");
        await Expect(tabletPage.GetByTestId("step-timer")).ToBeVisibleAsync();
        await TabletScreens.ReportAsync(tabletPage, 20, 2, TabletScreens.WriteJpeg(folder.Path));
        await Expect(tabletPage.GetByTestId("step-counts")).ToContainTextAsync("양품 20 · 불량 2");
        await TabletScreens.WaitUntilEventsSentAsync(tabletPage);
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "완료", Exact = true }).ClickAsync();
        await Expect(tabletPage.GetByTestId("floor-greeting")).ToBeVisibleAsync();
        await TabletScreens.WaitUntilSentAsync(tabletPage);
        (await TabletScreens.RefusedAsync(tabletPage)).ShouldBeEmpty();

        var step = await order.StepAsync(api);
        var timeline = await api.GetAsync($"/api/v1/work-orders/{order.Id}/timeline");
        step.GetProperty("goodQuantity").GetDecimal().ShouldBe(20m, timeline.ToString());
        step.GetProperty("scrapQuantity").GetDecimal().ShouldBe(2m);
        step.GetProperty("state").GetString().ShouldBe("Finished", timeline.ToString());
        timeline.EnumerateArray().ShouldContain(entry => entry.GetProperty("kind").GetString() == "Defect"
            && entry.GetProperty("scrapQuantity").GetDecimal() == 2m && entry.GetProperty("photoIds").GetArrayLength() == 1, timeline.ToString());
        await ownerPage.GotoAsync($"/work-orders/{order.Id}");
        await Expect(ownerPage.GetByRole(AriaRole.Heading, new() { Name = order.Number })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Offline_the_worker_keeps_logging_a_reload_keeps_the_queue_and_back_online_exactly_those_events_arrive()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        var api = new OwnerApi(ownerPage);
        var order = await FloorWorkOrder.TakeAsync(api, 10);
        await using var tablet = await app.NewTabletContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await TabletScreens.ReadyTabletAsync(ownerPage, tabletPage);
        await TabletScreens.ScanAsync(tabletPage, order.StepCode);
        await Expect(tabletPage.GetByTestId("step-heading")).ToContainTextAsync(order.Number);

        // The Wi-Fi goes just as the start is sent: the step is read again and that read fails. The screen still
        // shows what the server took, not the step as it was before the start.
        await tabletPage.RouteAsync("**/api/v1/floor/steps/**", route => route.AbortAsync("internetdisconnected"));
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "시작", Exact = true }).ClickAsync();
        await TabletScreens.WaitUntilSentAsync(tabletPage);
        await Expect(tabletPage.GetByTestId("step-state")).ToHaveTextAsync("진행 중");
        await Expect(tabletPage.GetByRole(AriaRole.Button, new() { Name = "일시정지" })).ToBeVisibleAsync();
        await tabletPage.UnrouteAllAsync();

        // The app's files are kept by its service worker once the first visit is over.
        await tabletPage.WaitForFunctionAsync("() => window.floorShellKept === true", null, new() { Timeout = TabletScreens.AppStartTimeout });
        await tablet.SetOfflineAsync(true);
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "일시정지" }).ClickAsync();
        await tabletPage.GetByTestId("reason").First.ClickAsync();
        await Expect(tabletPage.GetByTestId("step-state")).ToHaveTextAsync("일시정지");
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "다시 시작" }).ClickAsync();
        await Expect(tabletPage.GetByTestId("step-state")).ToHaveTextAsync("진행 중");
        await TabletScreens.ReportAsync(tabletPage, 5, 0);
        await Expect(TabletScreens.Banner(tabletPage)).ToHaveTextAsync("오프라인 — 3건 대기");

        // A reload (or a restarted tablet) during the outage opens the app from the service worker's copy, queue and all.
        await tabletPage.ReloadAsync();
        await Expect(TabletScreens.Banner(tabletPage)).ToHaveTextAsync("오프라인 — 3건 대기", new() { Timeout = TabletScreens.AppStartTimeout });
        await Expect(tabletPage.GetByTestId("step-counts")).ToContainTextAsync("양품 5 · 불량 0");
        (await order.StepAsync(api)).GetProperty("goodQuantity").GetDecimal().ShouldBe(0m, "nothing reached the server while the tablet was offline");

        await tablet.SetOfflineAsync(false);
        await TabletScreens.WaitUntilSentAsync(tabletPage);

        var step = await order.StepAsync(api);
        step.GetProperty("goodQuantity").GetDecimal().ShouldBe(5m);
        step.GetProperty("state").GetString().ShouldBe("Running");
        await Expect(tabletPage.GetByTestId("step-counts")).ToContainTextAsync("양품 5 · 불량 0");
    }
}
