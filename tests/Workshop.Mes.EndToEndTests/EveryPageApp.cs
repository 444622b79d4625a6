using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// A fresh app of its own for <see cref="EveryPageTests"/>, driven by the assembly's browser: its set-up page is opened
/// before anyone has set it up, and its log holds only what these pages did. The platform admin it creates on
/// /setup owns the demo workshops and stays signed in for the whole class.
/// </summary>
public sealed class EveryPageApp(RunningApp running) : IAsyncLifetime
{
    private const string AdminPassword = "every page opens cleanly";

    private readonly ScratchFolder _folder = new("every-page");
    private AppProcess? _app;
    private IBrowserContext? _owner;
    private IReadOnlyList<string> _freshSetupProblems = [];

    internal AppProcess App => _app ?? throw new InvalidOperationException("The app is not started.");

    /// <summary>The platform admin and owner of the demo workshops, signed in.</summary>
    public IBrowserContext Owner => _owner ?? throw new InvalidOperationException("The app is not set up.");

    /// <summary>What went wrong on /setup as the fresh server showed it, before the fixture filled it in.</summary>
    public IReadOnlyList<string> FreshSetupProblems => _freshSetupProblems;

    public async ValueTask InitializeAsync()
    {
        try
        {
            _app = AppProcess.Start(_folder.Path, _folder.Sub("data"), "--Security:RateLimits:SignInPerMinute=600");
            await _app.WaitUntilReadyAsync(RunningApp.StartDeadline, CancellationToken.None);
            _owner = await NewBrowserAsync();
            await using var setup = await PageVisit.OpenAsync(_owner, "/setup", _app);
            _freshSetupProblems = setup.Problems;
            await CreateAdminAsync(setup.Page);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>A new browser context on this app, with no cookies.</summary>
    public Task<IBrowserContext> NewBrowserAsync() => running.NewBrowserContextAsync(App.BaseAddress);

    /// <summary>A Korean 1280×800 tablet on this app.</summary>
    public Task<IBrowserContext> NewTabletAsync() => running.NewTabletContextAsync(App.BaseAddress);

    public async ValueTask DisposeAsync()
    {
        if (_owner is not null)
        {
            await _owner.DisposeAsync();
            _owner = null;
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }

        _folder.Dispose();
    }

    private static async Task CreateAdminAsync(IPage setup)
    {
        await setup.Locator("#displayName").FillAsync("모든화면 대표");
        await setup.Locator("#email").FillAsync("admin@every-page.example");
        await setup.Locator("#password").FillAsync(AdminPassword);
        await setup.Locator("#confirmPassword").FillAsync(AdminPassword);
        await setup.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "관리자 만들기" }).ClickAsync();
        await Expect(setup.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "시작하기", Level = 1 })).ToBeVisibleAsync();
    }
}
