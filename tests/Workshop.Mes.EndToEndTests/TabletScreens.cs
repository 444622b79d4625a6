using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// Pairing a tablet as the owner does it on /tablets, and the tablet app (<c>/floor/</c>, Blazor WebAssembly) as a worker
/// uses it: pairing, the station, the name tiles, the PIN pad, the scan field, the step screen and its number pad.
/// </summary>
internal static partial class TabletScreens
{
    public const string DemoPin = "2580";

    /// <summary>The WebAssembly app downloads and starts on the first visit; a shared machine may take a while.</summary>
    public const float AppStartTimeout = 60_000;

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

    /// <summary>The QR code's link opens the app's pairing screen with the code filled in; pairing leads to the station choice.</summary>
    public static async Task PairTabletAsync(IPage tabletPage, string code)
    {
        await tabletPage.GotoAsync($"/floor/pair?code={code}");
        await Expect(tabletPage.GetByLabel("연결 코드")).ToHaveValueAsync(code, new() { Timeout = AppStartTimeout });
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "연결", Exact = true }).ClickAsync();
        await Expect(tabletPage.GetByRole(AriaRole.Heading, new() { Name = "설비 선택" })).ToBeVisibleAsync();
        await tabletPage.GetByTestId("station-tile").First.ClickAsync();
        await Expect(tabletPage.GetByTestId("worker-tile").First).ToBeVisibleAsync();
    }

    /// <summary>Taps a worker's tile and enters <paramref name="pin"/> on the keypad; returns the worker's name.</summary>
    public static async Task<string> SignInWorkerAsync(IPage tabletPage, ILocator tile, string pin)
    {
        var name = (await tile.Locator(".tile-name").InnerTextAsync()).Trim();
        await tile.ClickAsync();
        await Expect(tabletPage.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        foreach (var digit in pin)
        {
            await tabletPage.GetByRole(AriaRole.Button, new() { Name = digit.ToString(), Exact = true }).ClickAsync();
        }

        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "로그인" }).ClickAsync();
        return name;
    }

    /// <summary>Pairs, signs the first worker in with the demo PIN and waits for "my work"; returns the worker's name.</summary>
    public static async Task<string> ReadyTabletAsync(IPage ownerPage, IPage tabletPage)
    {
        await PairTabletAsync(tabletPage, await PairAsync(ownerPage, NewDeviceName()));
        var name = await SignInWorkerAsync(tabletPage, tabletPage.GetByTestId("worker-tile").First, DemoPin);
        await Expect(tabletPage.GetByTestId("floor-greeting")).ToHaveTextAsync($"안녕하세요, {name}");
        return name;
    }

    /// <summary>Types a code into the scan field and presses Enter, as a keyboard-wedge scanner does.</summary>
    public static async Task ScanAsync(IPage tabletPage, string code)
    {
        var field = tabletPage.GetByLabel("스캔", new() { Exact = true });
        await field.FillAsync(code);
        await field.PressAsync("Enter");
    }

    /// <summary>Reports good and scrap in one action; scrap takes a defect code and, when given, a photo file.</summary>
    public static async Task ReportAsync(IPage tabletPage, int good, int scrap, string? photoPath = null)
    {
        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "수량 보고" }).ClickAsync();
        await tabletPage.GetByLabel("양품", new() { Exact = true }).FillAsync(good.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await tabletPage.GetByLabel("불량", new() { Exact = true }).FillAsync(scrap.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (scrap > 0)
        {
            await tabletPage.GetByTestId("defect-code").First.ClickAsync();
            if (photoPath is not null)
            {
                await tabletPage.GetByLabel("사진 (선택)").SetInputFilesAsync(photoPath);
            }
        }

        await tabletPage.GetByRole(AriaRole.Button, new() { Name = "저장" }).ClickAsync();
        await Expect(tabletPage.GetByTestId("floor-message")).ToContainTextAsync($"양품 {good}, 불량 {scrap}");
    }

    /// <summary>The outbox banner: how many events and photos wait to be sent (none when it is hidden).</summary>
    public static ILocator Banner(IPage tabletPage) => tabletPage.GetByTestId("outbox-banner");

    /// <summary>Waits until the outbox has sent everything: the banner goes away.</summary>
    public static async Task WaitUntilSentAsync(IPage tabletPage, float timeout = 30_000) =>
        await Expect(Banner(tabletPage)).ToBeHiddenAsync(new() { Timeout = timeout });

    /// <summary>
    /// Waits until every event has had the server's answer (photos may still be on their way). The predicate reads the
    /// outbox's last count: Playwright polls a function, and an async one would pass at once (its promise is truthy).
    /// </summary>
    public static async Task WaitUntilEventsSentAsync(IPage tabletPage, float timeout = 30_000) =>
        await WaitUntilWaitingAsync(tabletPage, "=== 0", timeout);

    /// <summary>Waits until the number of events in the outbox satisfies <paramref name="condition"/> ("&lt; 180", "=== 0").</summary>
    public static async Task WaitUntilWaitingAsync(IPage tabletPage, string condition, float timeout = 30_000) =>
        await tabletPage.WaitForFunctionAsync($"() => window.floorOutbox && window.floorOutbox.counts.events {condition}", null, new() { Timeout = timeout });

    /// <summary>How many events wait in the outbox now (read from its database).</summary>
    public static async Task<int> WaitingAsync(IPage tabletPage) =>
        await tabletPage.EvaluateAsync<int>("async () => (await window.floorOutbox.status()).events");

    /// <summary>What the server refused, as the tablet's 반려 list holds it: "kind: reason" each.</summary>
    public static async Task<IReadOnlyList<string>> RefusedAsync(IPage tabletPage) =>
        await tabletPage.EvaluateAsync<string[]>("async () => (await window.floorOutbox.status()).rejected.map(r => `${r.event.kind}: ${r.code} ${r.message}`)");

    /// <summary>A small real JPEG (a grey 64×48 picture) for the photo input, as a phone camera would give one.</summary>
    public static string WriteJpeg(string folder)
    {
        var path = Path.Combine(folder, "scrap.jpg");
        using var bitmap = new SkiaSharp.SKBitmap(64, 48);
        bitmap.Erase(new SkiaSharp.SKColor(120, 120, 120));
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 90);
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    [GeneratedRegex("^[A-Z0-9]{4}-[A-Z0-9]{4}$")]
    private static partial Regex PairingCode();
}

/// <summary>The owner's REST API, called from the owner's signed-in page (its cookie is the credential).</summary>
internal sealed class OwnerApi(IPage ownerPage)
{
    public async Task<JsonElement> GetAsync(string path)
    {
        await OnTheAppAsync();
        var answer = await ownerPage.EvaluateAsync<JsonElement>(
            "async path => { const r = await fetch(path, { headers: { Accept: 'application/json' } }); return { status: r.status, body: r.status === 204 ? null : await r.json() }; }", path);
        answer.GetProperty("status").GetInt32().ShouldBe(200, $"GET {path}");
        return answer.GetProperty("body");
    }

    public async Task<JsonElement> PostAsync(string path, object body)
    {
        await OnTheAppAsync();
        var answer = await ownerPage.EvaluateAsync<JsonElement>(
            """
            async ([path, body]) => {
                const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(body) });
                return { status: r.status, body: r.status === 204 ? null : await r.json() };
            }
            """, new object[] { path, body });
        answer.GetProperty("status").GetInt32().ShouldBeInRange(200, 201, $"POST {path}: {answer}");
        return answer.GetProperty("body");
    }

    /// <summary>A fresh tab is on about:blank, where a relative address means nothing: open a cheap page of the app first.</summary>
    private async Task OnTheAppAsync()
    {
        if (!ownerPage.Url.StartsWith("http", StringComparison.Ordinal))
        {
            await ownerPage.GotoAsync("/health/ready");
        }
    }
}
