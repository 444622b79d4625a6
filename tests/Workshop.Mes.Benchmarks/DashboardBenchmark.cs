using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Database.Embedded;
using Workshop.Mes.Infrastructure.DemoData;
using Workshop.Mes.Testing;

namespace Workshop.Mes.Benchmarks;

/// <summary>
/// P3 and P4 (ADR 0073): a database with years of history for one large workshop among many, the dashboard's
/// endpoints timed cold and warm beside the same figures in SQL from rollups and from raw records, and the app's
/// memory with 0 … 200 dashboards open.
/// </summary>
internal static partial class DashboardBenchmark
{
    private const string OwnerEmail = "owner@demo.example";
    private const string OwnerPassword = "sewing machines hum all day";
    private const double P3TargetMs = 250;
    private const double P4TargetMb = 1.5;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = DashboardOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("""
                dashboard [--quick] [--events N] [--total-events M] [--years Y] [--calls N] [--raw-calls N]
                          [--endpoints-under /api/v1/dashboard/] [--circuits 0,50,100,200|none] [--check-rollups] [--keep]
                """);
            return 2;
        }

        if (!File.Exists(AppUnderTest.WebDll))
        {
            Console.Error.WriteLine($"Build the app first: dotnet build src/Workshop.Mes.Web -c Release ({AppUnderTest.WebDll} is missing)");
            return 1;
        }

        var machine = Machine();
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mes-dashboard-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        Console.WriteLine($"Data under {folder}");
        try
        {
            await using var postgres = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions { DataFolder = Path.Combine(folder, "postgres") }, NullLogger.Instance);
            var owner = postgres.ConnectionString;
            var serverVersion = await MigrateAsync(owner);
            var settings = new Dictionary<string, string>
            {
                ["ConnectionStrings:Mes"] = new NpgsqlConnectionStringBuilder(owner) { Username = "workshop_mes_app", Password = Guid.NewGuid().ToString("N") }.ConnectionString,
                ["ConnectionStrings:MesOwner"] = owner,
                ["Database:MigrateOnStart"] = "true",
                ["Database:SeedDemoData"] = "true",
                ["Database:DataFolder"] = Path.Combine(folder, "app"),
            };

            // First start: demo data and the owner (the set-up page's first admin owns the demo workshops).
            await using (var first = await AppUnderTest.StartAsync(settings))
            {
                using var http = new HttpClient { BaseAddress = first.Address };
                await CreateOwnerAsync(http);
            }

            var watch = Stopwatch.StartNew();
            var load = await DashboardDatabase.LoadAsync(owner, DemoWorkshops.ChangsinGarment, options.Events, options.TotalEvents, options.Years);
            var generation = watch.Elapsed;
            Console.WriteLine($"Database ready in {generation.TotalSeconds:N0} s: {load.All.Events:N0} events, {load.DatabaseSize}");

            await using var dataSource = NpgsqlDataSource.Create(owner);
            var workshopId = await DashboardDatabase.WorkshopIdAsync(dataSource, DemoWorkshops.ChangsinGarment);
            string? rollupCheck = null;
            if (options.CheckRollups)
            {
                await DashboardDatabase.KeepRollupsAsync(dataSource, workshopId);
                watch.Restart();
                var rebuilt = await AppUnderTest.RunCommandAsync(settings, "rebuild-rollups", "--workshop", DemoWorkshops.ChangsinGarment);
                var (kept, differing) = await DashboardDatabase.CompareRollupsAsync(dataSource, workshopId);
                rollupCheck = string.Create(CultureInfo.InvariantCulture, $"the host's `rebuild-rollups --workshop {DemoWorkshops.ChangsinGarment}` ({watch.Elapsed.TotalSeconds:N0} s: {rebuilt.Trim()}) against this run's SQL rollups ({kept:N0} rows): **{differing:N0} rows differ**");
                Console.WriteLine(rollupCheck);
            }

            var created = await AppUnderTest.RunCommandAsync(settings, "create-api-key", "--workshop", DemoWorkshops.ChangsinGarment, "--role", "Manager", "--name", "dashboard benchmark");
            var apiKey = created.Trim().Split('\n')[^1].Trim();

            // Second start on the loaded database: the endpoints' first calls are cold.
            IReadOnlyList<DiscoveredEndpoint> endpoints;
            IReadOnlyList<Timing> endpointTimings;
            IReadOnlyList<CircuitFigure> circuits = [];
            (double Rss, double Anonymous) idle;
            await using (var app = await AppUnderTest.StartAsync(settings))
            {
                using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromMinutes(10) };
                endpoints = await DashboardTimings.DiscoverAsync(http, options.EndpointsUnder);
                Console.WriteLine($"{endpoints.Count} GET endpoints under {options.EndpointsUnder}: {string.Join(", ", endpoints.Select(e => e.Path))}");
                endpointTimings = await DashboardTimings.TimeEndpointsAsync(http, apiKey, endpoints, options.Calls);
                idle = CircuitMemory.ResidentMemory(app.ProcessId);
                if (options.Circuits.Count > 0)
                {
                    circuits = await CircuitMemory.MeasureAsync(app.Address, app.ProcessId, options.Circuits, OwnerEmail, OwnerPassword, DemoWorkshops.ChangsinGarment);
                }
            }

            var sql = await DashboardTimings.TimeSqlAsync(owner, workshopId, "Asia/Seoul", options.Calls, options.RawCalls);
            var report = Report(options, machine, serverVersion, load, generation, rollupCheck, endpoints, endpointTimings, sql, circuits, idle);
            Console.WriteLine(report);
            await File.AppendAllTextAsync(RepositoryFiles.PathOf("docs/benchmarks.md"), report);
            return 0;
        }
        finally
        {
            if (!options.Keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<string> MigrateAsync(string owner)
    {
        await using var dataSource = NpgsqlDataSource.Create(owner);
        await using (var db = DatabaseRegistration.CreateContext(dataSource, DataScope.Maintenance))
        {
            await db.Database.MigrateAsync();
        }

        await using var command = dataSource.CreateCommand("SELECT current_setting('server_version')");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Fills the one-time set-up form over plain HTTP, as the end-to-end fixture does.</summary>
    private static async Task CreateOwnerAsync(HttpClient http)
    {
        var page = await http.GetStringAsync("setup");
        var token = AntiforgeryToken().Match(page).Groups["token"].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = token,
            ["Input.DisplayName"] = "벤치 대표",
            ["Input.Email"] = OwnerEmail,
            ["Input.Password"] = OwnerPassword,
            ["Input.ConfirmPassword"] = OwnerPassword,
        });
        using var created = await http.PostAsync("setup", form);
        if ((await http.GetAsync("setup")).StatusCode != System.Net.HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException("The set-up page did not take the owner.");
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    private static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var load = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "?";
        var memory = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").First().Split(':', 2)[1].Trim() : "?";
        return $"{Environment.ProcessorCount} cores ({model ?? "unknown CPU"}), {memory} memory, {Environment.OSVersion}, load average {load} at the start";
    }

    private static string Report(
        DashboardOptions options,
        string machine,
        string serverVersion,
        LoadFigures load,
        TimeSpan generation,
        string? rollupCheck,
        IReadOnlyList<DiscoveredEndpoint> endpoints,
        IReadOnlyList<Timing> endpointTimings,
        IReadOnlyList<Timing> sql,
        IReadOnlyList<CircuitFigure> circuits,
        (double Rss, double Anonymous) idle)
    {
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(line.ToString(CultureInfo.InvariantCulture));
        static string Ms(double ms) => double.IsNaN(ms) ? "—" : ms.ToString(ms >= 100 ? "N0" : "0.0", CultureInfo.InvariantCulture);

        Line($"");
        Line($"## {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC · P3/P4 owner dashboard ({options.CommandLine})");
        Line($"");
        Line($"Machine: {machine}. **Shared**: other agents' builds and tests compete for the two cores. PostgreSQL {serverVersion} started by the benchmark (fsync on, shared_buffers 128 MB as the embedded cluster has it); app: Release build as its own process on 127.0.0.1.");
        if (options.Events < DashboardOptions.FullEvents)
        {
            Line($"**Reduced scale**: {options.Events:N0} events for the large workshop and {options.TotalEvents:N0} in all, not P3's 10 M / 50 M; the same {options.Years} years, so the history is sparser, not shorter.");
        }

        Line($"");
        Line($"Data (ADR 0073): `{DemoWorkshops.ChangsinGarment}` (the demo workshop, grown to {DashboardDatabase.Tablets} stations with a tablet and a worker each) with {options.Years} years of working days (Mon–Sat, 08:30–17:30 KST), and {load.Workshops - 1} other Zipf-sized workshops (5 stations each) cloned from its catalogue; binary COPY (`BeginBinaryImport`), foreign keys not checked row by row during the load, the events' secondary indexes built after it.");
        Line($"");
        Line($"| | Events | Work orders | Steps | Defect records | Downtimes |");
        Line($"|---|---|---|---|---|---|");
        Line($"| `{DemoWorkshops.ChangsinGarment}` | {load.Largest.Events:N0} | {load.Largest.WorkOrders:N0} | {load.Largest.Steps:N0} | {load.Largest.Defects:N0} | {load.Largest.Downtimes:N0} |");
        Line($"| whole database ({load.Workshops} workshops) | {load.All.Events:N0} | {load.All.WorkOrders:N0} | {load.All.Steps:N0} | {load.All.Defects:N0} | {load.All.Downtimes:N0} |");
        Line($"");
        Line($"Generation {generation.TotalSeconds:N0} s in all: COPY {load.Copy.TotalSeconds:N0} s ({load.All.Events / load.Copy.TotalSeconds:N0} events/s with the other tables beside), event indexes {load.Indexes.TotalSeconds:N0} s, rollups (an `INSERT … SELECT … GROUP BY` per workshop, largest first, the same computation as `RollupRebuild`) {load.Rollups.TotalSeconds:N0} s → {load.RollupRows:N0} rows ({load.LargestRollupRows:N0} for `{DemoWorkshops.ChangsinGarment}`), `VACUUM ANALYZE` {load.Analyse.TotalSeconds:N0} s; database {load.DatabaseSize}.");
        if (rollupCheck is not null)
        {
            Line($"Rollup check: {rollupCheck}.");
        }

        Line($"");
        Line($"Cold = the first call after the app was started on this database (new process, empty connection pool; PostgreSQL's shared buffers and the OS page cache are not emptied), and for SQL the first run on a new server connection. Warm = the next {options.Calls} calls one after another (raw SQL: {options.RawCalls}).");
        Line($"");
        Line($"| Figure | Source | Cold ms | Warm p50 ms | p95 ms | max ms | Answer |");
        Line($"|---|---|---|---|---|---|---|");
        foreach (var t in endpointTimings.Concat(sql))
        {
            Line($"| {t.Name} | {t.Source} | {Ms(t.ColdMs)} | {Ms(t.P50)} | {Ms(t.P95)} | {Ms(t.Max)} | {t.Answer} |");
        }

        var skipped = endpoints.Where(e => e.Skipped is not null).ToList();
        if (endpoints.Count == 0)
        {
            Line($"");
            Line($"No GET endpoint under `{options.EndpointsUnder}` in the app's OpenAPI document on this branch: the dashboard endpoints were not there yet, so the app column is empty.");
        }
        else if (skipped.Count > 0)
        {
            Line($"");
            Line($"Not called: {string.Join("; ", skipped.Select(e => $"`{e.Path}` ({e.Skipped})"))}.");
        }

        if (circuits.Count > 0)
        {
            var zero = circuits.FirstOrDefault(c => c.Circuits == 0) ?? circuits[0];
            Line($"");
            Line($"P4: headless Chromium pages on `/` as the demo owner (one signed-in context), each waited for until its circuit rendered `main`; then a blocking gen-2 GC forced from outside through EventPipe (`GCHeapCollect`, as `dotnet-gcdump` does) and the GC heap of that collection (`GCHeapStats`), with the process's resident memory from `/proc/<pid>/status`. Per circuit = growth over 0 circuits ÷ circuits. App before any page: RSS {idle.Rss:0.0} MB.");
            Line($"");
            Line($"| Circuits | Sockets open | GC heap MB | per circuit MB | RSS MB | per circuit MB | anonymous RSS MB |");
            Line($"|---|---|---|---|---|---|---|");
            foreach (var c in circuits)
            {
                var heapPer = c.Circuits == 0 ? "—" : ((c.GcHeapMb - zero.GcHeapMb) / c.Circuits).ToString("0.00", CultureInfo.InvariantCulture);
                var rssPer = c.Circuits == 0 ? "—" : ((c.RssMb - zero.RssMb) / c.Circuits).ToString("0.00", CultureInfo.InvariantCulture);
                Line($"| {c.Circuits} | {c.OpenSockets} | {c.GcHeapMb:0.0}{(c.Induced ? string.Empty : " (no induced GC seen)")} | {heapPer} | {c.RssMb:0.0} | {rssPer} | {c.AnonMb:0.0} |");
            }
        }

        Line($"");
        Line($"| Target | Figure | Met |");
        Line($"|---|---|---|");
        if (endpointTimings.Count > 0)
        {
            var worst = endpointTimings.MaxBy(t => t.P95)!;
            Line($"| P3 dashboard endpoints p95 ≤ {P3TargetMs} ms warm | worst: {worst.Name} p95 {Ms(worst.P95)} ms (under `{options.EndpointsUnder}`) | {Met(worst.P95 <= P3TargetMs)} |");
        }
        else
        {
            Line($"| P3 dashboard endpoints p95 ≤ {P3TargetMs} ms warm | no endpoint to call | — |");
        }

        foreach (var group in sql.GroupBy(t => t.Name))
        {
            var rollup = group.FirstOrDefault(t => t.Source == "SQL on rollups");
            var raw = group.Where(t => t.Source != "SQL on rollups").ToList();
            if (rollup is not null && raw.Count > 0)
            {
                Line($"| P3 \"from rollups\": {group.Key} | rollups p95 {Ms(rollup.P95)} ms vs raw p95 {string.Join(", ", raw.Select(r => Ms(r.P95)))} ms (raw ÷ rollups at p50: {string.Join(", ", raw.Select(r => (r.P50 / rollup.P50).ToString(r.P50 >= rollup.P50 * 10 ? "N0" : "0.##", CultureInfo.InvariantCulture) + "×"))}) | {Met(rollup.P95 <= P3TargetMs)} |");
            }
        }

        if (circuits.Count > 1)
        {
            var zero = circuits.FirstOrDefault(c => c.Circuits == 0) ?? circuits[0];
            var most = circuits.MaxBy(c => c.Circuits)!;
            var per = (most.GcHeapMb - zero.GcHeapMb) / most.Circuits;
            var perRss = (most.RssMb - zero.RssMb) / most.Circuits;
            Line($"| P4 ≤ {P4TargetMb} MB per dashboard circuit | {per:0.00} MB GC heap, {perRss:0.00} MB RSS per circuit at {most.Circuits} | {Met(perRss <= P4TargetMb)} (RSS) |");
        }

        return text.ToString();
    }

    private static string Met(bool met) => met ? "yes" : "**no**";
}

/// <summary>The command line of <c>dashboard</c>.</summary>
internal sealed record DashboardOptions(
    long Events, long TotalEvents, int Years, int Calls, int RawCalls, string EndpointsUnder, IReadOnlyList<int> Circuits, bool CheckRollups, bool Keep, string CommandLine)
{
    public const long FullEvents = 10_000_000;
    public const long FullTotal = 50_000_000;

    public static DashboardOptions? Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        long Long(string name, long fallback) => Value(name) is { } v ? long.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var events = Long("--events", quick ? 200_000 : FullEvents);
        var total = Long("--total-events", quick ? 1_000_000 : FullTotal);
        if (total < events || events < 1)
        {
            return null;
        }

        var circuits = (Value("--circuits") is "none" ? string.Empty : Value("--circuits") ?? "0,50,100,200").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        return new DashboardOptions(
            events,
            total,
            (int)Long("--years", 5),
            (int)Long("--calls", 30),
            (int)Long("--raw-calls", 5),
            Value("--endpoints-under") ?? "/api/v1/dashboard/",
            circuits,
            args.Contains("--check-rollups"),
            args.Contains("--keep"),
            "dashboard " + string.Join(' ', args));
    }
}
