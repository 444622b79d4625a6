using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The shop-floor tablet app (Blazor WebAssembly under /floor/), end to end in Korean: the owner pairs a tablet, the
/// tablet picks its station, a worker signs in with the PIN or a badge, workers switch, and the owner revokes it.
/// The tablet is a browser context of its own (1280×800, Korean).
/// </summary>
public sealed class TabletJourneyTests(RunningApp app)
{
    [Fact]
    public async Task The_pairing_qr_link_opens_the_app_with_the_code_and_leads_to_the_station_and_the_worker_tiles()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        var code = await TabletScreens.PairAsync(ownerPage, TabletScreens.NewDeviceName());

        await using var tablet = await app.NewTabletContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await tabletPage.GotoAsync($"/floor/pair?code={code}");
        await Expect(tabletPage.GetByLabel("연결 코드")).ToHaveValueAsync(code, new() { Timeout = TabletScreens.AppStartTimeout });
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "연결", Exact = true }).ClickAsync();

        await Expect(tabletPage.GetByRole(AriaRole.Heading, new() { Name = "설비 선택" })).ToBeVisibleAsync();
        var station = tabletPage.GetByTestId("station-tile").First;
        var stationName = (await station.Locator(".tile-name").InnerTextAsync()).Trim();
        await station.ClickAsync();
        await Expect(tabletPage.GetByRole(AriaRole.Heading, new() { Name = "누가 작업하나요?" })).ToBeVisibleAsync();
        await Expect(tabletPage.GetByTestId("worker-tile").First).ToBeVisibleAsync();
        await Expect(tabletPage.Locator(".bar-title")).ToHaveTextAsync(stationName);

        // The station is kept on the tablet: a reload comes back to the tiles, not to the station choice.
        await tabletPage.ReloadAsync();
        await Expect(tabletPage.GetByRole(AriaRole.Heading, new() { Name = "누가 작업하나요?" })).ToBeVisibleAsync(new() { Timeout = TabletScreens.AppStartTimeout });
    }

    [Fact]
    public async Task The_pairing_dialog_says_connected_and_closes_when_the_tablet_pairs_and_the_list_shows_it_without_a_reload()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        var name = TabletScreens.NewDeviceName();
        await ownerPage.GotoAsync("/tablets");
        await ownerPage.GetByTestId("pair-tablet").ClickAsync();
        var dialog = ownerPage.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("태블릿 이름").FillAsync(name);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "코드 만들기" }).ClickAsync();
        await Expect(dialog.GetByTestId("pairing-code")).ToHaveTextAsync(new Regex(@"^\S{4,}$"));
        var code = (await dialog.GetByTestId("pairing-code").InnerTextAsync()).Trim();

        await using var tablet = await app.NewTabletContextAsync();
        await TabletScreens.PairTabletAsync(await tablet.NewPageAsync(), code);

        await Expect(dialog.GetByTestId("pairing-connected")).ToContainTextAsync("연결됨");
        await Expect(dialog.GetByTestId("pairing-connected")).ToContainTextAsync(name);
        await Expect(dialog).ToBeHiddenAsync();
        var row = ownerPage.GetByTestId("tablets").Locator("tr", new() { HasText = name });
        await Expect(row).ToContainTextAsync("사용 중");

        // The toast after revoking sits where it hides none of the page's buttons.
        await row.GetByRole(AriaRole.Button, new() { Name = "해제" }).ClickAsync();
        await ownerPage.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "해제" }).ClickAsync();
        await Expect(Toasts.Shown(ownerPage).First).ToContainTextAsync(name);
        (await Toasts.CoveredButtonsAsync(ownerPage)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_wrong_pairing_code_is_explained_on_the_pairing_screen()
    {
        await using var tablet = await app.NewTabletContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await tabletPage.GotoAsync("/floor/");

        // An unpaired tablet goes to pairing.
        await Expect(tabletPage.GetByLabel("연결 코드")).ToBeVisibleAsync(new() { Timeout = TabletScreens.AppStartTimeout });
        await tabletPage.GetByLabel("연결 코드").FillAsync("ZZZZ-ZZZZ");
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "연결", Exact = true }).ClickAsync();

        await Expect(tabletPage.GetByTestId("floor-message")).ToHaveTextAsync("올바른 연결 코드가 아닙니다.");
    }

    [Fact]
    public async Task A_worker_signs_in_with_the_pin_pad_and_a_second_worker_switches_back_to_the_first_in_two_taps()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        await using var tablet = await app.NewTabletContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        var first = await TabletScreens.ReadyTabletAsync(ownerPage, tabletPage);
        await Expect(tabletPage.GetByTestId("current-worker")).ToHaveTextAsync(first);

        // A second worker needs the PIN …
        await tabletPage.GetByTestId("switch-worker").ClickAsync();
        var second = await TabletScreens.SignInWorkerAsync(tabletPage, tabletPage.GetByTestId("worker-tile").Nth(1), TabletScreens.DemoPin);
        await Expect(tabletPage.GetByTestId("floor-greeting")).ToHaveTextAsync($"안녕하세요, {second}");

        // … the first is back in two taps, no PIN: their session stayed on the tablet, and the most recent come first.
        await tabletPage.GetByTestId("switch-worker").ClickAsync();
        await Expect(tabletPage.GetByTestId("worker-tile").First.Locator(".tile-name")).ToHaveTextAsync(second);
        await tabletPage.GetByTestId("worker-tile").Filter(new() { HasText = first }).ClickAsync();
        await Expect(tabletPage.GetByTestId("floor-greeting")).ToHaveTextAsync($"안녕하세요, {first}");
    }

    [Fact]
    public async Task A_wrong_pin_is_explained_with_the_tries_left()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        await using var tablet = await app.NewTabletContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await TabletScreens.PairTabletAsync(tabletPage, await TabletScreens.PairAsync(ownerPage, TabletScreens.NewDeviceName()));

        // The last tile: a worker no other journey signs in as, so the tries left are the full count less one.
        await TabletScreens.SignInWorkerAsync(tabletPage, tabletPage.GetByTestId("worker-tile").Last, "9137");

        await Expect(tabletPage.GetByTestId("floor-message")).ToContainTextAsync("PIN이 틀렸습니다");
        await Expect(tabletPage.GetByLabel("PIN", new() { Exact = true })).ToHaveValueAsync(string.Empty);
    }

    [Fact]
    public async Task A_scanned_badge_opens_that_workers_pin_pad()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        var workers = await new OwnerApi(ownerPage).GetAsync("/api/v1/workers?limit=50");
        await using var tablet = await app.NewTabletContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await TabletScreens.PairTabletAsync(tabletPage, await TabletScreens.PairAsync(ownerPage, TabletScreens.NewDeviceName()));
        var worker = workers.GetProperty("items").EnumerateArray().First(w => w.GetProperty("isActive").GetBoolean());

        var badge = tabletPage.GetByLabel("사원증");
        await badge.FillAsync(worker.GetProperty("badgeCode").GetString()!);
        await badge.PressAsync("Enter");

        await Expect(tabletPage.GetByRole(AriaRole.Heading, new() { Name = worker.GetProperty("displayName").GetString()! })).ToBeVisibleAsync();
        await Expect(tabletPage.GetByLabel("PIN", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_revoked_tablet_is_told_the_owner_removed_it_on_its_next_action()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        var deviceName = TabletScreens.NewDeviceName();
        await using var tablet = await app.NewTabletContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await TabletScreens.PairTabletAsync(tabletPage, await TabletScreens.PairAsync(ownerPage, deviceName));

        await ownerPage.ReloadAsync();
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = $"해제 {deviceName}" }).ClickAsync();
        await ownerPage.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "해제" }).ClickAsync();
        await Expect(ownerPage.GetByRole(AriaRole.Row).Filter(new() { HasText = deviceName })).ToContainTextAsync("해제됨");

        await tabletPage.GetByTestId("worker-tile").First.ClickAsync();
        foreach (var digit in TabletScreens.DemoPin)
        {
            await tabletPage.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        }

        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();

        await Expect(tabletPage.GetByTestId("floor-message")).ToHaveTextAsync("사장님이 이 태블릿의 등록을 해제했습니다.");
        await Expect(tabletPage.GetByLabel("연결 코드")).ToBeVisibleAsync();
    }
}
