using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;
using Microsoft.Playwright;

namespace Workshop.Mes.Benchmarks;

/// <summary>The app's memory with a number of dashboards open, read after a full GC the benchmark forced from outside.</summary>
internal sealed record CircuitFigure(int Circuits, int OpenSockets, double GcHeapMb, double RssMb, double AnonMb, bool Induced);

/// <summary>
/// P4 (ADR 0073): opens Blazor Server circuits on the owner's home page <c>/</c> in headless Chromium pages (one
/// signed-in browser context, its workshop chosen by the menu cookie), waits until each has rendered its
/// <c>main</c> landmark (the app renders nothing before its circuit is up: no prerendering), then forces a blocking
/// gen-2 GC in the app through EventPipe (the runtime's <c>GCHeapCollect</c> keyword, as <c>dotnet-gcdump</c> does;
/// no endpoint) and reads the managed heap after it (<c>GCHeapStats</c>) and the process's resident memory
/// (<c>/proc/&lt;pid&gt;/status</c>).
/// </summary>
internal static class CircuitMemory
{
    private const int OpenConcurrently = 4;

    public static async Task<IReadOnlyList<CircuitFigure>> MeasureAsync(
        Uri app, int appProcessId, IReadOnlyList<int> levels, string email, string password, string workshopSlug)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MES_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--renderer-process-limit=8"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(120_000);
        await SignInAsync(context, email, password);
        await context.AddCookiesAsync([new Cookie { Name = "mes.workshop", Value = workshopSlug, Url = app.ToString() }]);

        var sockets = 0;
        var pages = new List<IPage>();
        var figures = new List<CircuitFigure>();
        foreach (var level in levels.Order())
        {
            while (pages.Count < level)
            {
                var batch = Math.Min(OpenConcurrently, level - pages.Count);
                pages.AddRange(await Task.WhenAll(Enumerable.Range(0, batch).Select(async _ =>
                {
                    var page = await context.NewPageAsync();
                    page.WebSocket += (_, socket) =>
                    {
                        if (socket.Url.Contains("/_blazor", StringComparison.Ordinal))
                        {
                            Interlocked.Increment(ref sockets);
                            socket.Close += (_, _) => Interlocked.Decrement(ref sockets);
                        }
                    };
                    await page.GotoAsync("/");
                    await page.Locator("main").First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
                    return page;
                })));
                if (pages.Count % 20 == 0)
                {
                    Console.WriteLine($"  {pages.Count} dashboards open");
                }
            }

            // Let the newest circuits finish their first renders before the collection.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var (heap, induced) = await ForceFullGcAsync(appProcessId);
            var (rss, anon) = ResidentMemory(appProcessId);
            figures.Add(new CircuitFigure(level, Volatile.Read(ref sockets), heap, rss, anon, induced));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{level} circuits ({sockets} sockets open): GC heap {heap:0.0} MB, RSS {rss:0.0} MB (anonymous {anon:0.0} MB)"));
        }

        foreach (var page in pages)
        {
            await page.CloseAsync();
        }

        return figures;
    }

    /// <summary>
    /// Starts an EventPipe session on the app with the runtime provider's GC and GCHeapCollect keywords: enabling
    /// GCHeapCollect makes the runtime run an induced, blocking gen-2 collection; the heap size is that GC's
    /// <c>GCHeapStats</c> (all generations, large and pinned object heaps).
    /// </summary>
    public static async Task<(double HeapMb, bool Induced)> ForceFullGcAsync(int processId)
    {
        var client = new DiagnosticsClient(processId);
        var provider = new EventPipeProvider(
            "Microsoft-Windows-DotNETRuntime",
            EventLevel.Informational,
            (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect));
        using var session = client.StartEventPipeSession([provider], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var induced = false;
        var heap = new TaskCompletionSource<(double, bool)>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Clr.GCStart += e => induced |= e.Reason == GCReason.Induced && e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (induced)
            {
                heap.TrySetResult((e.TotalHeapSize / 1048576.0, true));
            }
        };
        var processing = Task.Run(source.Process);
        (double, bool) result;
        try
        {
            result = await heap.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            result = (double.NaN, false);
        }

        await session.StopAsync(CancellationToken.None);
        await processing;
        return result;
    }

    /// <summary>VmRSS and RssAnon (private, anonymous pages: the heaps) of a process in MB.</summary>
    public static (double Rss, double Anonymous) ResidentMemory(int processId)
    {
        double Read(string key) => File.ReadLines($"/proc/{processId}/status")
            .Where(l => l.StartsWith(key + ":", StringComparison.Ordinal))
            .Select(l => double.Parse(l.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024)
            .FirstOrDefault();
        return (Read("VmRSS"), Read("RssAnon"));
    }

    /// <summary>The sign-in page as a person uses it (e-mail, password, 로그인), as the end-to-end tests do.</summary>
    private static async Task SignInAsync(IBrowserContext context, string email, string password)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("이메일").FillAsync(email);
        await page.GetByLabel("비밀번호").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "로그인", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
        await page.CloseAsync();
    }
}
