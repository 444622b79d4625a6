using Microsoft.Playwright;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The assembly's app and browser: one real app process on its own embedded PostgreSQL and demo data,
/// and one headless Chromium; each test opens a fresh browser context on it.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    /// <summary>The platform admin the fixture creates on the set-up page; on a demo start they own the demo workshops.</summary>
    public const string OwnerEmail = "owner@demo.example";

    public const string OwnerPassword = "sewing machines hum all day";

    /// <summary>A first start creates a cluster, migrates and seeds months of demo history.</summary>
    public static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(120);

    /// <summary>Only turns a hung shutdown into a failure; never a measure of speed.</summary>
    public static readonly TimeSpan StopHangGuard = TimeSpan.FromSeconds(60);

    private readonly ScratchFolder _folder = new("app");
    private AppProcess? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HttpClient? _http;

    public Uri BaseAddress => App.BaseAddress;

    /// <summary>A client for the app's HTTP API, outside any browser.</summary>
    public HttpClient Http => _http ?? throw new InvalidOperationException("The app is not started.");

    private AppProcess App => _app ?? throw new InvalidOperationException("The app is not started.");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    public async ValueTask InitializeAsync()
    {
        try
        {
            // Checked first: a missing browser should say so at once, not after the app has started.
            var chromium = Chromium.Locate();

            // Blazor Server pages render after a circuit connects; a shared machine may take a few seconds.
            Assertions.SetDefaultExpectTimeout(15_000);

            // Every journey signs in from this machine's one address, several a minute once the suite runs quickly;
            // a workshop's people sign in from their own devices. The limit itself is proven by RateLimitTests.
            _app = AppProcess.Start(_folder.Path, _folder.Sub("data"), "--Security:RateLimits:SignInPerMinute=600", "--Assessment:WeeklyEvaluations=false");
            await _app.WaitUntilReadyAsync(StartDeadline, CancellationToken.None);
            _http = new HttpClient { BaseAddress = _app.BaseAddress };
            await FirstRunSetup.CreateAdminAsync(_http, "데모 대표", OwnerEmail, OwnerPassword);

            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                Args = Chromium.Arguments,
            });
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A new browser context (own cookies, so own language and workshop choice) with the app as base URL.</summary>
    public Task<IBrowserContext> NewBrowserContextAsync(Uri? baseAddress = null, ScreenSize screen = ScreenSize.Desktop) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            ViewportSize = screen == ScreenSize.Phone
                ? new ViewportSize { Width = 390, Height = 844 }
                : new ViewportSize { Width = 1440, Height = 900 },
            IsMobile = screen == ScreenSize.Phone,
            HasTouch = screen == ScreenSize.Phone,
        });

    /// <summary>A shop-floor tablet: a 10-inch landscape screen (1280×800) with a Korean browser, cookies and storage of its own.</summary>
    public Task<IBrowserContext> NewTabletContextAsync(Uri? baseAddress = null) => TabletContextAsync(Browser, baseAddress ?? BaseAddress);

    public static Task<IBrowserContext> TabletContextAsync(IBrowser browser, Uri baseAddress) =>
        browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = "ko-KR",
        });

    /// <summary>A new browser context in which the demo owner has signed in through the sign-in page.</summary>
    public async Task<IBrowserContext> NewSignedInContextAsync(ScreenSize screen = ScreenSize.Desktop)
    {
        var context = await NewBrowserContextAsync(screen: screen);
        var page = await context.NewPageAsync();
        await SignInScreen.SignInAsync(page, OwnerEmail, OwnerPassword);
        await page.CloseAsync();
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        _http?.Dispose();
        _http = null;

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
            _browser = null;
        }

        _playwright?.Dispose();
        _playwright = null;

        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }

        _folder.Dispose();
    }
}
