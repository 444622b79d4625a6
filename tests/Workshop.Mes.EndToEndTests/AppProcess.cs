using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Workshop.Mes.Testing;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The real app in a process of its own, started the way the README starts it (<c>dotnet Workshop.Mes.Web.dll</c>
/// with no connection string, so it runs its own embedded PostgreSQL) but with a private data folder and port.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    /// <summary>The web project is a project reference, so the build copies its dll next to the tests.</summary>
    private static readonly string _webDll = Path.Combine(AppContext.BaseDirectory, "Workshop.Mes.Web.dll");

    private static readonly TimeSpan _probeTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan _probeInterval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan _disposeHangGuard = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _standardError = new();
    private readonly Lock _outputGate = new();

    private readonly string _dataFolder;

    private AppProcess(Process process, Uri baseAddress, string dataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        _dataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Everything the app wrote so far, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_outputGate)
            {
                return _output.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (_outputGate)
            {
                return _standardError.ToString();
            }
        }
    }

    /// <summary>
    /// Starts the app on a free port of 127.0.0.1 with its database in <paramref name="dataFolder"/>.
    /// The working folder is <paramref name="workingFolder"/>, so relative paths such as the production log
    /// folder land there and not in the clone; the content root is the web project's folder.
    /// </summary>
    public static AppProcess Start(string workingFolder, string dataFolder, params IEnumerable<string> extraArguments) =>
        StartAt(new Uri($"http://127.0.0.1:{LocalProcesses.FreeLoopbackPort()}"), workingFolder, dataFolder, extraArguments);

    /// <summary>Starts the app at <paramref name="baseAddress"/>: a restart after <see cref="KillAsync"/> comes back where the browser left it.</summary>
    public static AppProcess StartAt(Uri baseAddress, string workingFolder, string dataFolder, params IEnumerable<string> extraArguments)
    {
        if (!File.Exists(_webDll))
        {
            throw new InvalidOperationException($"{_webDll} is missing; build the end-to-end test project first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        string[] arguments =
        [
            _webDll,
            "--contentRoot", RepositoryFiles.WebProjectFolder,
            "--urls", baseAddress.ToString().TrimEnd('/'),
            $"--Database:DataFolder={dataFolder}",
            .. extraArguments,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A connection string in the developer's environment would send the app to another database.
        start.Environment.Remove("ConnectionStrings__Mes");

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(process, baseAddress, dataFolder);
        process.OutputDataReceived += (_, e) => app.Append(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data, isError: true);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200: the database runs, is migrated and the demo data is in.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan deadline, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = _probeTimeout };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (await IsReadyAsync(http, cancellationToken))
            {
                return;
            }

            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken);
                throw new InvalidOperationException(
                    $"The app exited with code {_process.ExitCode} before it was ready.{Environment.NewLine}{Output}");
            }

            if (waited.Elapsed > deadline)
            {
                throw new TimeoutException(
                    $"The app did not answer 200 on /health/ready within {deadline.TotalSeconds:0} s.{Environment.NewLine}{Output}");
            }

            // Wakes at once if the process dies, otherwise after one probe interval.
            await Task.WhenAny(_process.WaitForExitAsync(cancellationToken), Task.Delay(_probeInterval, cancellationToken));
        }
    }

    /// <summary>Asks the app to shut down as a service manager or Ctrl+C would (SIGTERM) and returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan hangGuard)
    {
        if (!_process.HasExited)
        {
            await LocalProcesses.SignalAsync(_process.Id, "TERM");
        }

        return await WaitForExitAsync(hangGuard);
    }

    /// <summary>
    /// Kills the app at once (SIGKILL), as a power cut or a crash would: no shutdown, requests in flight are cut off. Its
    /// PostgreSQL server is stopped too (fast shutdown), so the next start finds the cluster free and recovers from its log.
    /// </summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: false);
        await _process.WaitForExitAsync();
        await StopOrphanedClusterAsync();
    }

    /// <summary>The exit code; <paramref name="hangGuard"/> only turns a hung app into a failure with its output.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan hangGuard)
    {
        using var guard = new CancellationTokenSource(hangGuard);
        try
        {
            await _process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app had not exited after {hangGuard.TotalSeconds:0} s.{Environment.NewLine}{Output}");
        }

        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await StopAsync(_disposeHangGuard);
            }
        }
        catch (TimeoutException)
        {
            // Last resort for a hung app; a clean stop above is what lets it stop its PostgreSQL server.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        finally
        {
            _process.Dispose();
        }

        await StopOrphanedClusterAsync();
        await KeepLogAsync();
    }

    /// <summary>
    /// What the app wrote goes into the test output's app-logs folder: when a journey fails on a machine we cannot
    /// reach (CI), test.sh prints the errors the app logged, which is often the cause.
    /// </summary>
    private async Task KeepLogAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "app-logs"));
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"{DateTime.UtcNow:HHmmss}-{BaseAddress.Port}.log"), Output);
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // One probe timed out; the deadline decides when to give up.
            return false;
        }
    }

    /// <summary>
    /// An app that crashed (rather than stopped) cannot stop its PostgreSQL server; stop it here so a failing
    /// test leaves no server behind. The cluster lives in the data folder, which a temp folder lets the cluster user reach.
    /// </summary>
    private async Task StopOrphanedClusterAsync()
    {
        var pidFile = Path.Combine(_dataFolder, "postgres", "postmaster.pid");
        if (!File.Exists(pidFile)
            || !int.TryParse((await File.ReadAllLinesAsync(pidFile)).FirstOrDefault(), out var postmasterId))
        {
            return;
        }

        // A pid file can outlive its server, and the pid be reused: only a postgres on this cluster is ours to stop.
        var cluster = Path.GetDirectoryName(pidFile)!;
        if (ProcessTable.CommandLine(postmasterId)?.Contains(cluster, StringComparison.Ordinal) != true)
        {
            return;
        }

        using var postmaster = TryGetProcess(postmasterId);
        if (postmaster is null)
        {
            return;
        }

        // SIGINT is PostgreSQL's "fast" shutdown, the same as pg_ctl stop -m fast.
        await LocalProcesses.SignalAsync(postmasterId, "INT");
        using var guard = new CancellationTokenSource(_disposeHangGuard);
        await postmaster.WaitForExitAsync(guard.Token);
    }

    private static Process? TryGetProcess(int processId)
    {
        try
        {
            return Process.GetProcessById(processId);
        }
        catch (ArgumentException)
        {
            // It ended while we looked.
            return null;
        }
    }

    private void Append(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputGate)
        {
            _output.AppendLine(line);
            if (isError)
            {
                _standardError.AppendLine(line);
            }
        }
    }
}
