using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The spreadsheet import page as the owner uses it: pick what the sheet holds, upload, check the preview, import.</summary>
internal sealed class ImportScreens(IPage page)
{
    public IPage Page => page;

    public ILocator Summary => page.GetByTestId("import-summary");

    public ILocator Result => page.GetByTestId("import-result");

    public ILocator ErrorRows => page.Locator("[data-testid=import-row].import-row-error");

    /// <summary>Uploads the file for the kind (items, boms, routings, opening-stock) and shows its preview.</summary>
    public async Task PreviewAsync(string kind, string filePath)
    {
        await page.GotoAsync($"/import?kind={kind}");
        var file = page.Locator("input[type=file]");

        // The file input listens for a choice only once Blazor has wired it up, a round trip after it appears; a
        // person cannot pick a file that fast, a test can. Choose the file once the input is ready.
        await file.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await file.SetInputFilesAsync(filePath);
        await Expect(Summary).ToBeVisibleAsync();
    }

    /// <summary>Uploads, checks that the preview has no errors and imports every row.</summary>
    public async Task ImportAsync(string kind, string filePath)
    {
        await PreviewAsync(kind, filePath);
        await Expect(ErrorRows).ToHaveCountAsync(0);
        await page.GetByTestId("import-commit").ClickAsync();
        await Expect(Result).ToBeVisibleAsync();
    }
}
