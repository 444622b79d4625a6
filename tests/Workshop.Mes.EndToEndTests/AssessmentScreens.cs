using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// 단계 진단 as the owner uses it, in Korean: opened from the menu, the self-assessment answered one tap a question, and
/// the result read back. Every click goes through <see cref="Interactions"/>; waiting for the page is not counted.
/// </summary>
internal sealed class AssessmentScreens(IPage page)
{
    private readonly Interactions _done = new();

    public int Interactions => _done.Count;

    /// <summary>Opens 단계 진단 from the navigation: one click, or on a phone the menu first.</summary>
    public async Task OpenFromNavigationAsync(ScreenSize screen)
    {
        var link = page.GetByTestId("nav-assessment");
        if (screen == ScreenSize.Phone)
        {
            var menu = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "메뉴", Exact = true });
            await _done.ClickAsync(menu);
            try
            {
                await Expect(link).ToBeInViewportAsync(new() { Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                // A tap made while the page was still connecting is lost; the drawer opens on the next one, not counted.
                await menu.ClickAsync();
                await Expect(link).ToBeInViewportAsync();
            }
        }

        await _done.ClickAsync(link);
        await Expect(page.GetByTestId("stage-headline")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    public async Task OpenSelfAssessmentAsync()
    {
        await _done.ClickAsync(page.GetByTestId("open-self"));
        await Expect(page.GetByTestId("progress-1")).ToBeVisibleAsync();
    }

    /// <summary>Taps one answer and waits for its quiet "저장됨".</summary>
    public async Task AnswerAsync(string indicatorId, int step)
    {
        await _done.ClickAsync(page.GetByTestId($"answer-{indicatorId}-{step}"));
        await Expect(page.GetByTestId($"saved-{indicatorId}")).ToHaveTextAsync("저장됨");
    }

    public ILocator Progress(int stage) => page.GetByTestId($"progress-{stage}");

    public async Task OpenResultAsync()
    {
        await _done.ClickAsync(page.GetByTestId("open-result"));
        await Expect(page.GetByTestId("stage-headline")).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    public ILocator Indicator(string id, string cell) => page.GetByTestId($"indicator-{id}").GetByTestId(cell);
}
