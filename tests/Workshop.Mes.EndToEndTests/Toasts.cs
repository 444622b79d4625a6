using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The toasts (snackbars) a page shows after an action, and what they would hide.</summary>
internal static class Toasts
{
    public static ILocator Shown(IPage page) => page.Locator(".mud-snackbar");

    /// <summary>The names of the page's visible buttons that the toasts on screen cover, at least partly.</summary>
    public static async Task<IReadOnlyList<string>> CoveredButtonsAsync(IPage page)
    {
        await Expect(Shown(page).First).ToBeVisibleAsync();
        var toasts = new List<LocatorBoundingBoxResult>();
        foreach (var toast in await Shown(page).AllAsync())
        {
            if (await toast.BoundingBoxAsync() is { } box)
            {
                toasts.Add(box);
            }
        }

        var covered = new List<string>();
        foreach (var button in await page.Locator("main button:visible, main a.mud-button-root:visible, .mud-dialog button:visible").AllAsync())
        {
            if (await button.BoundingBoxAsync() is { } box && toasts.Any(toast => Overlap(toast, box)))
            {
                covered.Add((await button.InnerTextAsync()).Trim());
            }
        }

        return covered;
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
