using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Testing;

namespace Workshop.Mes.Benchmarks;

/// <summary>What one load stage did: how many requests went out, what came back and how long it took.</summary>
internal sealed record LoadFigure(
    string Name,
    int Sent,
    long EventsStored,
    int Failed,
    int Dropped,
    TimeSpan Elapsed,
    double P50,
    double P95,
    double P99,
    CpuUse Cpu,
    IReadOnlyDictionary<string, int> Answers)
{
    public double EventsPerSecond => EventsStored / Elapsed.TotalSeconds;

    /// <summary>CPU milliseconds per stored event of the app and of PostgreSQL: what an event costs, however busy the machine.</summary>
    public string DescribeCostPerEvent() => EventsStored == 0
        ? "—"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Cpu.App * 1000 / EventsStored:0.00} / {Cpu.Postgres * 1000 / EventsStored:0.00}");

    public string DescribeAnswers() => string.Join(", ", Answers.OrderByDescending(a => a.Value).Select(a => $"{a.Key} × {a.Value}"));
}

/// <summary>
/// The tablets' side of P1 and P2, our own client: each request carries its tablet's device credential and its
/// worker's session, a fresh event id and the time now. Events go round the tablets (each logs on its own step),
/// so every step's count grows evenly and every event is legal.
/// </summary>
internal sealed class FloorLoad(HttpClient http, BenchFloor floor, ProcessCpu cpu)
{
    /// <summary>More requests in flight than this counts as the client giving up (dropped), not queued without bound.</summary>
    public const int MaxInFlight = 256;

    public const int BatchSize = 500;

    private long _next;

    /// <summary>Every worker starts (or joins) their step once, so Report events are legal from then on.</summary>
    public async Task StartStepsAsync()
    {
        foreach (var tablet in floor.Tablets)
        {
            var (status, body) = await SendAsync(tablet, "api/v1/floor/events", Single(tablet, FloorEventKind.Start));
            if (status != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"Starting a step answered {(int)status}: {body}");
            }
        }
    }

    /// <summary>
    /// P1 open loop: requests leave on a fixed schedule (<paramref name="perSecond"/>) whatever the answers do, up
    /// to <see cref="MaxInFlight"/> waiting; latency is from leaving to the whole answer.
    /// </summary>
    public async Task<LoadFigure> ConstantRateAsync(int perSecond, TimeSpan duration)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var latencies = new double[total];
        var answers = new string[total];
        var stored = 0L;
        var inFlight = 0;
        var dropped = 0;
        var requests = new List<Task>(total);
        var before = cpu.Now();
        var start = Stopwatch.GetTimestamp();
        var launched = 0;
        while (launched < total)
        {
            var due = Math.Min(total, (int)(Stopwatch.GetElapsedTime(start).TotalSeconds * perSecond));
            for (; launched < due; launched++)
            {
                if (Volatile.Read(ref inFlight) >= MaxInFlight)
                {
                    answers[launched] = "dropped";
                    dropped++;
                    continue;
                }

                Interlocked.Increment(ref inFlight);
                var index = launched;
                requests.Add(Task.Run(async () =>
                {
                    var (answer, seconds, events) = await ReportOneAsync();
                    answers[index] = answer;
                    latencies[index] = seconds;
                    Interlocked.Add(ref stored, events);
                    Interlocked.Decrement(ref inFlight);
                }));
            }

            await Task.Delay(1);
        }

        await Task.WhenAll(requests);
        var elapsed = Stopwatch.GetElapsedTime(start);
        return Figure($"{perSecond}/s offered", total, stored, dropped, elapsed, latencies, answers, cpu.Now() - before);
    }

    /// <summary>P1 at saturation: <paramref name="clients"/> senders, each sending its next event as its last is answered.</summary>
    public async Task<LoadFigure> ClosedLoopAsync(int clients, TimeSpan duration)
    {
        var latencies = new List<double>[clients];
        var answers = new List<string>[clients];
        var stored = 0L;
        var before = cpu.Now();
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            latencies[c] = [];
            answers[c] = [];
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                var (answer, seconds, events) = await ReportOneAsync();
                latencies[c].Add(seconds);
                answers[c].Add(answer);
                Interlocked.Add(ref stored, events);
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(start);
        var all = answers.SelectMany(a => a).ToArray();
        return Figure($"{clients} senders, closed loop", all.Length, stored, 0, elapsed, latencies.SelectMany(l => l).ToArray(), all, cpu.Now() - before);
    }

    /// <summary>P2: <paramref name="senders"/> tablets flushing outboxes of <see cref="BatchSize"/> events, back to back.</summary>
    public async Task<LoadFigure> BatchesAsync(int senders, TimeSpan duration)
    {
        var latencies = new List<double>[senders];
        var answers = new List<string>[senders];
        var stored = 0L;
        var before = cpu.Now();
        var start = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(s => Task.Run(async () =>
        {
            latencies[s] = [];
            answers[s] = [];
            var tablet = floor.Tablets[s];
            while (Stopwatch.GetElapsedTime(start) < duration)
            {
                // Captured in order and after everything sent before, as an outbox holds them: no replays (ADR 0045).
                var capturedFrom = DateTimeOffset.UtcNow;
                var events = Enumerable.Range(0, BatchSize)
                    .Select(i => new FloorEvent(Guid.NewGuid(), FloorEventKind.Report, capturedFrom.AddTicks(i * 10), tablet.StepId, Good: 1))
                    .ToList();
                var sent = Stopwatch.GetTimestamp();
                var (status, body) = await SendAsync(tablet, "api/v1/floor/events/batch", new FloorEventBatch(tablet.WorkerSession, DateTimeOffset.UtcNow, events));
                latencies[s].Add(Stopwatch.GetElapsedTime(sent).TotalSeconds);
                if (status == HttpStatusCode.OK && JsonSerializer.Deserialize<FloorEventBatchResult>(body, ApiJson.Options) is { } result)
                {
                    var counted = result.Results.Count(r => r.Outcome == FloorEventOutcome.Stored);
                    Interlocked.Add(ref stored, counted);
                    answers[s].Add(counted == BatchSize ? "200 all stored" : $"200 with {BatchSize - counted} not stored");
                }
                else
                {
                    answers[s].Add(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        })));
        var elapsed = Stopwatch.GetElapsedTime(start);
        var all = answers.SelectMany(a => a).ToArray();
        return Figure($"{senders} senders × {BatchSize}-event batches", all.Length, stored, 0, elapsed, latencies.SelectMany(l => l).ToArray(), all, cpu.Now() - before);
    }

    private static LoadFigure Figure(string name, int sent, long stored, int dropped, TimeSpan elapsed, double[] latencies, string[] answers, CpuUse cpu)
    {
        var answered = latencies.Where((_, i) => answers[i] != "dropped").Order().ToArray();
        var tally = answers.GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());
        var failed = answers.Count(a => a is not ("201" or "200 all stored" or "dropped"));
        return new LoadFigure(name, sent, stored, failed, dropped, elapsed, Percentile(answered, 0.50), Percentile(answered, 0.95), Percentile(answered, 0.99), cpu, tally);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)] * 1000;

    private async Task<(string Answer, double Seconds, int Stored)> ReportOneAsync()
    {
        var n = Interlocked.Increment(ref _next);
        var tablet = floor.Tablets[(int)(n % floor.Tablets.Count)];
        var sent = Stopwatch.GetTimestamp();
        try
        {
            var (status, _) = await SendAsync(tablet, "api/v1/floor/events", Single(tablet, FloorEventKind.Report));
            var seconds = Stopwatch.GetElapsedTime(sent).TotalSeconds;
            return (((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), seconds, status == HttpStatusCode.Created ? 1 : 0);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (e.GetType().Name, Stopwatch.GetElapsedTime(sent).TotalSeconds, 0);
        }
    }

    private static FloorEventSubmission Single(BenchTablet tablet, FloorEventKind kind)
    {
        var now = DateTimeOffset.UtcNow;
        return new FloorEventSubmission(
            tablet.WorkerSession,
            now,
            new FloorEvent(Guid.NewGuid(), kind, now, tablet.StepId, Good: kind == FloorEventKind.Report ? 1 : null));
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync<T>(BenchTablet tablet, string path, T body)
    {
        // A byte body of known length, as a browser's fetch sends it (no chunked encoding).
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, ApiJson.Options));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Device", tablet.DeviceToken);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
