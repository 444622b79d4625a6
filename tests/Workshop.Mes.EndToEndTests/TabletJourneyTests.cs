using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The shop-floor tablet, end to end in Korean: the owner pairs a tablet, a worker signs in on it with the demo
/// PIN, and the owner revokes it. The tablet is a second browser context with cookies of its own.
/// </summary>
public sealed class TabletJourneyTests(RunningApp app)
{
    [Fact]
    public async Task The_owner_pairs_a_tablet_and_the_tablet_shows_the_worker_tiles()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();

        var code = await TabletScreens.PairAsync(ownerPage, TabletScreens.NewDeviceName());

        await using var tablet = await app.NewBrowserContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await tabletPage.GotoAsync("/floor/pair");
        await tabletPage.GetByLabel("연결 코드").FillAsync(code);
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "연결" }).ClickAsync();

        await Expect(tabletPage.GetByRole(AriaRole.Heading, new() { Name = "누가 작업하나요?" })).ToBeVisibleAsync();
        await Expect(tabletPage.GetByTestId("worker-tile").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_worker_signs_in_on_the_paired_tablet_with_the_demo_pin()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        await using var tablet = await app.NewBrowserContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await TabletScreens.PairTabletAsync(tabletPage, await TabletScreens.PairAsync(ownerPage, TabletScreens.NewDeviceName()));

        var name = await TabletScreens.SignInWorkerAsync(tabletPage, tabletPage.GetByTestId("worker-tile").First, TabletScreens.DemoPin);

        await Expect(tabletPage.GetByTestId("floor-greeting")).ToHaveTextAsync($"안녕하세요, {name}");
        await Expect(tabletPage.GetByTestId("session-ends")).ToContainTextAsync("까지 로그인됩니다");
    }

    [Fact]
    public async Task A_revoked_tablet_is_told_the_owner_removed_it_on_its_next_action()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        var deviceName = TabletScreens.NewDeviceName();
        await using var tablet = await app.NewBrowserContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await TabletScreens.PairTabletAsync(tabletPage, await TabletScreens.PairAsync(ownerPage, deviceName));

        await ownerPage.ReloadAsync();
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = $"해제 {deviceName}" }).ClickAsync();
        await ownerPage.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "해제" }).ClickAsync();
        await Expect(ownerPage.GetByRole(AriaRole.Row).Filter(new() { HasText = deviceName })).ToContainTextAsync("해제됨");

        await tabletPage.GetByTestId("worker-tile").First.ClickAsync();

        await Expect(tabletPage.GetByTestId("floor-message")).ToHaveTextAsync("사장님이 이 태블릿의 등록을 해제했습니다.");
        await Expect(tabletPage.GetByLabel("연결 코드")).ToBeVisibleAsync();
    }
}
