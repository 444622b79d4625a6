using System.Diagnostics;
using Workshop.Mes.Testing;

namespace Workshop.Mes.Benchmarks;

/// <summary>
/// The Release build of the app as its own process on 127.0.0.1, on a PostgreSQL server the benchmark started
/// (its connection strings, so the benchmark can watch that server's CPU), migrating and loading the demo
/// workshops as the embedded mode does. Its console output is read and dropped, as a service manager would.
/// </summary>
internal sealed class AppUnderTest : IAsyncDisposable
{
    private readonly Process _process;

    private AppUnderTest(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Generous: a first start seeds the demo, and on a shared machine at load 30 that took over three minutes.</summary>
    public static readonly TimeSpan StartDeadline = TimeSpan.FromMinutes(10);

    public static string WebDll { get; } = Path.Combine(RepositoryFiles.Root, "src/Workshop.Mes.Web/bin/Release/net10.0/Workshop.Mes.Web.dll");

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    public static async Task<AppUnderTest> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{LocalProcesses.FreeLoopbackPort()}/");
        var process = Launch(settings, [WebDll, "--urls", address.ToString().TrimEnd('/')]);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppUnderTest(process, address);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < StartDeadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode} while starting.");
            }

            try
            {
                if ((await http.GetAsync(new Uri(address, "health/ready"))).IsSuccessStatusCode)
                {
                    return app;
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

            await Task.Delay(200);
        }

        await app.DisposeAsync();
        throw new TimeoutException($"The app did not become ready within {StartDeadline.TotalMinutes} minutes.");
    }

    /// <summary>A host command (<c>create-api-key …</c>) on the same settings; answers its output, throws on failure.</summary>
    public static async Task<string> RunCommandAsync(IReadOnlyDictionary<string, string> settings, params string[] command)
    {
        using var process = Launch(settings, [WebDll, .. command]);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"{command[0]} exited with {process.ExitCode}: {await error}{await output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await LocalProcesses.SignalAsync(_process.Id, "TERM");
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    // Settings go in the environment, not the arguments: connection strings stay out of the process list.
    private static Process Launch(IReadOnlyDictionary<string, string> settings, string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryFiles.WebProjectFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
    }
}
