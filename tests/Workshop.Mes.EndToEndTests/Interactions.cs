using Microsoft.Playwright;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// Counts what a person does on a page: every click (or tap), fill, choice and key press made through here is one
/// interaction; waiting for the page to answer is not. A journey says how much work a task takes by asserting on
/// <see cref="Count"/>, and the figure goes into the note as before and after.
/// </summary>
public sealed class Interactions
{
    /// <summary>Interactions made so far.</summary>
    public int Count { get; private set; }

    public async Task ClickAsync(ILocator target)
    {
        Count++;
        await target.ClickAsync();
    }

    public async Task FillAsync(ILocator target, string value)
    {
        Count++;
        await target.FillAsync(value);
    }

    /// <summary>
    /// Types part of a name into a search box and taps the suggestion: two interactions. A dialog's first box can take
    /// the typing while it is still opening, and its search then never runs; a person sees no list and types again, so
    /// the text is typed once more (not counted) only when the suggestion has not shown.
    /// </summary>
    public async Task TypeAndPickAsync(ILocator input, string typed, ILocator suggestion)
    {
        await FillAsync(input, typed);
        try
        {
            await suggestion.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            await input.FillAsync(string.Empty);
            await input.PressSequentiallyAsync(typed);
        }

        await ClickAsync(suggestion);
    }

    /// <summary>One choice in a native drop-down.</summary>
    public async Task SelectAsync(ILocator target, SelectOptionValue option)
    {
        Count++;
        await target.SelectOptionAsync(option);
    }

    public async Task PressAsync(ILocator target, string key)
    {
        Count++;
        await target.PressAsync(key);
    }

    /// <summary>Choosing a file in a file dialog counts as one interaction.</summary>
    public async Task SetFileAsync(ILocator target, string path)
    {
        Count++;
        await target.SetInputFilesAsync(path);
    }
}
