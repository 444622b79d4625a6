using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// One page opened in a new tab and watched until Blazor has drawn it, with everything that went wrong on the way
/// as sentences: the error bar, an error boundary, a script or console error, a 5xx answer, an error in the app's log.
/// </summary>
internal sealed partial class PageVisit : IAsyncDisposable
{
    /// <summary>Only turns a page that never finishes drawing into a failure; most pages settle in well under a second.</summary>
    private const float SettleTimeout = 20_000;

    // Blazor draws in batches over its connection: a list's heading comes first and its rows a round trip later. A page
    // has settled once its heading (or the not-allowed answer) shows, nothing is loading (no running progress bar) and
    // the page has stopped changing for a moment; the error bar or an error boundary ends the wait at once.
    private const string Settled = """
        () => {
            const shown = selector => [...document.querySelectorAll(selector)].some(e => e.checkVisibility());
            if (shown('#blazor-error-ui') || shown('.blazor-error-boundary')) return true;
            return (shown('h1') || shown('[data-testid=not-allowed]')) && !shown(window.mesLoading) && performance.now() - window.mesLastChange > 250;
        }
        """;

    private const string Unsettled = """
        () => {
            const shown = selector => [...document.querySelectorAll(selector)].some(e => e.checkVisibility());
            return `heading shown: ${shown('h1')}, loading: ${shown(window.mesLoading)}, last change ${Math.round(performance.now() - window.mesLastChange)} ms ago`;
        }
        """;

    private const string WatchChanges = """
        window.mesLoading = '.mud-progress-indeterminate, .mud-skeleton';
        window.mesLastChange = performance.now();
        new MutationObserver(() => window.mesLastChange = performance.now())
            .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        """;

    private const string Look = """
        () => {
            const text = selector => [...document.querySelectorAll(selector)].filter(e => e.checkVisibility()).map(e => e.innerText.trim()).join(' | ') || null;
            return { errorBar: text('#blazor-error-ui'), boundary: text('.blazor-error-boundary'), heading: text('h1'), notAllowed: text('[data-testid=not-allowed]') };
        }
        """;

    // Playwright raises page events on its own thread.
    private readonly ConcurrentQueue<string> _problems = new();

    private PageVisit(IPage page, string address)
    {
        Page = page;
        Address = address;
    }

    public IPage Page { get; }

    public string Address { get; }

    public IReadOnlyList<string> Problems => [.. _problems];

    /// <summary>The text of the friendly answer a role gets on a page it may not open, when it shows.</summary>
    public string? NotAllowed { get; private set; }

    public string? Heading { get; private set; }

    /// <summary>
    /// Opens <paramref name="address"/> in a new tab of <paramref name="browser"/> and waits until the page has settled;
    /// the page itself should answer <paramref name="status"/> (the not-found page answers 404).
    /// </summary>
    public static async Task<PageVisit> OpenAsync(IBrowserContext browser, string address, AppProcess app, int status = 200)
    {
        var visit = new PageVisit(await browser.NewPageAsync(), address);
        await visit.WatchAsync(app, status);
        return visit;
    }

    /// <summary>
    /// Runs axe-core's WCAG 2.2 A and AA rules on the page as it is now and adds every serious or critical finding,
    /// with the elements it names (issue 12: the owner's pages and the tablet's screens meet AA).
    /// </summary>
    public async Task CheckAccessibilityAsync()
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        };
        var result = await Page.RunAxe(options);
        foreach (var finding in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            var where = string.Join("; ", finding.Nodes.Take(3).Select(n => n.Target?.ToString()));
            _problems.Enqueue($"accessibility, {finding.Impact}: {finding.Id} ({finding.Help}) at {where}");
        }
    }

    /// <summary>Adds what the page shows that a person should not see (<see cref="ShownText"/>): trailing zeros, raw ids, code names.</summary>
    public async Task CheckWhatIsShownAsync()
    {
        var korean = await Page.EvaluateAsync<string>("() => document.documentElement.lang") == "ko";
        foreach (var finding in ShownText.Findings(await Page.EvaluateAsync<string>(ShownText.Script), korean))
        {
            _problems.Enqueue(finding);
        }
    }

    /// <summary>Adds a problem found by the caller, e.g. an answer the role should not have had.</summary>
    public void Add(string problem) => _problems.Enqueue(problem);

    public ValueTask DisposeAsync() => new(Page.CloseAsync());

    private async Task WatchAsync(AppProcess app, int status)
    {
        var logStart = app.Output.Length;
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsOwnStatus(message))
            {
                _problems.Enqueue($"console error: {message.Text}");
            }
        };
        Page.PageError += (_, error) => _problems.Enqueue($"script error: {error}");
        Page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                _problems.Enqueue($"HTTP {response.Status} from {response.Request.Method} {response.Url}");
            }
        };
        await Page.AddInitScriptAsync(WatchChanges);

        var answer = await Page.GotoAsync(Address);
        if (answer?.Status != status)
        {
            _problems.Enqueue($"answered {answer?.Status}, not {status}");
        }

        await SettleAsync();
        await LookAsync();
        var shown = new Uri(Page.Url);
        if (!string.Equals(shown.AbsolutePath, Address.Split('?')[0], StringComparison.Ordinal))
        {
            _problems.Enqueue($"was sent on to {shown.PathAndQuery}");
        }

        foreach (var error in ServerErrors(app.Output[logStart..]))
        {
            _problems.Enqueue(error);
        }
    }

    private async Task SettleAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync(Settled, null, new PageWaitForFunctionOptions { Timeout = SettleTimeout });
        }
        catch (TimeoutException)
        {
            _problems.Enqueue($"did not settle within {SettleTimeout / 1000:0} s ({await Page.EvaluateAsync<string>(Unsettled)})");
        }
    }

    private async Task LookAsync()
    {
        var look = await Page.EvaluateAsync<JsonElement>(Look);
        string? Text(string name) => look.GetProperty(name).GetString();
        if (Text("errorBar") is { } errorBar)
        {
            _problems.Enqueue($"the error bar showed (\"{errorBar}\")");
        }

        if (Text("boundary") is { } boundary)
        {
            _problems.Enqueue($"an error boundary showed (\"{boundary}\")");
        }

        Heading = Text("heading");
        NotAllowed = Text("notAllowed");
    }

    // The browser repeats a page's own 4xx as a console error; the page's status is judged on its own.
    private bool IsOwnStatus(IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
        && LineAndColumn().Replace(message.Location, string.Empty).EndsWith(Address, StringComparison.Ordinal);

    /// <summary>Errors the app logged while the page was open: the Serilog line and the exception's first line below it.</summary>
    private static IEnumerable<string> ServerErrors(string log) =>
        ErrorLine().Matches(log).Select(m => $"server logged: {Shorten(m.Groups["line"].Value)}{(m.Groups["exception"].Success ? $" / {Shorten(m.Groups["exception"].Value)}" : string.Empty)}");

    private static string Shorten(string text) => text.Length <= 300 ? text.Trim() : $"{text[..300].Trim()}…";

    // The console template is "[HH:mm:ss LVL] Source: message", an exception's text on the lines after it.
    [GeneratedRegex(@":\d+:\d+$")]
    private static partial Regex LineAndColumn();

    [GeneratedRegex(@"^(?<line>\[\d\d:\d\d:\d\d (?:ERR|FTL)\] [^\n]*)(?:\n(?<exception>(?!\[\d\d:)[^\n]+))?", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();
}
