using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Workshop.Mes.Benchmarks;

internal sealed record BaselineFigure(long Rows, TimeSpan Elapsed, CpuUse Cpu)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;

    /// <summary>CPU milliseconds per row of the client (standing where the app stands) and of PostgreSQL.</summary>
    public string DescribeCostPerRow() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Cpu.Generator * 1000 / Rows:0.00} / {Cpu.Postgres * 1000 / Rows:0.00}");
}

internal sealed record BaselineResult(BaselineFigure Single, BaselineFigure Unnest, IReadOnlyList<string> Columns, int Indexes);

/// <summary>
/// B1 of PERFORMANCE.md: what PostgreSQL and Npgsql alone do with rows shaped like
/// <c>shop_floor.production_events</c>. A scratch table is made <c>LIKE … INCLUDING ALL</c> (same columns, defaults,
/// checks and indexes; no foreign keys and no row-level security), then 16 clients on one
/// <see cref="NpgsqlDataSource"/> insert into it with prepared statements and <c>synchronous_commit=on</c>:
/// one row per transaction, then 100 rows per <c>unnest</c> statement.
/// </summary>
internal static class RawInsertBaseline
{
    public const int Clients = 16;
    public const int BatchRows = 100;
    private const string Source = "shop_floor.production_events";
    private const string Scratch = "bench_b1.production_events";

    public static async Task<BaselineResult> RunAsync(string ownerConnectionString, TimeSpan duration, ProcessCpu cpu)
    {
        var connection = new NpgsqlConnectionStringBuilder(ownerConnectionString)
        {
            Options = "-c synchronous_commit=on",
            MaxPoolSize = Clients * 2,
        };
        await using var dataSource = new NpgsqlDataSourceBuilder(connection.ConnectionString).Build();
        await ExecuteAsync(dataSource, $"DROP SCHEMA IF EXISTS bench_b1 CASCADE; CREATE SCHEMA bench_b1; CREATE TABLE {Scratch} (LIKE {Source} INCLUDING ALL)");
        try
        {
            var columns = await ColumnsAsync(dataSource);
            var indexes = await CountIndexesAsync(dataSource);
            var names = string.Join(", ", columns.Select(c => c.Name));
            var placeholders = string.Join(", ", columns.Select((_, i) => $"${i + 1}"));

            var single = await MeasureAsync(
                dataSource,
                $"INSERT INTO {Scratch} ({names}) VALUES ({placeholders})",
                columns.Select(c => new NpgsqlParameter { NpgsqlDbType = c.DbType }).ToArray(),
                (parameters, n) =>
                {
                    for (var i = 0; i < columns.Count; i++)
                    {
                        parameters[i].Value = columns[i].Value(n);
                    }

                    return 1;
                },
                duration,
                cpu);

            await ExecuteAsync(dataSource, $"TRUNCATE {Scratch}");
            var unnest = await MeasureAsync(
                dataSource,
                $"INSERT INTO {Scratch} ({names}) SELECT * FROM unnest({placeholders})",
                columns.Select(c => new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | c.DbType }).ToArray(),
                (parameters, n) =>
                {
                    for (var i = 0; i < columns.Count; i++)
                    {
                        parameters[i].Value = columns[i].Values(n * BatchRows, BatchRows);
                    }

                    return BatchRows;
                },
                duration,
                cpu);

            return new BaselineResult(single, unnest, columns.Select(c => c.Name).ToList(), indexes);
        }
        finally
        {
            await ExecuteAsync(dataSource, "DROP SCHEMA bench_b1 CASCADE");
        }
    }

    /// <summary>
    /// Opens and prepares one statement per client, then lets all of them insert until the time is up; the
    /// clock runs from the moment every client is ready.
    /// </summary>
    private static async Task<BaselineFigure> MeasureAsync(
        NpgsqlDataSource dataSource, string sql, NpgsqlParameter[] template, Func<NpgsqlParameter[], long, int> fill, TimeSpan duration, ProcessCpu cpu)
    {
        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = 0;
        var allReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long next = -1;
        var watch = new Stopwatch();
        var clients = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            var parameters = template.Select(p => new NpgsqlParameter { NpgsqlDbType = p.NpgsqlDbType }).ToArray();
            command.Parameters.AddRange(parameters);
            fill(parameters, Interlocked.Increment(ref next));
            await command.PrepareAsync();
            if (Interlocked.Increment(ref ready) == Clients)
            {
                allReady.SetResult();
            }

            await go.Task;
            long rows = 0;
            while (watch.Elapsed < duration)
            {
                rows += fill(parameters, Interlocked.Increment(ref next));
                await command.ExecuteNonQueryAsync();
            }

            return rows;
        })).ToList();

        await allReady.Task;
        var before = cpu.Now();
        watch.Start();
        go.SetResult();
        var total = (await Task.WhenAll(clients)).Sum();
        watch.Stop();
        return new BaselineFigure(total, watch.Elapsed, cpu.Now() - before);
    }

    private static async Task<List<ScratchColumn>> ColumnsAsync(NpgsqlDataSource dataSource)
    {
        // Every column a row must carry (NOT NULL, not generated), plus the tablet's device as the floor fills it.
        await using var command = dataSource.CreateCommand($"""
            SELECT a.attname, t.typname,
                   EXISTS (SELECT FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisunique AND a.attnum = ANY (i.indkey))
            FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
            WHERE a.attrelid = '{Scratch}'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
              AND (a.attnotnull OR a.attname = 'device_id')
            ORDER BY a.attnum
            """);
        var columns = new List<ScratchColumn>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(new ScratchColumn(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2)));
        }

        return columns;
    }

    private static async Task<int> CountIndexesAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand($"SELECT count(*)::int FROM pg_index WHERE indrelid = '{Scratch}'::regclass");
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// One column of the scratch table and what a Report event puts in it: fresh ids where a unique index needs
    /// them, one workshop, order, step and worker for every row, one good unit, the time now.
    /// </summary>
    private sealed class ScratchColumn(string name, string type, bool unique)
    {
        private readonly Guid _fixed = Guid.NewGuid();
        private readonly bool _fresh = unique && name != "workshop_id";

        public string Name => name;

        public NpgsqlDbType DbType => type switch
        {
            "uuid" => NpgsqlDbType.Uuid,
            "numeric" => NpgsqlDbType.Numeric,
            "varchar" => NpgsqlDbType.Varchar,
            "text" => NpgsqlDbType.Text,
            "timestamptz" => NpgsqlDbType.TimestampTz,
            "int2" => NpgsqlDbType.Smallint,
            "int4" => NpgsqlDbType.Integer,
            "int8" => NpgsqlDbType.Bigint,
            "bool" => NpgsqlDbType.Boolean,
            _ => throw new NotSupportedException($"The baseline does not know how to fill {name} ({type}); teach {nameof(ScratchColumn)}."),
        };

        public object Value(long n) => type switch
        {
            "uuid" => _fresh ? Guid.NewGuid() : _fixed,
            "numeric" => name.Contains("good", StringComparison.Ordinal) ? 1m : 0m,
            "varchar" or "text" => name == "kind" ? "Output" : _fresh ? Guid.NewGuid().ToString("N") : "bench",
            "timestamptz" => DateTime.UtcNow,
            "int2" => (short)(_fresh ? n : 0),
            "int4" => (int)(_fresh ? n : 0),
            "int8" => _fresh ? n : 0L,
            "bool" => false,
            _ => throw new NotSupportedException(name),
        };

        public Array Values(long first, int count)
        {
            Array values = type switch
            {
                "uuid" => new Guid[count],
                "numeric" => new decimal[count],
                "varchar" or "text" => new string[count],
                "timestamptz" => new DateTime[count],
                "int2" => new short[count],
                "int4" => new int[count],
                "int8" => new long[count],
                "bool" => new bool[count],
                _ => throw new NotSupportedException(name),
            };
            for (var i = 0; i < count; i++)
            {
                values.SetValue(Value(first + i), i);
            }

            return values;
        }
    }
}
