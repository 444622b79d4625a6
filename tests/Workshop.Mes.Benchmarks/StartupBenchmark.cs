using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Workshop.Mes.Infrastructure.Database.Embedded;
using Workshop.Mes.Testing;

namespace Workshop.Mes.Benchmarks;

/// <summary>
/// P6: time from launching the built app to <c>/health/ready</c>, on a fresh data folder (initdb, migrations,
/// demo data) and again on the same folder, beside the baseline of the embedded cluster alone.
/// </summary>
internal static class StartupBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args is ["--runs", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 3;
        var repo = RepositoryFiles.Root;
        var webDll = Path.Combine(repo, "src/Workshop.Mes.Web/bin/Release/net10.0/Workshop.Mes.Web.dll");
        if (!File.Exists(webDll))
        {
            Console.Error.WriteLine($"Build the app first: dotnet build src/Workshop.Mes.Web -c Release ({webDll} is missing)");
            return 1;
        }

        var baseline = new List<double>();
        var cold = new List<double>();
        var warm = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            baseline.Add(await TimeClusterAloneAsync());
            var folder = TempFolder();
            try
            {
                cold.Add(await TimeAppToReadyAsync(webDll, repo, folder));
                warm.Add(await TimeAppToReadyAsync(webDll, repo, folder));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        var report = string.Create(CultureInfo.InvariantCulture, $"""

            ## {DateTime.UtcNow:yyyy-MM-dd} · P6 first start (startup)

            Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}; Release build; {runs} runs, median shown.

            | What | Median (s) | Target | Ratio to baseline |
            |---|---|---|---|
            | B: embedded cluster alone (initdb + start + create database) | {Median(baseline):0.0} | — | 1.0 |
            | First start: launch → /health/ready (cluster, migrations, demo data) | {Median(cold):0.0} | ≤ 60 | {Median(cold) / Median(baseline):0.0} |
            | Later start on the same data folder | {Median(warm):0.0} | ≤ 15 | {Median(warm) / Median(baseline):0.0} |

            """);
        Console.WriteLine(report);
        await File.AppendAllTextAsync(Path.Combine(repo, "docs/benchmarks.md"), report);
        return 0;
    }

    private static async Task<double> TimeClusterAloneAsync()
    {
        var folder = TempFolder();
        try
        {
            var watch = Stopwatch.StartNew();
            await using var postgres = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataFolder = folder }, NullLogger.Instance);
            var seconds = watch.Elapsed.TotalSeconds;
            await postgres.StopAsync();
            return seconds;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<double> TimeAppToReadyAsync(string webDll, string repo, string dataFolder)
    {
        var port = LocalProcesses.FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryFiles.WebProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { webDll, "--urls", $"http://127.0.0.1:{port}", $"--Database:DataFolder={dataFolder}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        using var app = Process.Start(start)!;
        app.OutputDataReceived += (_, _) => { };
        app.ErrorDataReceived += (_, _) => { };
        app.BeginOutputReadLine();
        app.BeginErrorReadLine();
        try
        {
            while (watch.Elapsed < TimeSpan.FromMinutes(3))
            {
                try
                {
                    if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"))).IsSuccessStatusCode)
                    {
                        return watch.Elapsed.TotalSeconds;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                catch (TaskCanceledException)
                {
                    // Listening but busy starting.
                }

                await Task.Delay(100);
            }

            throw new TimeoutException("The app did not become ready within 3 minutes.");
        }
        finally
        {
            await LocalProcesses.SignalAsync(app.Id, "TERM");
            await app.WaitForExitAsync();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string TempFolder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mes-bench-" + Guid.NewGuid().ToString("N")[..8])).FullName;
}
