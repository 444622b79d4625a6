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
