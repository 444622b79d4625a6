using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The shop-floor tablet, end to end in Korean: the owner pairs a tablet, a worker signs in on it with the demo
/// PIN, and the owner revokes it. The tablet is a second browser context with cookies of its own.
/// </summary>
public sealed class TabletJourneyTests(RunningApp app)
{
    private const string DemoPin = "2580";

    [Fact]
    public async Task The_owner_pairs_a_tablet_and_the_tablet_shows_the_worker_tiles()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();

        var code = await PairAsync(ownerPage, DeviceName());

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
        await PairTabletAsync(tabletPage, await PairAsync(ownerPage, DeviceName()));

        var tile = tabletPage.GetByTestId("worker-tile").First;
        var name = (await tile.InnerTextAsync()).Trim();
        await tile.ClickAsync();
        foreach (var digit in DemoPin)
        {
            await tabletPage.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        }

        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();

        await Expect(tabletPage.GetByTestId("floor-greeting")).ToHaveTextAsync($"안녕하세요, {name}");
        await Expect(tabletPage.GetByTestId("session-ends")).ToContainTextAsync("까지 로그인됩니다");
    }

    [Fact]
    public async Task A_revoked_tablet_is_told_the_owner_removed_it_on_its_next_action()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        var deviceName = DeviceName();
        await using var tablet = await app.NewBrowserContextAsync();
        var tabletPage = await tablet.NewPageAsync();
        await PairTabletAsync(tabletPage, await PairAsync(ownerPage, deviceName));

        await ownerPage.ReloadAsync();
        await ownerPage.GetByRole(AriaRole.Button, new() { Name = $"해제 {deviceName}" }).ClickAsync();
        await ownerPage.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "해제" }).ClickAsync();
        await Expect(ownerPage.GetByRole(AriaRole.Row).Filter(new() { HasText = deviceName })).ToContainTextAsync("해제됨");

        await tabletPage.GetByTestId("worker-tile").First.ClickAsync();

        await Expect(tabletPage.GetByTestId("floor-message")).ToHaveTextAsync("사장님이 이 태블릿의 등록을 해제했습니다.");
        await Expect(tabletPage.GetByLabel("연결 코드")).ToBeVisibleAsync();
    }

    private static string DeviceName() => $"태블릿 {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>On the owner's /tablets page: pair a tablet by name and read the code the dialog shows.</summary>
    private static async Task<string> PairAsync(IPage ownerPage, string deviceName)
    {
        await ownerPage.GotoAsync("/tablets");
        await Expect(ownerPage.GetByRole(AriaRole.Heading, new() { Name = "현장 태블릿" })).ToBeVisibleAsync();
        await ownerPage.GetByTestId("pair-tablet").ClickAsync();
        var dialog = ownerPage.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("태블릿 이름").FillAsync(deviceName);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "코드 만들기" }).ClickAsync();
        var code = dialog.GetByTestId("pairing-code");
        await Expect(code).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z0-9]{4}-[A-Z0-9]{4}$"));
        await Expect(dialog.GetByTestId("pairing-qr")).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("pairing-expiry")).ToContainTextAsync("후 만료");
        var text = (await code.InnerTextAsync()).Trim();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "닫기" }).ClickAsync();
        return text;
    }

    private static async Task PairTabletAsync(IPage tabletPage, string code)
    {
        // The QR code's link: the code arrives in the address and fills the field.
        await tabletPage.GotoAsync($"/floor/pair?code={code}");
        await Expect(tabletPage.GetByLabel("연결 코드")).ToHaveValueAsync(code);
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "연결" }).ClickAsync();
        await Expect(tabletPage.GetByTestId("worker-tile").First).ToBeVisibleAsync();
    }
}
