#pragma warning disable xUnit1051
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.DemoData;

namespace Workshop.Mes.UnitTests.DemoData;

public sealed class ScratchDatabase
{
    private static void Log(string line) => File.AppendAllText("/tmp/demo-db.txt", line + Environment.NewLine);

    [Fact]
    public async Task SeedIntoPostgres()
    {
        var admin = new NpgsqlDataSourceBuilder("Host=127.0.0.1;Port=55439;Username=postgres;Database=postgres").Build();
        await using (var cmd = admin.CreateCommand("DROP DATABASE IF EXISTS demo_seed WITH (FORCE)")) { await cmd.ExecuteNonQueryAsync(); }
        await using (var cmd = admin.CreateCommand("CREATE DATABASE demo_seed")) { await cmd.ExecuteNonQueryAsync(); }
        var dataSource = new NpgsqlDataSourceBuilder("Host=127.0.0.1;Port=55439;Username=postgres;Database=demo_seed").Build();
        await using (var db = DatabaseRegistration.CreateContext(dataSource)) { await db.Database.MigrateAsync(); }

        using var loggerFactory = LoggerFactory.Create(b => b.AddProvider(new FileLoggerProvider()).SetMinimumLevel(LogLevel.Debug));
        var seeder = new DemoDataSeeder(new Factory(dataSource, loggerFactory), new FixedTime(DemoDataFixture.Now), loggerFactory.CreateLogger<DemoDataSeeder>());
        var sw = Stopwatch.StartNew();
        var seeded = await seeder.SeedIfEmptyAsync();
        Log($"seeded {seeded} in {sw.ElapsedMilliseconds} ms");
        sw.Restart();
        var again = await seeder.SeedIfEmptyAsync();
        Log($"second {again} in {sw.ElapsedMilliseconds} ms");

        await using (var db = DatabaseRegistration.CreateContext(dataSource))
        {
            Log($"workshops {await db.Workshops.CountAsync()} events {await db.ProductionEvents.CountAsync()} wo {await db.WorkOrders.CountAsync()} steps {await db.WorkOrderSteps.CountAsync()} moves {await db.StockMovements.CountAsync()} balances {await db.StockBalances.CountAsync()} defects {await db.DefectRecords.CountAsync()} shiplines {await db.ShipmentLines.CountAsync()} seqs {await db.NumberSequences.CountAsync()}");
            var bad = await db.Database.SqlQueryRaw<int>("""
                select count(*)::int as "Value" from inventory.stock_balances b
                where b.on_hand <> (select coalesce(sum(m.quantity),0) from inventory.stock_movements m
                  where m.item_id = b.item_id and m.location_id = b.location_id and m.lot_id is not distinct from b.lot_id and m.workshop_id = b.workshop_id)
                """).SingleAsync();
            Log($"balances not matching ledger: {bad}");
        }
    }

    private sealed class Factory(NpgsqlDataSource dataSource, ILoggerFactory loggerFactory) : IDbContextFactory<MesDbContext>
    {
        public MesDbContext CreateDbContext()
        {
            var options = new DbContextOptionsBuilder<MesDbContext>();
            DatabaseRegistration.Configure(options, dataSource);
            options.UseLoggerFactory(loggerFactory);
            return new MesDbContext(options.Options);
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }

    private sealed class FileLoggerProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new FileLogger();

        public void Dispose()
        {
        }
    }

    private sealed class FileLogger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            File.AppendAllText("/tmp/demo-db.txt", $"[{logLevel}] {formatter(state, exception)} {exception}" + Environment.NewLine);
    }
}
