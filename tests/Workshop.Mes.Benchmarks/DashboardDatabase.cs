using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Workshop.Mes.Benchmarks;

/// <summary>How long each part of making the database took, and what it holds.</summary>
internal sealed record LoadFigures(
    HistoryCounts Largest,
    HistoryCounts All,
    int Workshops,
    TimeSpan Copy,
    TimeSpan Indexes,
    TimeSpan Rollups,
    TimeSpan Analyse,
    long RollupRows,
    long LargestRollupRows,
    string DatabaseSize);

/// <summary>
/// The dashboard benchmark's database (ADR 0073): the demo workshop grown to 20 stations (a tablet and a worker
/// each) and Zipf-sized other workshops cloned from its catalogue, five years of history written by binary COPY,
/// then the rollups built from the raw records by an <c>INSERT … SELECT … GROUP BY</c> per workshop that computes what
/// <c>RollupRebuild</c> computes.
/// </summary>
internal static class DashboardDatabase
{
    public const int Tablets = 20;
    private const int OtherStations = 5;
    private const int MaxOtherWorkshops = 120;

    public static async Task<LoadFigures> LoadAsync(string owner, string largestSlug, long largestEvents, long totalEvents, int years)
    {
        await using var dataSource = NpgsqlDataSource.Create(owner);
        var largest = await GrowLargestAsync(dataSource, largestSlug);
        var catalogues = new List<WorkshopCatalogue> { largest };
        var sizes = HistoryShape.OtherWorkshopSizes(largestEvents, totalEvents - largestEvents, MaxOtherWorkshops);
        for (var i = 0; i < sizes.Count; i++)
        {
            catalogues.Add(await CloneWorkshopAsync(dataSource, largest, i + 1));
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var days = HistoryShape.WorkingDays(today.AddYears(-years), today);
        var generators = catalogues.Select((c, i) => new HistoryGenerator(c, i == 0 ? largestEvents : sizes[i - 1], days, 7 + i)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Writing {largestEvents:N0} events for {largestSlug} and {totalEvents - largestEvents:N0} for {sizes.Count} other workshops over {days.Count} working days …"));

        var indexes = await DropEventIndexesAsync(dataSource);
        var watch = Stopwatch.StartNew();
        var countsLargest = new HistoryCounts();
        var countsOthers = new HistoryCounts();
        await using (var writers = await HistoryWriters.OpenAsync(owner))
        {
            var reported = 0L;
            for (var d = 0; d < days.Count; d++)
            {
                generators[0].WriteDay(d, writers, countsLargest);
                for (var g = 1; g < generators.Count; g++)
                {
                    generators[g].WriteDay(d, writers, countsOthers);
                }

                var written = countsLargest.Events + countsOthers.Events;
                if (written - reported >= 1_000_000 || d == days.Count - 1)
                {
                    reported = written;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {days[d]:yyyy-MM-dd}: {written:N0} events, {written / watch.Elapsed.TotalSeconds:N0}/s"));
                }
            }

            await writers.CompleteAsync();
        }

        var copy = watch.Elapsed;
        Console.WriteLine($"COPY done in {copy.TotalSeconds:N0} s; building {indexes.Count} event indexes …");
        watch.Restart();
        await ExecuteAsync(dataSource, "SET maintenance_work_mem = '512MB';" + string.Join(";", indexes));
        var indexTime = watch.Elapsed;
        Console.WriteLine($"Indexes in {indexTime.TotalSeconds:N0} s; building rollups …");
        watch.Restart();
        await BuildRollupsAsync(dataSource);
        var rollupTime = watch.Elapsed;
        Console.WriteLine($"Rollups in {rollupTime.TotalSeconds:N0} s; VACUUM ANALYZE …");
        watch.Restart();
        await ExecuteAsync(dataSource, "VACUUM ANALYZE");
        var analyse = watch.Elapsed;

        var all = new HistoryCounts
        {
            Events = await CountAsync(dataSource, "SELECT count(*) FROM shop_floor.production_events"),
            WorkOrders = await CountAsync(dataSource, "SELECT count(*) FROM work_orders.work_orders"),
            Steps = await CountAsync(dataSource, "SELECT count(*) FROM work_orders.work_order_steps"),
            Defects = await CountAsync(dataSource, "SELECT count(*) FROM quality.defect_records"),
            Downtimes = await CountAsync(dataSource, "SELECT count(*) FROM quality.downtimes"),
        };
        var largestAll = new HistoryCounts
        {
            Events = await CountAsync(dataSource, $"SELECT count(*) FROM shop_floor.production_events WHERE workshop_id = '{largest.WorkshopId}'"),
            WorkOrders = await CountAsync(dataSource, $"SELECT count(*) FROM work_orders.work_orders WHERE workshop_id = '{largest.WorkshopId}'"),
            Steps = await CountAsync(dataSource, $"SELECT count(*) FROM work_orders.work_order_steps WHERE workshop_id = '{largest.WorkshopId}'"),
            Defects = await CountAsync(dataSource, $"SELECT count(*) FROM quality.defect_records WHERE workshop_id = '{largest.WorkshopId}'"),
            Downtimes = await CountAsync(dataSource, $"SELECT count(*) FROM quality.downtimes WHERE workshop_id = '{largest.WorkshopId}'"),
        };
        await using var size = dataSource.CreateCommand("SELECT pg_size_pretty(pg_database_size(current_database()))");
        return new LoadFigures(
            largestAll,
            all,
            catalogues.Count,
            copy,
            indexTime,
            rollupTime,
            analyse,
            await CountAsync(dataSource, "SELECT count(*) FROM dashboard.production_rollups"),
            await CountAsync(dataSource, $"SELECT count(*) FROM dashboard.production_rollups WHERE workshop_id = '{largest.WorkshopId}'"),
            (string)(await size.ExecuteScalarAsync())!);
    }

    /// <summary>
    /// Every workshop's rollups from its raw records, as <c>RollupRebuild</c> computes them (ADR 0063): output and
    /// scrap of Output, Finish and Correction events in the UTC hour of the event (of the corrected event for a
    /// correction); run minutes as the union of the step's labour intervals (running from a start or resume while
    /// stopped until the next pause or finish, which close every interval), cut at hour boundaries and each slice
    /// rounded to four decimals; defect count and cost per defect record's hour; ended downtimes cut at hours, without a
    /// product. Rows whose measures are all zero are not written.
    /// </summary>
    public static async Task BuildRollupsAsync(NpgsqlDataSource dataSource)
    {
        await ExecuteAsync(dataSource, """
            ANALYZE shop_floor.production_events, work_orders.work_order_steps, work_orders.work_orders, quality.defect_records, quality.downtimes;
            DELETE FROM dashboard.production_rollups;
            """);

        // One workshop at a time, largest first, as a backfill on a live server would go: each sort is one
        // workshop's events (it fits in memory far more often than all of them at once), and progress shows.
        var workshops = await IdsAsync(dataSource, "SELECT workshop_id FROM shop_floor.production_events GROUP BY workshop_id ORDER BY count(*) DESC");
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < workshops.Count; i++)
        {
            await ExecuteAsync(dataSource, RollupsOf(workshops[i]));
            if (i == 0 || (i + 1) % 10 == 0 || i == workshops.Count - 1)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rollups of {i + 1}/{workshops.Count} workshops in {watch.Elapsed.TotalSeconds:N0} s"));
            }
        }
    }

    private static string RollupsOf(Guid workshop) => $$"""
        SET TimeZone = 'UTC';
        SET work_mem = '256MB';
        SET jit = off;
        WITH steps AS (
            SELECT s.id, s.workstation_id, o.product_id
            FROM work_orders.work_order_steps s JOIN work_orders.work_orders o ON o.id = s.work_order_id
            WHERE s.workshop_id = '{{workshop}}'
        ), marks AS (
            SELECT e.workshop_id, e.work_order_step_id AS step_id, e.kind, e.captured_at,
                   count(*) FILTER (WHERE e.kind IN ('Pause', 'Finish'))
                       OVER (PARTITION BY e.work_order_step_id ORDER BY e.captured_at, e.received_at, e.id ROWS UNBOUNDED PRECEDING) AS closers
            FROM shop_floor.production_events e
            WHERE e.workshop_id = '{{workshop}}' AND e.kind IN ('Start', 'Resume', 'Pause', 'Finish')
        ), runs AS (
            SELECT workshop_id, step_id,
                   min(captured_at) FILTER (WHERE kind IN ('Start', 'Resume')) AS started,
                   max(captured_at) FILTER (WHERE kind IN ('Pause', 'Finish')) AS ended
            FROM marks
            GROUP BY workshop_id, step_id, CASE WHEN kind IN ('Pause', 'Finish') THEN closers - 1 ELSE closers END
        ), outputs AS (
            SELECT e.workshop_id, e.work_order_step_id AS step_id, date_trunc('hour', e.captured_at) AS hour,
                   sum(e.good_quantity) AS good, sum(e.scrap_quantity) AS scrap
            FROM shop_floor.production_events e
            WHERE e.workshop_id = '{{workshop}}' AND e.kind IN ('Output', 'Finish')
            GROUP BY 1, 2, 3
            UNION ALL
            SELECT e.workshop_id, e.work_order_step_id, date_trunc('hour', c.captured_at), e.good_quantity, e.scrap_quantity
            FROM shop_floor.production_events e JOIN shop_floor.production_events c ON c.id = e.corrects_event_id
            WHERE e.workshop_id = '{{workshop}}' AND e.kind = 'Correction'
        ), measures AS (
            SELECT o.workshop_id, s.workstation_id, s.product_id, o.hour,
                   sum(o.good) AS good, sum(o.scrap) AS scrap, 0 AS defects, 0::numeric AS cost, 0::numeric AS run, 0::numeric AS down
            FROM outputs o JOIN steps s ON s.id = o.step_id
            GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT r.workshop_id, s.workstation_id, s.product_id, h, 0, 0, 0, 0,
                   sum(round(extract(epoch FROM least(r.ended, h + interval '1 hour') - greatest(r.started, h)) / 60, 4)), 0
            FROM runs r
            JOIN steps s ON s.id = r.step_id
            CROSS JOIN LATERAL generate_series(date_trunc('hour', r.started), r.ended - interval '1 microsecond', interval '1 hour') h
            WHERE r.started IS NOT NULL AND r.ended > r.started
            GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT d.workshop_id, d.workstation_id, d.item_id, date_trunc('hour', d.recorded_at), 0, 0, count(*),
                   sum(d.cost_material + d.cost_rework_labour + d.cost_lost_time), 0, 0
            FROM quality.defect_records d
            WHERE d.workshop_id = '{{workshop}}'
            GROUP BY 1, 2, 3, 4
            UNION ALL
            SELECT t.workshop_id, t.workstation_id, NULL::uuid, h, 0, 0, 0, 0, 0,
                   sum(round(extract(epoch FROM least(t.ended_at, h + interval '1 hour') - greatest(t.started_at, h)) / 60, 4))
            FROM quality.downtimes t
            CROSS JOIN LATERAL generate_series(date_trunc('hour', t.started_at), t.ended_at - interval '1 microsecond', interval '1 hour') h
            WHERE t.workshop_id = '{{workshop}}' AND t.ended_at > t.started_at
            GROUP BY 1, 2, 3, 4
        )
        INSERT INTO dashboard.production_rollups
            (id, workshop_id, workstation_id, product_id, hour, good_quantity, scrap_quantity, defect_count, defect_cost, run_minutes, down_minutes)
        SELECT gen_random_uuid(), workshop_id, workstation_id, product_id, hour, sum(good), sum(scrap), sum(defects), sum(cost), sum(run), sum(down)
        FROM measures
        GROUP BY workshop_id, workstation_id, product_id, hour
        HAVING sum(good) <> 0 OR sum(scrap) <> 0 OR sum(defects) <> 0 OR sum(cost) <> 0 OR sum(run) <> 0 OR sum(down) <> 0;
        RESET jit;
        RESET work_mem;
        RESET TimeZone;
        """;

    /// <summary>Keeps this run's SQL-built rollups of one workshop aside, to compare with the host's rebuild.</summary>
    public static Task KeepRollupsAsync(NpgsqlDataSource dataSource, Guid workshopId) => ExecuteAsync(dataSource, $"""
        DROP TABLE IF EXISTS public.bench_sql_rollups;
        CREATE TABLE public.bench_sql_rollups AS SELECT * FROM dashboard.production_rollups WHERE workshop_id = '{workshopId}'
        """);

    /// <summary>Rows that differ (in key or any measure) between the kept SQL rollups and the workshop's rows now.</summary>
    public static async Task<(long Kept, long Differing)> CompareRollupsAsync(NpgsqlDataSource dataSource, Guid workshopId)
    {
        var differing = await CountAsync(dataSource, $"""
            SELECT count(*) FROM (
                (SELECT workstation_id, product_id, hour, good_quantity, scrap_quantity, defect_count, defect_cost, run_minutes, down_minutes FROM public.bench_sql_rollups
                 EXCEPT ALL
                 SELECT workstation_id, product_id, hour, good_quantity, scrap_quantity, defect_count, defect_cost, run_minutes, down_minutes FROM dashboard.production_rollups WHERE workshop_id = '{workshopId}')
                UNION ALL
                (SELECT workstation_id, product_id, hour, good_quantity, scrap_quantity, defect_count, defect_cost, run_minutes, down_minutes FROM dashboard.production_rollups WHERE workshop_id = '{workshopId}'
                 EXCEPT ALL
                 SELECT workstation_id, product_id, hour, good_quantity, scrap_quantity, defect_count, defect_cost, run_minutes, down_minutes FROM public.bench_sql_rollups)
            ) d
            """);
        var kept = await CountAsync(dataSource, "SELECT count(*) FROM public.bench_sql_rollups");
        await ExecuteAsync(dataSource, "DROP TABLE public.bench_sql_rollups");
        return (kept, differing);
    }

    public static async Task<Guid> WorkshopIdAsync(NpgsqlDataSource dataSource, string slug)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM tenancy.workshops WHERE slug = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = slug });
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The demo workshop with stations, workers and tablets added up to <see cref="Tablets"/> of each.</summary>
    private static async Task<WorkshopCatalogue> GrowLargestAsync(NpgsqlDataSource dataSource, string slug)
    {
        var id = await WorkshopIdAsync(dataSource, slug);
        var stations = await CountAsync(dataSource, $"SELECT count(*) FROM catalog.workstations WHERE workshop_id = '{id}'");
        await ExecuteAsync(dataSource, $"""
            INSERT INTO catalog.workstations (id, code, name, hours_per_day, state, workshop_id)
            SELECT gen_random_uuid(), 'BN-' || lpad(n::text, 2, '0'), '벤치 공정 ' || n, 9, 'Available', '{id}' FROM generate_series(1, {Math.Max(0, Tablets - stations)}) n;
            {AddPeopleSql(id, Tablets)}
            """);
        return await CatalogueAsync(dataSource, id, slug, Tablets);
    }

    /// <summary>Another workshop: its own row and a copy of the largest one's catalogue (five stations, four products).</summary>
    private static async Task<WorkshopCatalogue> CloneWorkshopAsync(NpgsqlDataSource dataSource, WorkshopCatalogue from, int number)
    {
        var id = Guid.CreateVersion7();
        var slug = string.Create(CultureInfo.InvariantCulture, $"bench-{number:D3}");
        await ExecuteAsync(dataSource, $"""
            INSERT INTO tenancy.workshops (id, name, slug, industry, headcount, time_zone, culture, allow_negative_stock, created_at)
            SELECT '{id}', '벤치 공방 {number}', '{slug}', industry, 8, time_zone, culture, false, now() FROM tenancy.workshops WHERE id = '{from.WorkshopId}';
            INSERT INTO catalog.workstations (id, code, name, hours_per_day, state, workshop_id)
            SELECT gen_random_uuid(), code, name, hours_per_day, state, '{id}' FROM catalog.workstations WHERE workshop_id = '{from.WorkshopId}' ORDER BY code LIMIT {OtherStations};
            INSERT INTO catalog.items (id, code, name, kind, unit, standard_cost, reorder_point, safety_stock, lead_time_days, lot_tracked, is_active, workshop_id)
            SELECT gen_random_uuid(), code, name, kind, unit, standard_cost, 0, 0, 0, false, true, '{id}'
            FROM catalog.items WHERE workshop_id = '{from.WorkshopId}' AND kind = 'Product' ORDER BY code LIMIT 4;
            INSERT INTO catalog.defect_codes (id, code, name, category, color, icon, is_active, workshop_id)
            SELECT gen_random_uuid(), code, name, category, color, icon, is_active, '{id}' FROM catalog.defect_codes WHERE workshop_id = '{from.WorkshopId}';
            INSERT INTO catalog.downtime_reasons (id, code, name, planned, workshop_id)
            SELECT gen_random_uuid(), code, name, planned, '{id}' FROM catalog.downtime_reasons WHERE workshop_id = '{from.WorkshopId}';
            {AddPeopleSql(id, OtherStations)}
            """);
        return await CatalogueAsync(dataSource, id, slug, OtherStations);
    }

    private static string AddPeopleSql(Guid workshopId, int count) => $"""
        INSERT INTO tenancy.workers (id, display_name, badge_code, hourly_cost, is_active, workshop_id)
        SELECT gen_random_uuid(), '벤치 작업자 ' || n, 'BENCH-' || lpad(n::text, 3, '0'), 12000, true, '{workshopId}' FROM generate_series(1, {count}) n;
        INSERT INTO identity.floor_devices (id, name, credential_hash, paired_at, workshop_id)
        SELECT gen_random_uuid(), '벤치 태블릿 ' || lpad(n::text, 3, '0'), md5(random()::text) || md5(random()::text), now(), '{workshopId}' FROM generate_series(1, {count}) n;
        """;

    private static async Task<WorkshopCatalogue> CatalogueAsync(NpgsqlDataSource dataSource, Guid id, string slug, int tablets)
    {
        var zone = (string)(await ScalarAsync(dataSource, $"SELECT time_zone FROM tenancy.workshops WHERE id = '{id}'"))!;
        return new WorkshopCatalogue(
            id,
            slug,
            TimeZoneInfo.FindSystemTimeZoneById(zone),
            await IdsAsync(dataSource, $"SELECT id FROM catalog.workstations WHERE workshop_id = '{id}' ORDER BY code LIMIT {tablets}"),
            await IdsAsync(dataSource, $"SELECT id FROM tenancy.workers WHERE workshop_id = '{id}' AND badge_code LIKE 'BENCH-%' ORDER BY badge_code"),
            await IdsAsync(dataSource, $"SELECT id FROM identity.floor_devices WHERE workshop_id = '{id}' AND name LIKE '벤치 태블릿%' ORDER BY name"),
            await PairsAsync(dataSource, $"SELECT id, standard_cost FROM catalog.items WHERE workshop_id = '{id}' AND kind = 'Product' ORDER BY code", r => r.GetDecimal(1)),
            await PairsAsync(dataSource, $"SELECT id, category FROM catalog.defect_codes WHERE workshop_id = '{id}' ORDER BY code", r => r.GetString(1)),
            await IdsAsync(dataSource, $"SELECT id FROM catalog.downtime_reasons WHERE workshop_id = '{id}' ORDER BY code"));
    }

    /// <summary>
    /// The secondary indexes of the events table are dropped before the load and made again after it (their
    /// definitions read from the catalogue, so they come back exactly), as a bulk load into PostgreSQL is done; the
    /// primary key stays (its ids are UUIDv7 in time order, as the generator writes day by day).
    /// </summary>
    private static async Task<List<string>> DropEventIndexesAsync(NpgsqlDataSource dataSource)
    {
        var definitions = new List<string>();
        var names = new List<string>();
        await using (var command = dataSource.CreateCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'shop_floor' AND tablename = 'production_events' AND indexname <> 'pk_production_events'"))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
                definitions.Add(reader.GetString(1));
            }
        }

        await ExecuteAsync(dataSource, string.Join(";", names.Select(n => $"DROP INDEX shop_floor.{n}")));
        return definitions;
    }

    private static async Task<List<Guid>> IdsAsync(NpgsqlDataSource dataSource, string sql) =>
        (await PairsAsync(dataSource, sql, _ => 0)).Select(p => p.Id).ToList();

    private static async Task<List<(Guid Id, T Value)>> PairsAsync<T>(NpgsqlDataSource dataSource, string sql, Func<NpgsqlDataReader, T> value)
    {
        var list = new List<(Guid, T)>();
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add((reader.GetGuid(0), value(reader)));
        }

        return list;
    }

    public static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<long> CountAsync(NpgsqlDataSource dataSource, string sql) => Convert.ToInt64(await ScalarAsync(dataSource, sql), CultureInfo.InvariantCulture);

    private static async Task<object?> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.CommandTimeout = 0;
        return await command.ExecuteScalarAsync();
    }
}
