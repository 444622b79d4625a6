using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The day sheet (작업일지) as an office person types a paper sheet into it, in Korean. Every click, fill and key
/// press the person makes goes through here and is counted in <see cref="Interactions"/>, so a journey can say how
/// much work entering a sheet takes; waiting for the page to answer is not counted.
/// </summary>
internal sealed class DaySheetScreens(IPage page)
{
    public IPage Page => page;

    private readonly Interactions _done = new();

    /// <summary>Clicks, fills and key presses made so far.</summary>
    public int Interactions => _done.Count;

    /// <summary>Opens the day sheet from the navigation, as a person does: one click, or on a phone the menu first.</summary>
    public async Task OpenFromNavigationAsync(ScreenSize screen = ScreenSize.Desktop)
    {
        var link = page.GetByTestId("nav-day-sheet");
        if (screen == ScreenSize.Phone)
        {
            var menu = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "메뉴", Exact = true });
            await ClickAsync(menu);
            try
            {
                await Expect(link).ToBeInViewportAsync(new() { Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                // A tap made while the page was still connecting is lost; the drawer opens on the next one, not
                // counted, because it is the machine's delay, not the owner's work.
                await menu.ClickAsync();
                await Expect(link).ToBeInViewportAsync();
            }
        }

        await ClickAsync(link);
        await Expect(page.GetByTestId("day-sheet")).ToBeVisibleAsync();
    }

    public ILocator Row(int number) => page.GetByTestId($"sheet-row-{number}");

    public ILocator Box(int row, string testId) => Row(row).GetByTestId(testId);

    public Task DateAsync(DateOnly day) => FillAsync(page.GetByTestId("sheet-date"), day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public Task TypeAsync(int row, string testId, string value) => FillAsync(Box(row, testId), value);

    /// <summary>Picks the first defect code the line offers (one choice in a drop-down).</summary>
    public async Task FirstDefectAsync(int row)
    {
        await _done.SelectAsync(Box(row, "sheet-defect"), new SelectOptionValue { Index = 1 });
    }

    public async Task SaveAsync()
    {
        await ClickAsync(page.GetByTestId("sheet-save"));
        await Expect(page.GetByTestId("sheet-summary")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 });
    }

    public ILocator Summary => page.GetByTestId("sheet-summary");

    public ILocator Result(int row) => Box(row, "sheet-result");

    private Task ClickAsync(ILocator target) => _done.ClickAsync(target);

    private Task FillAsync(ILocator target, string value) => _done.FillAsync(target, value);
}
