using Npgsql;
using NpgsqlTypes;

namespace Workshop.Mes.Benchmarks;

/// <summary>What the generator needs of one workshop: its stations (one tablet and one worker on each) and catalogue.</summary>
internal sealed record WorkshopCatalogue(
    Guid WorkshopId,
    string Slug,
    TimeZoneInfo TimeZone,
    IReadOnlyList<Guid> Stations,
    IReadOnlyList<Guid> Workers,
    IReadOnlyList<Guid> Devices,
    IReadOnlyList<(Guid Id, decimal Cost)> Products,
    IReadOnlyList<(Guid Id, string Category)> DefectCodes,
    IReadOnlyList<Guid> DowntimeReasons);

/// <summary>Counts of what was written, for the progress line and the report.</summary>
internal sealed class HistoryCounts
{
    public long Events { get; set; }

    public long WorkOrders { get; set; }

    public long Steps { get; set; }

    public long Defects { get; set; }

    public long Downtimes { get; set; }
}

/// <summary>
/// One workshop's synthetic history (ADR 0073), day by day: its stations in lines of five, every working day
/// (Monday to Saturday, 08:30–17:30 local) each line runs work orders with one step per station, each step a
/// start, outputs of ten units, sometimes a pause and resume (a downtime) and a finish. Scrap is clustered: three
/// times as likely at 15:00–17:00 local and twice as likely at the third station; each scrap output is a defect record
/// costed as ADR 0048 approximates it (material at standard cost, lost time at 400 KRW a unit).
/// </summary>
internal sealed class HistoryGenerator(WorkshopCatalogue workshop, long eventBudget, IReadOnlyList<DateOnly> days, int seed)
{
    private const int LineSize = 5;
    private const int EventsPerStep = 36;
    private const double ScrapChance = 0.03;
    private static readonly TimeSpan _dayStart = new(8, 30, 0);
    private static readonly TimeSpan _workday = TimeSpan.FromHours(9);

    private readonly Random _random = new(seed);
    private readonly long[] _carry = new long[(workshop.Stations.Count + LineSize - 1) / LineSize];
    private long _orders;
    private long _defects;

    public long EventBudget => eventBudget;

    public WorkshopCatalogue Workshop => workshop;

    /// <summary>Writes day <paramref name="index"/>'s work orders, steps, events, defects and downtimes.</summary>
    public void WriteDay(int index, HistoryWriters writers, HistoryCounts counts)
    {
        var dayEvents = HistoryShape.Share(eventBudget, days.Count, index);
        var stations = workshop.Stations.Count;
        for (var line = 0; line < _carry.Length; line++)
        {
            var first = line * LineSize;
            var size = Math.Min(LineSize, stations - first);
            var lineEvents = _carry[line];
            for (var s = 0; s < size; s++)
            {
                lineEvents += HistoryShape.Share(dayEvents, stations, first + s);
            }

            // Too few for a work order's steps (two events each) today: they wait for tomorrow.
            var orders = HistoryShape.OrdersForDay(lineEvents, size, EventsPerStep);
            if (orders == 0)
            {
                _carry[line] = lineEvents;
                continue;
            }

            _carry[line] = 0;
            var slot = _workday / orders;
            for (var o = 0; o < orders; o++)
            {
                var orderEvents = HistoryShape.Share(lineEvents, orders, o);
                var windowStart = days[index].ToDateTime(TimeOnly.FromTimeSpan(_dayStart)) + (slot * o);
                WriteOrder(writers, counts, days[index], first, size, orderEvents, windowStart, slot);
            }
        }
    }

    private void WriteOrder(HistoryWriters writers, HistoryCounts counts, DateOnly day, int firstStation, int steps, long orderEvents, DateTime localStart, TimeSpan slot)
    {
        var product = workshop.Products[_random.Next(workshop.Products.Count)];
        var orderId = Guid.CreateVersion7(Utc(localStart));
        var number = $"WO-B{++_orders:D8}";
        var quantity = 0m;
        DateTime? started = null;
        DateTime finished = default;
        for (var s = 0; s < steps; s++)
        {
            var station = firstStation + s;
            var stepEvents = (int)HistoryShape.Share(orderEvents, steps, s);
            var step = WriteStep(writers, counts, orderId, product, station, s, stepEvents, localStart, slot);
            quantity = Math.Max(quantity, step.Good + step.Scrap);
            started ??= step.Started;
            finished = step.Finished > finished ? step.Finished : finished;
        }

        var created = Utc(day.AddDays(-3).ToDateTime(new TimeOnly(9, 0)));
        var w = writers.WorkOrders;
        w.StartRow();
        w.Write(orderId, NpgsqlDbType.Uuid);
        w.Write(number, NpgsqlDbType.Varchar);
        w.Write(product.Id, NpgsqlDbType.Uuid);
        w.Write(quantity, NpgsqlDbType.Numeric);
        w.Write(day.AddDays(7), NpgsqlDbType.Date);
        w.Write("Normal", NpgsqlDbType.Varchar);
        w.Write("Completed", NpgsqlDbType.Varchar);
        w.Write(created, NpgsqlDbType.TimestampTz);
        w.Write(created.AddDays(1), NpgsqlDbType.TimestampTz);
        w.Write(started!.Value, NpgsqlDbType.TimestampTz);
        w.Write(finished, NpgsqlDbType.TimestampTz);
        w.Write(workshop.WorkshopId, NpgsqlDbType.Uuid);
        counts.WorkOrders++;
    }

    private (decimal Good, decimal Scrap, DateTime Started, DateTime Finished) WriteStep(
        HistoryWriters writers, HistoryCounts counts, Guid orderId, (Guid Id, decimal Cost) product, int station, int sequence, int events, DateTime localStart, TimeSpan slot)
    {
        var stationId = workshop.Stations[station];
        var workerId = workshop.Workers[station];
        var deviceId = workshop.Devices[station];
        var stepId = Guid.CreateVersion7(Utc(localStart));

        // Events evenly spaced between the start (just after the slot opens) and the finish (just before it closes), to the millisecond.
        var from = localStart + TimeSpan.FromSeconds(_random.Next(0, 120));
        var to = localStart + slot - TimeSpan.FromSeconds(_random.Next(0, 120));
        var gap = (to - from) / Math.Max(1, events - 1);
        var locals = Enumerable.Range(0, events).Select(i => from + (gap * i)).Select(t => new DateTime(t.Ticks - (t.Ticks % TimeSpan.TicksPerMillisecond))).ToArray();
        var times = locals.Select(Utc).ToArray();
        var paused = events >= 5 && _random.NextDouble() < 0.3 ? _random.Next(1, events - 3) : -1;
        var run = times[^1] - times[0] - (paused >= 0 ? times[paused + 1] - times[paused] : TimeSpan.Zero);
        var good = 0m;
        var scrap = 0m;
        Guid pauseClientId = default;
        Guid? reason = null;
        for (var i = 0; i < events; i++)
        {
            var local = locals[i];
            var at = times[i];
            var kind = i == 0 ? "Start" : i == events - 1 ? "Finish" : i == paused ? "Pause" : i == paused + 1 ? "Resume" : "Output";
            var eventId = Guid.CreateVersion7(at);
            var clientId = Guid.NewGuid();
            var (eventGood, eventScrap) = (0m, 0m);
            Guid? defectCode = null;
            Guid? eventReason = null;
            if (kind == "Output" || (kind == "Finish" && events == 2))
            {
                var chance = ScrapChance * (local.Hour is 15 or 16 ? 3 : 1) * (station == 2 ? 2 : 1);
                eventScrap = _random.NextDouble() < chance ? _random.Next(1, 4) : 0;
                eventGood = 10 - eventScrap;
                if (eventScrap > 0)
                {
                    var code = workshop.DefectCodes[Math.Min(workshop.DefectCodes.Count - 1, (int)(workshop.DefectCodes.Count * Math.Pow(_random.NextDouble(), 2)))];
                    defectCode = code.Id;
                    WriteDefect(writers, counts, orderId, stepId, product, stationId, workerId, eventId, code, eventScrap, at);
                }
            }
            else if (kind == "Pause")
            {
                reason = workshop.DowntimeReasons[_random.Next(workshop.DowntimeReasons.Count)];
                eventReason = reason;
                pauseClientId = clientId;
            }
            else if (kind == "Resume")
            {
                WriteDowntime(writers, counts, stationId, reason!.Value, workerId, times[i - 1], at, pauseClientId, clientId);
            }

            good += eventGood;
            scrap += eventScrap;
            var e = writers.Events;
            e.StartRow();
            e.Write(eventId, NpgsqlDbType.Uuid);
            e.Write(clientId, NpgsqlDbType.Uuid);
            e.Write(orderId, NpgsqlDbType.Uuid);
            e.Write(stepId, NpgsqlDbType.Uuid);
            e.Write(workerId, NpgsqlDbType.Uuid);
            e.Write(deviceId, NpgsqlDbType.Uuid);
            e.Write(kind, NpgsqlDbType.Varchar);
            e.Write(eventGood, NpgsqlDbType.Numeric);
            e.Write(eventScrap, NpgsqlDbType.Numeric);
            WriteNullable(e, eventReason);
            WriteNullable(e, defectCode);
            e.Write(at, NpgsqlDbType.TimestampTz);
            e.Write(at.AddMilliseconds(1500), NpgsqlDbType.TimestampTz);
            e.Write(workshop.WorkshopId, NpgsqlDbType.Uuid);
            counts.Events++;
        }

        var startedAt = times[0];
        var w = writers.Steps;
        w.StartRow();
        w.Write(stepId, NpgsqlDbType.Uuid);
        w.Write(orderId, NpgsqlDbType.Uuid);
        w.Write((sequence + 1) * 10, NpgsqlDbType.Integer);
        w.Write($"공정 {sequence + 1}", NpgsqlDbType.Varchar);
        w.Write(stationId, NpgsqlDbType.Uuid);
        w.Write(10m, NpgsqlDbType.Numeric);
        w.Write(0.5m, NpgsqlDbType.Numeric);
        w.Write(false, NpgsqlDbType.Boolean);
        w.Write("Finished", NpgsqlDbType.Varchar);
        w.Write(good, NpgsqlDbType.Numeric);
        w.Write(scrap, NpgsqlDbType.Numeric);
        w.Write(startedAt, NpgsqlDbType.TimestampTz);
        w.Write(times[^1], NpgsqlDbType.TimestampTz);
        w.Write(workshop.WorkshopId, NpgsqlDbType.Uuid);
        w.Write(Math.Round((decimal)run.TotalMinutes, 4), NpgsqlDbType.Numeric);
        counts.Steps++;

        var l = writers.Labour;
        l.StartRow();
        l.Write(Guid.CreateVersion7(startedAt), NpgsqlDbType.Uuid);
        l.Write(stepId, NpgsqlDbType.Uuid);
        l.Write(workerId, NpgsqlDbType.Uuid);
        l.Write(Math.Round((decimal)run.TotalMinutes, 4), NpgsqlDbType.Numeric);
        l.Write(workshop.WorkshopId, NpgsqlDbType.Uuid);
        return (good, scrap, startedAt, times[^1]);
    }

    private void WriteDefect(
        HistoryWriters writers, HistoryCounts counts, Guid orderId, Guid stepId, (Guid Id, decimal Cost) product, Guid stationId, Guid workerId, Guid eventId, (Guid Id, string Category) code, decimal quantity, DateTime at)
    {
        var closed = at < DateTime.UtcNow.AddDays(-60);
        var d = writers.Defects;
        d.StartRow();
        d.Write(Guid.CreateVersion7(at), NpgsqlDbType.Uuid);
        d.Write($"DF-B{++_defects:D9}", NpgsqlDbType.Varchar);
        d.Write(orderId, NpgsqlDbType.Uuid);
        d.Write(stepId, NpgsqlDbType.Uuid);
        d.Write(product.Id, NpgsqlDbType.Uuid);
        d.Write(stationId, NpgsqlDbType.Uuid);
        d.Write(workerId, NpgsqlDbType.Uuid);
        d.Write(eventId, NpgsqlDbType.Uuid);
        d.Write(code.Id, NpgsqlDbType.Uuid);
        d.Write(code.Category, NpgsqlDbType.Varchar);
        d.Write(quantity, NpgsqlDbType.Numeric);
        d.Write("Scrap", NpgsqlDbType.Varchar);
        d.Write(closed ? "Closed" : "Open", NpgsqlDbType.Varchar);
        d.Write(at, NpgsqlDbType.TimestampTz);
        if (closed)
        {
            d.Write(at.AddDays(7), NpgsqlDbType.TimestampTz);
        }
        else
        {
            d.WriteNull();
        }

        d.Write(quantity * 400m, NpgsqlDbType.Numeric);
        d.Write(quantity * product.Cost, NpgsqlDbType.Numeric);
        d.Write(0m, NpgsqlDbType.Numeric);
        d.Write(workshop.WorkshopId, NpgsqlDbType.Uuid);
        counts.Defects++;
    }

    private void WriteDowntime(HistoryWriters writers, HistoryCounts counts, Guid stationId, Guid reason, Guid workerId, DateTime startedAt, DateTime endedAt, Guid startEvent, Guid endEvent)
    {
        var d = writers.Downtimes;
        d.StartRow();
        d.Write(Guid.CreateVersion7(startedAt), NpgsqlDbType.Uuid);
        d.Write(stationId, NpgsqlDbType.Uuid);
        d.Write(reason, NpgsqlDbType.Uuid);
        d.Write(workerId, NpgsqlDbType.Uuid);
        d.Write(startedAt, NpgsqlDbType.TimestampTz);
        d.Write(endedAt, NpgsqlDbType.TimestampTz);
        d.Write(workshop.WorkshopId, NpgsqlDbType.Uuid);
        d.Write(endEvent, NpgsqlDbType.Uuid);
        d.Write(startEvent, NpgsqlDbType.Uuid);
        counts.Downtimes++;
    }

    private static void WriteNullable(NpgsqlBinaryImporter importer, Guid? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Uuid);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private DateTime Utc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), workshop.TimeZone);
}

/// <summary>One binary COPY per table, each on its own connection, all open while the history is written.</summary>
internal sealed class HistoryWriters : IAsyncDisposable
{
    public const string EventColumns =
        "id, client_event_id, work_order_id, work_order_step_id, worker_id, device_id, kind, good_quantity, scrap_quantity, downtime_reason_id, defect_code_id, captured_at, received_at, workshop_id";

    private readonly List<NpgsqlConnection> _connections = [];

    public NpgsqlBinaryImporter WorkOrders { get; private set; } = null!;

    public NpgsqlBinaryImporter Steps { get; private set; } = null!;

    public NpgsqlBinaryImporter Events { get; private set; } = null!;

    public NpgsqlBinaryImporter Labour { get; private set; } = null!;

    public NpgsqlBinaryImporter Defects { get; private set; } = null!;

    public NpgsqlBinaryImporter Downtimes { get; private set; } = null!;

    /// <summary>
    /// Foreign keys are not checked row by row while loading (<c>session_replication_role = replica</c>, the owner is a
    /// superuser): the generator writes only ids it made or read from the catalogue, and a check per row per key would
    /// make the load several times slower without changing what is stored.
    /// </summary>
    public static async Task<HistoryWriters> OpenAsync(string ownerConnectionString)
    {
        var writers = new HistoryWriters();
        var connection = new NpgsqlConnectionStringBuilder(ownerConnectionString) { Options = "-c session_replication_role=replica", Pooling = false }.ConnectionString;
        async Task<NpgsqlBinaryImporter> Copy(string table, string columns)
        {
            var c = new NpgsqlConnection(connection);
            await c.OpenAsync();
            writers._connections.Add(c);
            return await c.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)");
        }

        writers.WorkOrders = await Copy("work_orders.work_orders", "id, number, product_id, quantity, due_date, priority, status, created_at, released_at, started_at, completed_at, workshop_id");
        writers.Steps = await Copy(
            "work_orders.work_order_steps",
            "id, work_order_id, sequence, operation, workstation_id, setup_minutes, run_minutes_per_unit, requires_inspection, state, good_quantity, scrap_quantity, started_at, finished_at, workshop_id, actual_minutes");
        writers.Events = await Copy("shop_floor.production_events", EventColumns);
        writers.Labour = await Copy("shop_floor.step_labour", "id, work_order_step_id, worker_id, minutes, workshop_id");
        writers.Defects = await Copy(
            "quality.defect_records",
            "id, number, work_order_id, work_order_step_id, item_id, workstation_id, worker_id, production_event_id, defect_code_id, cause_category, quantity, disposition, status, recorded_at, closed_at, cost_lost_time, cost_material, cost_rework_labour, workshop_id");
        writers.Downtimes = await Copy("quality.downtimes", "id, workstation_id, reason_id, worker_id, started_at, ended_at, workshop_id, end_event_id, start_event_id");
        return writers;
    }

    /// <summary>Ends every COPY, committing what it wrote.</summary>
    public async Task CompleteAsync()
    {
        foreach (var importer in new[] { WorkOrders, Steps, Events, Labour, Defects, Downtimes })
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}
