using Npgsql;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Dashboard;

/// <summary>A rollup row as the tests compare it: its grain and its measures, ids left out.</summary>
internal sealed record RollupRow(Guid? WorkstationId, Guid? ProductId, DateTimeOffset Hour, decimal Good, decimal Scrap, int Defects, decimal DefectCost, decimal RunMinutes, decimal DownMinutes)
{
    public override string ToString() =>
        $"{WorkstationId?.ToString()[^4..]}/{ProductId?.ToString()[^4..]} {Hour:MM-dd HH}h good {Good} scrap {Scrap} defects {Defects} cost {DefectCost} run {RunMinutes} down {DownMinutes}";
}

/// <summary>
/// The rollups worked out again from the raw tables by the plainest means, sharing no code with the capture or
/// the rebuild: SQL sums per UTC hour, downtime cut into hours by <c>generate_series</c>, and run time counted
/// minute by minute from each step's starts, resumes, pauses and finishes (one worker per step).
/// </summary>
internal static class RawAggregates
{
    public static async Task<IReadOnlyList<RollupRow>> RollupsAsync(MesDatabase database, Guid workshopId)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var rows = new List<RollupRow>();
        await using var command = new NpgsqlCommand(
            """
            SELECT workstation_id, product_id, hour, good_quantity, scrap_quantity, defect_count, defect_cost, run_minutes, down_minutes
            FROM dashboard.production_rollups WHERE workshop_id = @w
            """,
            connection);
        command.Parameters.AddWithValue("w", workshopId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new(
                reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetDecimal(3), reader.GetDecimal(4), reader.GetInt32(5), reader.GetDecimal(6), reader.GetDecimal(7), reader.GetDecimal(8)));
        }

        return Sorted(rows);
    }

    public static async Task<IReadOnlyList<RollupRow>> FromRawAsync(MesDatabase database, Guid workshopId)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var sums = new Dictionary<(Guid?, Guid?, DateTimeOffset), RollupRow>();
        void Add(Guid? station, Guid? product, DateTimeOffset hour, Func<RollupRow, RollupRow> change)
        {
            var key = (station, product, hour);
            sums[key] = change(sums.GetValueOrDefault(key) ?? new RollupRow(station, product, hour, 0, 0, 0, 0, 0, 0));
        }

        const string hourOf = "date_trunc('hour', {0} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'";
        await ReadAsync(connection, workshopId, $"""
            SELECT s.workstation_id, o.product_id, {string.Format(hourOf, "coalesce(c.captured_at, p.captured_at)")}, sum(p.good_quantity), sum(p.scrap_quantity)
            FROM shop_floor.production_events p
            JOIN work_orders.work_order_steps s ON s.id = p.work_order_step_id
            JOIN work_orders.work_orders o ON o.id = p.work_order_id
            LEFT JOIN shop_floor.production_events c ON c.id = p.corrects_event_id
            WHERE p.workshop_id = @w AND p.kind IN ('Output', 'Finish', 'Correction')
            GROUP BY 1, 2, 3
            """, r => Add(r.GetGuid(0), r.GetGuid(1), r.GetFieldValue<DateTimeOffset>(2), row => row with { Good = r.GetDecimal(3), Scrap = r.GetDecimal(4) }));
        await ReadAsync(connection, workshopId, $"""
            SELECT workstation_id, item_id, {string.Format(hourOf, "recorded_at")}, count(*)::int, sum(cost_material + cost_rework_labour + cost_lost_time)
            FROM quality.defect_records WHERE workshop_id = @w GROUP BY 1, 2, 3
            """, r => Add(r.IsDBNull(0) ? null : r.GetGuid(0), r.GetGuid(1), r.GetFieldValue<DateTimeOffset>(2), row => row with { Defects = r.GetInt32(3), DefectCost = r.GetDecimal(4) }));
        await ReadAsync(connection, workshopId, $"""
            SELECT d.workstation_id, h, sum(extract(epoch FROM least(d.ended_at, h + interval '1 hour') - greatest(d.started_at, h)) / 60)
            FROM quality.downtimes d
            CROSS JOIN LATERAL generate_series({string.Format(hourOf, "d.started_at")}, d.ended_at, interval '1 hour') h
            WHERE d.workshop_id = @w AND d.ended_at IS NOT NULL AND h < d.ended_at
            GROUP BY 1, 2
            """, r => Add(r.GetGuid(0), null, r.GetFieldValue<DateTimeOffset>(1), row => row with { DownMinutes = r.GetDecimal(2) }));

        var steps = new List<(Guid Step, Guid Station, Guid Product, string Kind, DateTimeOffset At)>();
        await ReadAsync(connection, workshopId, """
            SELECT p.work_order_step_id, s.workstation_id, o.product_id, p.kind, p.captured_at
            FROM shop_floor.production_events p
            JOIN work_orders.work_order_steps s ON s.id = p.work_order_step_id
            JOIN work_orders.work_orders o ON o.id = p.work_order_id
            WHERE p.workshop_id = @w AND p.kind IN ('Start', 'Pause', 'Resume', 'Finish')
            ORDER BY p.work_order_step_id, p.captured_at, p.received_at, p.id
            """, r => steps.Add((r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4))));
        foreach (var step in steps.GroupBy(s => s.Step))
        {
            DateTimeOffset? runningSince = null;
            foreach (var e in step)
            {
                if (e.Kind is "Start" or "Resume")
                {
                    runningSince ??= e.At;
                }
                else if (runningSince is { } since)
                {
                    for (var minute = since; minute < e.At; minute = minute.AddMinutes(1))
                    {
                        var hour = new DateTimeOffset(minute.UtcDateTime.Date.AddHours(minute.UtcDateTime.Hour), TimeSpan.Zero);
                        Add(e.Station, e.Product, hour, row => row with { RunMinutes = row.RunMinutes + 1 });
                    }

                    runningSince = null;
                }
            }
        }

        return Sorted(sums.Values.Where(r => r with { WorkstationId = null, ProductId = null, Hour = default } != new RollupRow(null, null, default, 0, 0, 0, 0, 0, 0)));
    }

    private static IReadOnlyList<RollupRow> Sorted(IEnumerable<RollupRow> rows) =>
        rows.OrderBy(r => new RollupKey(r.WorkstationId, r.ProductId, r.Hour)).ToList();

    private static async Task ReadAsync(NpgsqlConnection connection, Guid workshopId, string sql, Action<NpgsqlDataReader> row)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("w", workshopId);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            row(reader);
        }
    }
}
