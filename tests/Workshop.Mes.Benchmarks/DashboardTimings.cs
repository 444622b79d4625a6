using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;

namespace Workshop.Mes.Benchmarks;

/// <summary>One thing timed cold (its first call) and warm (the calls after it).</summary>
internal sealed record Timing(string Name, string Source, double ColdMs, IReadOnlyList<double> WarmMs, string Answer)
{
    public double P50 => HistoryShape.Percentile([.. WarmMs], 0.50);

    public double P95 => HistoryShape.Percentile([.. WarmMs], 0.95);

    public double Max => WarmMs.Count == 0 ? double.NaN : WarmMs.Max();
}

/// <summary>A GET endpoint found in the app's OpenAPI document, and why it cannot be called if it cannot.</summary>
internal sealed record DiscoveredEndpoint(string Path, string? Query, string? Skipped);

/// <summary>
/// Times the dashboard's figures three ways (ADR 0073): the app's GET endpoints under a prefix (found in its OpenAPI
/// document, never listed here), and the same kinds of figure in SQL from the rollups and from the raw records.
/// </summary>
internal static class DashboardTimings
{
    /// <summary>Every GET path under <paramref name="prefix"/> without path parameters; required query dates get the last year.</summary>
    public static async Task<IReadOnlyList<DiscoveredEndpoint>> DiscoverAsync(HttpClient http, string prefix)
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync("openapi/v1.json"));
        var found = new List<DiscoveredEndpoint>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Name.StartsWith(prefix, StringComparison.Ordinal) || !path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            if (path.Name.Contains('{', StringComparison.Ordinal))
            {
                found.Add(new(path.Name, null, "needs a path parameter"));
                continue;
            }

            var query = new List<string>();
            string? skipped = null;
            var parameters = get.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            foreach (var parameter in parameters.Where(x => x.TryGetProperty("required", out var r) && r.GetBoolean()))
            {
                var name = parameter.GetProperty("name").GetString()!;
                var value = RequiredValue(name);
                if (value is null)
                {
                    skipped = $"needs `{name}`";
                }
                else
                {
                    query.Add($"{name}={value}");
                }
            }

            found.Add(new(path.Name, query.Count == 0 ? null : string.Join('&', query), skipped));
        }

        return found;
    }

    /// <summary>Each endpoint's first call (cold: the app was just started), then <paramref name="calls"/> more one after another.</summary>
    public static async Task<IReadOnlyList<Timing>> TimeEndpointsAsync(HttpClient http, string apiKey, IReadOnlyList<DiscoveredEndpoint> endpoints, int calls)
    {
        var timings = new List<Timing>();
        foreach (var endpoint in endpoints.Where(e => e.Skipped is null))
        {
            var uri = endpoint.Path.TrimStart('/') + (endpoint.Query is null ? string.Empty : "?" + endpoint.Query);
            async Task<(double Ms, string Answer)> Call()
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
                var watch = Stopwatch.StartNew();
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsByteArrayAsync();
                return (watch.Elapsed.TotalMilliseconds, string.Create(CultureInfo.InvariantCulture, $"{(int)response.StatusCode}, {body.Length:N0} B"));
            }

            var (cold, answer) = await Call();
            var warm = new List<double>();
            for (var i = 0; i < calls; i++)
            {
                warm.Add((await Call()).Ms);
            }

            timings.Add(new Timing("GET " + endpoint.Path, "app", cold, warm, answer));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"GET {endpoint.Path}: cold {cold:0.0} ms, warm p50 {timings[^1].P50:0.0} p95 {timings[^1].P95:0.0} ms ({answer})"));
        }

        return timings;
    }

    /// <summary>The three figures, each from the rollups and from the raw records: (name, source, SQL).</summary>
    public static IReadOnlyList<(string Name, string Source, string Sql)> Figures { get; } =
    [
        ("Defect cost per month (all history)", "rollups",
            "SELECT date_trunc('month', hour AT TIME ZONE $2) AS k, sum(defect_cost) AS v FROM dashboard.production_rollups WHERE workshop_id = $1 GROUP BY 1"),
        ("Defect cost per month (all history)", "raw defect records",
            "SELECT date_trunc('month', recorded_at AT TIME ZONE $2) AS k, sum(cost_material + cost_rework_labour + cost_lost_time) AS v FROM quality.defect_records WHERE workshop_id = $1 GROUP BY 1"),
        ("Output per station per day (all history)", "rollups",
            "SELECT workstation_id, (hour AT TIME ZONE $2)::date AS k, sum(good_quantity) AS v FROM dashboard.production_rollups WHERE workshop_id = $1 AND product_id IS NOT NULL GROUP BY 1, 2"),
        ("Output per station per day (all history)", "raw events",
            """
            SELECT s.workstation_id, (coalesce(c.captured_at, e.captured_at) AT TIME ZONE $2)::date AS k, sum(e.good_quantity) AS v
            FROM shop_floor.production_events e
            JOIN work_orders.work_order_steps s ON s.id = e.work_order_step_id
            LEFT JOIN shop_floor.production_events c ON c.id = e.corrects_event_id
            WHERE e.workshop_id = $1 AND e.kind IN ('Output', 'Finish', 'Correction')
            GROUP BY 1, 2
            """),
        ("Defects by hour × weekday (all history)", "rollups",
            "SELECT extract(isodow FROM hour AT TIME ZONE $2) AS d, extract(hour FROM hour AT TIME ZONE $2) AS k, sum(defect_count) AS v FROM dashboard.production_rollups WHERE workshop_id = $1 GROUP BY 1, 2"),
        ("Defects by hour × weekday (all history)", "raw defect records",
            "SELECT extract(isodow FROM recorded_at AT TIME ZONE $2) AS d, extract(hour FROM recorded_at AT TIME ZONE $2) AS k, count(*) AS v FROM quality.defect_records WHERE workshop_id = $1 GROUP BY 1, 2"),
        ("Scrap events by hour × weekday (all history)", "raw events",
            "SELECT extract(isodow FROM captured_at AT TIME ZONE $2) AS d, extract(hour FROM captured_at AT TIME ZONE $2) AS k, count(*) AS v FROM shop_floor.production_events WHERE workshop_id = $1 AND scrap_quantity > 0 GROUP BY 1, 2"),
    ];

    /// <summary>
    /// Each figure's first run on a new server connection (cold: a fresh backend, no plan or catalogue cache; the
    /// server's shared buffers and the OS page cache stay as they are), then <paramref name="calls"/> runs on it.
    /// The answer is the number of rows and the total of the figure, so rollups and raw can be compared.
    /// </summary>
    public static async Task<IReadOnlyList<Timing>> TimeSqlAsync(string owner, Guid workshopId, string timeZone, int rollupCalls, int rawCalls)
    {
        var timings = new List<Timing>();
        var connectionString = new NpgsqlConnectionStringBuilder(owner) { Pooling = false, CommandTimeout = 0 }.ConnectionString;
        foreach (var (name, source, sql) in Figures)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            async Task<(double Ms, string Answer)> Run()
            {
                await using var command = new NpgsqlCommand(sql, connection);
                command.Parameters.Add(new NpgsqlParameter { Value = workshopId });
                command.Parameters.Add(new NpgsqlParameter { Value = timeZone });
                var watch = Stopwatch.StartNew();
                await using var reader = await command.ExecuteReaderAsync();
                var rows = 0L;
                var total = 0m;
                var value = reader.GetOrdinal("v");
                while (await reader.ReadAsync())
                {
                    rows++;
                    total += Convert.ToDecimal(reader.GetValue(value), CultureInfo.InvariantCulture);
                }

                return (watch.Elapsed.TotalMilliseconds, string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows, Σ {total:N0}"));
            }

            var (cold, answer) = await Run();
            var warm = new List<double>();
            for (var i = 0; i < (source == "rollups" ? rollupCalls : rawCalls); i++)
            {
                warm.Add((await Run()).Ms);
            }

            timings.Add(new Timing(name, "SQL on " + source, cold, warm, answer));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} from {source}: cold {cold:0.0} ms, warm p50 {timings[^1].P50:0.0} p95 {timings[^1].P95:0.0} ms ({answer})"));
        }

        return timings;
    }

    private static string? RequiredValue(string name)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return name.ToLowerInvariant() switch
        {
            "from" or "since" or "start" => today.AddYears(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "to" or "until" or "end" => today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
