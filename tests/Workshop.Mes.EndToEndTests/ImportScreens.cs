using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The spreadsheet import page as the owner uses it: pick what the sheet holds, upload, check the preview, import.</summary>
internal sealed class ImportScreens(IPage page)
{
    private readonly Interactions _done = new();

    public IPage Page => page;

    /// <summary>What the person did on the import page: each file chosen and each click.</summary>
    public int Interactions => _done.Count;

    public ILocator Steps => page.GetByTestId("import-step");

    public ILocator Kind => page.GetByTestId("import-kind");

    public ILocator Preview => page.GetByTestId("import-preview");

    public ILocator Summary => page.GetByTestId("import-summary");

    public ILocator Result => page.GetByTestId("import-result");

    public ILocator ErrorRows => page.Locator("[data-testid=import-row].import-row-error");

    /// <summary>Uploads the file for the kind (items, boms, routings, opening-stock) and shows its preview.</summary>
    public async Task PreviewAsync(string kind, string filePath)
    {
        await page.GotoAsync($"/import?kind={kind}");
        await ChooseFileAsync(filePath);
    }

    /// <summary>Chooses the file on the open import page (one interaction) and waits for its preview.</summary>
    public async Task ChooseFileAsync(string filePath)
    {
        var file = page.Locator("input[type=file]");

        // The file input listens for a choice only once Blazor has wired it up, a round trip after it appears; a
        // person cannot pick a file that fast, a test can. Choose the file once the input is ready.
        await file.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });
        await page.WaitForFunctionAsync("() => document.querySelector('input[type=file]')?._blazorInputFileNextFileId !== undefined");
        await _done.SetFileAsync(file, filePath);
        await Expect(Summary).ToBeVisibleAsync();
    }

    /// <summary>Uploads, checks that the preview has no errors and imports every row.</summary>
    public async Task ImportAsync(string kind, string filePath)
    {
        await PreviewAsync(kind, filePath);
        await CommitAsync();
    }

    /// <summary>Imports the previewed rows, which must have no errors (one interaction).</summary>
    public async Task CommitAsync()
    {
        await Expect(ErrorRows).ToHaveCountAsync(0);
        await _done.ClickAsync(page.GetByTestId("import-commit"));
        await Expect(Result).ToBeVisibleAsync();
    }

    /// <summary>The preview's cell of a field in the row with that sheet row number.</summary>
    public ILocator Cell(int row, string field) => Preview.Locator($"[data-testid=import-row][data-row='{row}'] td[data-field={field}]");
}
