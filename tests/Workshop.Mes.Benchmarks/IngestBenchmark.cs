using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Database.Embedded;
using Workshop.Mes.Testing;

namespace Workshop.Mes.Benchmarks;

/// <summary>
/// P1 and P2: floor events through the real API (Release build, its own PostgreSQL), beside B1 (raw Npgsql
/// inserts of the same rows into the same server) in the same run. <c>--quick</c> shortens every stage;
/// <c>--baseline-only</c> measures B1 alone.
/// </summary>
internal static class IngestBenchmark
{
    private const int Steps = 16;

    // One tablet (with its own worker) per step.
    private const int Tablets = Steps;

    // Ingest is limited per tablet (300 requests a minute, enough for a person); the benchmark's 16 tablets stand
    // for hundreds, so the limit is raised by configuration: the limiter still runs, it just never refuses.
    private const string IngestLimit = "1000000";
    private const int ClosedLoopSenders = 16;
    private const int BatchSenders = 4;
    private const double P1ShareTarget = 0.35;
    private const double P1P99TargetMs = 75;
    private const double P2EventsTarget = 10_000;
    private const double P2ShareTarget = 0.50;

    private static readonly int[] _rates = [100, 300, 1000];

    public static async Task<int> RunAsync(string[] args)
    {
        var quick = args.Contains("--quick");
        var baselineOnly = args.Contains("--baseline-only");
        var stage = TimeSpan.FromSeconds(quick ? 4 : 15);
        if (!baselineOnly && !File.Exists(AppUnderTest.WebDll))
        {
            Console.Error.WriteLine($"Build the app first: dotnet build src/Workshop.Mes.Web -c Release ({AppUnderTest.WebDll} is missing)");
            return 1;
        }

        var machine = Machine();
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mes-ingest-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        try
        {
            await using var postgres = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataFolder = Path.Combine(folder, "postgres") }, NullLogger.Instance);
            var owner = postgres.ConnectionString;
            var (postmaster, serverVersion) = await MigrateAsync(owner);
            Console.WriteLine($"PostgreSQL {serverVersion} on port {postgres.Port}, migrated; B1 for {stage.TotalSeconds} s per figure …");
            var baseline = await RawInsertBaseline.RunAsync(owner, stage, ProcessCpu.WithoutApp(postmaster));
            Console.WriteLine($"B1 single-row {baseline.Single.RowsPerSecond:0} rows/s, unnest {baseline.Unnest.RowsPerSecond:0} rows/s");
            if (baselineOnly)
            {
                await WriteAsync(Report(quick, machine, serverVersion, baseline, null));
                return 0;
            }

            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings:Mes"] = new NpgsqlConnectionStringBuilder(owner) { Username = "workshop_mes_app", Password = Guid.NewGuid().ToString("N") }.ConnectionString,
                ["ConnectionStrings:MesOwner"] = owner,
                ["Database:MigrateOnStart"] = "true",
                ["Database:SeedDemoData"] = "true",
                ["Database:DataFolder"] = Path.Combine(folder, "app"),
                ["Security:RateLimits:FloorIngestPerMinute"] = IngestLimit,
            };
            await using var app = await AppUnderTest.StartAsync(settings);
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 128 };
            using var http = new HttpClient(handler) { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(120) };
            var floor = await BenchmarkFloor.PrepareAsync(http, settings, owner, Steps, Tablets);
            Console.WriteLine($"App ready at {app.Address}; {floor.WorkOrderNumber} with {floor.StepIds.Count} steps, {floor.Tablets.Count} tablets signed in");

            var load = new FloorLoad(http, floor, new ProcessCpu(app.ProcessId, postmaster));
            await load.StartStepsAsync();
            await load.ConstantRateAsync(100, TimeSpan.FromSeconds(2));
            var rates = new List<LoadFigure>();
            foreach (var rate in _rates)
            {
                rates.Add(await load.ConstantRateAsync(rate, stage));
                Print(rates[^1]);
            }

            var closed = await load.ClosedLoopAsync(ClosedLoopSenders, stage);
            Print(closed);
            var batches = await load.BatchesAsync(BatchSenders, stage);
            Print(batches);

            var stored = (await CountAsync(owner, "SELECT count(*) FROM shop_floor.production_events")) - floor.EventsBefore;
            await WriteAsync(Report(quick, machine, serverVersion, baseline, new IngestFigures(floor, rates, closed, batches, stored)));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record IngestFigures(BenchFloor Floor, IReadOnlyList<LoadFigure> Rates, LoadFigure ClosedLoop, LoadFigure Batches, long EventsStored);

    private static void Print(LoadFigure figure) => Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{figure.Name}: {figure.EventsPerSecond:0} events/s, p50 {figure.P50:0.0} ms, p95 {figure.P95:0.0} ms, p99 {figure.P99:0.0} ms; {figure.DescribeAnswers()}"));

    private static async Task<(int Postmaster, string Version)> MigrateAsync(string owner)
    {
        await using var dataSource = NpgsqlDataSource.Create(owner);
        await using (var db = DatabaseRegistration.CreateContext(dataSource, DataScope.Maintenance))
        {
            await db.Database.MigrateAsync();
        }

        await using var command = dataSource.CreateCommand("SELECT pg_backend_pid(), current_setting('server_version')");
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (ProcessCpu.ParentOf(reader.GetInt32(0)), reader.GetString(1));
    }

    private static async Task<long> CountAsync(string owner, string sql)
    {
        await using var dataSource = NpgsqlDataSource.Create(owner);
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "?";
        return $"{Environment.ProcessorCount} cores ({model ?? "unknown CPU"}), {Environment.OSVersion}, load average {load} at the start";
    }

    private static async Task WriteAsync(string report)
    {
        Console.WriteLine(report);
        await File.AppendAllTextAsync(RepositoryFiles.PathOf("docs/benchmarks.md"), report);
    }

    private static string Report(bool quick, string machine, string serverVersion, BaselineResult baseline, IngestFigures? ingest)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));

        Line($"");
        Line($"## {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · P1/P2 floor event ingest (ingest{(quick ? " --quick" : string.Empty)})");
        Line($"");
        Line($"Machine: {machine}. **Shared and busy**: other builds and test runs compete for the same two cores, so the figures are noisy; the ratios to B1 (same run, same server) matter more than the absolute numbers.");
        Line($"PostgreSQL {serverVersion} started by the benchmark (fsync on, `synchronous_commit=on`); app: Release build as its own process on 127.0.0.1, production logging (console + JSON files).{(quick ? " Quick run: short stages." : string.Empty)}");
        Line($"CPU columns: seconds used by the load generator / the app / PostgreSQL (postmaster and all its processes) during the stage, from `/proc/<pid>/stat`.");
        Line($"");
        Line($"| Baseline B1 (raw Npgsql, prepared, {RawInsertBaseline.Clients} clients) | Rows | Rows/s | CPU gen / app / PG |");
        Line($"|---|---|---|---|");
        Line($"| One row per transaction | {baseline.Single.Rows:N0} | {baseline.Single.RowsPerSecond:N0} | {baseline.Single.Cpu.Describe(baseline.Single.Elapsed)} |");
        Line($"| {RawInsertBaseline.BatchRows}-row `unnest` per transaction | {baseline.Unnest.Rows:N0} | {baseline.Unnest.RowsPerSecond:N0} | {baseline.Unnest.Cpu.Describe(baseline.Unnest.Elapsed)} |");
        Line($"");
        Line($"B1 inserts into a scratch table made `LIKE shop_floor.production_events INCLUDING ALL` ({baseline.Columns.Count} columns filled: {string.Join(", ", baseline.Columns)}; {baseline.Indexes} indexes; no foreign keys, no row-level security, nothing else in the transaction).");
        if (ingest is null)
        {
            Line($"");
            Line($"P1 and P2 not measured in this run (`--baseline-only`: the ingest endpoints had not landed).");
            return text.ToString();
        }

        var floor = ingest.Floor;
        Line($"");
        Line($"Data: the two demo workshops ({floor.EventsBefore:N0} production events, {floor.WorkOrdersBefore:N0} work orders) plus {floor.WorkOrderNumber}, released with {floor.StepIds.Count} steps in `{BenchmarkFloor.Workshop}`; {floor.Tablets.Count} tablets, each with its own worker signed in by PIN and started on its own step; the per-tablet ingest limit raised to {IngestLimit}/min by configuration (the limiter still runs). Every event is a Report of 1 good unit with a fresh id, captured now (P2: in order, one microsecond apart); {ingest.EventsStored:N0} events stored in the run.");
        Line($"");
        Line($"| P1: `POST /api/v1/floor/events`, one event per request | Sent | Events/s stored | p50 ms | p95 ms | p99 ms | Not stored | Answers | CPU gen / app / PG |");
        Line($"|---|---|---|---|---|---|---|---|---|");
        foreach (var figure in ingest.Rates.Append(ingest.ClosedLoop))
        {
            Line($"| {figure.Name} | {figure.Sent:N0} | {figure.EventsPerSecond:N0} | {figure.P50:0.0} | {figure.P95:0.0} | {figure.P99:0.0} | {figure.Failed + figure.Dropped:N0} | {figure.DescribeAnswers()} | {figure.Cpu.Describe(figure.Elapsed)} |");
        }

        var batches = ingest.Batches;
        Line($"");
        Line($"| P2: `POST /api/v1/floor/events/batch` | Requests | Events/s stored | p50 ms | p95 ms | p99 ms | Answers | CPU gen / app / PG |");
        Line($"|---|---|---|---|---|---|---|---|");
        Line($"| {batches.Name} | {batches.Sent:N0} | {batches.EventsPerSecond:N0} | {batches.P50:0.0} | {batches.P95:0.0} | {batches.P99:0.0} | {batches.DescribeAnswers()} | {batches.Cpu.Describe(batches.Elapsed)} |");

        var p1Share = ingest.ClosedLoop.EventsPerSecond / baseline.Single.RowsPerSecond;
        var at1000 = ingest.Rates.Single(r => r.Name.StartsWith("1000/s", StringComparison.Ordinal));
        var p2Share = batches.EventsPerSecond / baseline.Unnest.RowsPerSecond;
        Line($"");
        Line($"| Target | Figure | Ratio to B1 | Met |");
        Line($"|---|---|---|---|");
        Line($"| P1 ≥ {P1ShareTarget:P0} of B1 single-row | {ingest.ClosedLoop.EventsPerSecond:N0} events/s ({ClosedLoopSenders} senders) vs {baseline.Single.RowsPerSecond:N0} rows/s | {p1Share:P1} | {Met(p1Share >= P1ShareTarget)} |");
        Line($"| P1 p99 ≤ {P1P99TargetMs} ms at 1,000 events/s offered | p99 {at1000.P99:0.0} ms, {at1000.EventsPerSecond:N0} events/s stored, {at1000.Failed + at1000.Dropped:N0} not stored | — | {Met(at1000.P99 <= P1P99TargetMs && at1000.Failed + at1000.Dropped == 0)} |");
        Line($"| P2 ≥ {P2EventsTarget:N0} events/s | {batches.EventsPerSecond:N0} events/s | — | {Met(batches.EventsPerSecond >= P2EventsTarget)} |");
        Line($"| P2 ≥ {P2ShareTarget:P0} of B1 `unnest` | {batches.EventsPerSecond:N0} vs {baseline.Unnest.RowsPerSecond:N0} rows/s | {p2Share:P1} | {Met(p2Share >= P2ShareTarget)} |");
        Line($"");
        Line($"| CPU ms per stored event or row (client or app / PostgreSQL) | ms |");
        Line($"|---|---|");
        Line($"| B1 one row per transaction | {baseline.Single.DescribeCostPerRow()} |");
        Line($"| B1 {RawInsertBaseline.BatchRows}-row `unnest` | {baseline.Unnest.DescribeCostPerRow()} |");
        foreach (var figure in ingest.Rates.Append(ingest.ClosedLoop).Append(batches))
        {
            Line($"| {(figure == batches ? "P2" : "P1")} {figure.Name} | {figure.DescribeCostPerEvent()} |");
        }

        return text.ToString();
    }

    private static string Met(bool met) => met ? "yes" : "**no**";
}
