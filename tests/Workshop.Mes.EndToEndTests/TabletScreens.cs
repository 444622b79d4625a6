using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>Pairing a tablet as the owner does it on /tablets and as the tablet does it on /floor/pair, and a worker's PIN.</summary>
internal static partial class TabletScreens
{
    public const string DemoPin = "2580";

    public static string NewDeviceName() => $"태블릿 {Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>On the owner's /tablets page: pair a tablet by name and read the code the dialog shows.</summary>
    public static async Task<string> PairAsync(IPage ownerPage, string deviceName)
    {
        await ownerPage.GotoAsync("/tablets");
        await Expect(ownerPage.GetByRole(AriaRole.Heading, new() { Name = "현장 태블릿" })).ToBeVisibleAsync();
        await ownerPage.GetByTestId("pair-tablet").ClickAsync();
        var dialog = ownerPage.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("태블릿 이름").FillAsync(deviceName);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "코드 만들기" }).ClickAsync();
        var code = dialog.GetByTestId("pairing-code");
        await Expect(code).ToHaveTextAsync(PairingCode());
        await Expect(dialog.GetByTestId("pairing-qr")).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("pairing-expiry")).ToContainTextAsync("후 만료");
        var text = (await code.InnerTextAsync()).Trim();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "닫기" }).ClickAsync();
        return text;
    }

    /// <summary>The QR code's link: the code arrives in the address and fills the field; the tablet then shows the worker tiles.</summary>
    public static async Task PairTabletAsync(IPage tabletPage, string code)
    {
        await tabletPage.GotoAsync($"/floor/pair?code={code}");
        await Expect(tabletPage.GetByLabel("연결 코드")).ToHaveValueAsync(code);
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "연결" }).ClickAsync();
        await Expect(tabletPage.GetByTestId("worker-tile").First).ToBeVisibleAsync();
    }

    /// <summary>Taps a worker's tile and enters <paramref name="pin"/> on the keypad; returns the worker's name.</summary>
    public static async Task<string> SignInWorkerAsync(IPage tabletPage, ILocator tile, string pin)
    {
        var name = (await tile.InnerTextAsync()).Trim();
        await tile.ClickAsync();
        foreach (var digit in pin)
        {
            await tabletPage.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        }

        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        return name;
    }

    [GeneratedRegex("^[A-Z0-9]{4}-[A-Z0-9]{4}$")]
    private static partial Regex PairingCode();
}
