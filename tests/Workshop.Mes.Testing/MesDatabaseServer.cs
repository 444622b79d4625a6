using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workshop.Mes.Infrastructure.Database;
using Xunit;

namespace Workshop.Mes.Testing;

/// <summary>
/// The assembly's PostgreSQL server and one migrated, secured template database on it. Each test class gets its
/// own copy (<see cref="MesDatabase"/>, a class fixture), made with <c>CREATE DATABASE … TEMPLATE</c> in a fraction
/// of a second, so classes run in parallel without seeing each other's rows. Register with
/// <c>[assembly: AssemblyFixture(typeof(MesDatabaseServer))]</c>.
/// </summary>
public sealed class MesDatabaseServer : IAsyncLifetime
{
    private TestPostgres? _server;
    private string _template = string.Empty;

    /// <summary>The app role's password: roles belong to the server, so every copy shares the one login.</summary>
    public string AppRolePassword { get; } = "app-" + Guid.NewGuid().ToString("N");

    /// <summary>Every module table (all schemas but <c>public</c>, which holds the migrations history), as <c>"schema"."table"</c>.</summary>
    public IReadOnlyList<string> ModuleTables { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        _server = await TestPostgres.StartAsync();
        var templateConnection = await _server.CreateDatabaseAsync("mes_template");
        _template = new NpgsqlConnectionStringBuilder(templateConnection).Database!;

        // No pooling: a template must have no open connections when it is copied.
        var owner = new NpgsqlConnectionStringBuilder(templateConnection) { Pooling = false }.ConnectionString;
        var app = AppConnection(owner);
        await using var dataSource = new NpgsqlDataSourceBuilder(owner).Build();
        await DatabaseSecurity.EnsureAppLoginAsync(dataSource, app, CancellationToken.None);
        await using (var db = DatabaseRegistration.CreateContext(dataSource, DataScope.Maintenance))
        {
            await db.Database.MigrateAsync();
            await DatabaseSecurity.ApplyAsync(db, CancellationToken.None);
        }

        await using var command = dataSource.CreateCommand("""
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('public', 'pg_catalog', 'information_schema')
            ORDER BY 1
            """);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        ModuleTables = tables;
    }

    /// <summary>A fresh copy of the migrated template; returns the owner's connection string to it.</summary>
    public async Task<string> CopyAsync()
    {
        var server = _server ?? throw new InvalidOperationException("The server is not started.");
        var name = $"mes_test_{Guid.NewGuid():N}"[..21];
        await using (var connection = new NpgsqlConnection(server.ServerConnectionString))
        {
            await connection.OpenAsync();

            // Tests never need a commit to survive a crash of the throwaway server: not waiting for the WAL to
            // reach the disk on each commit spares every test many flushes. Nothing visible changes.
            // CREATE DATABASE refuses to run in a transaction, and a batch is one: two commands.
            foreach (var sql in new[] { $"""CREATE DATABASE "{name}" TEMPLATE "{_template}" """, $"""ALTER DATABASE "{name}" SET synchronous_commit = off""" })
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        return new NpgsqlConnectionStringBuilder(server.ServerConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>The app role's connection to the database the owner's connection string names.</summary>
    public string AppConnection(string ownerConnectionString) =>
        new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = MesDatabase.AppRoleName, Password = AppRolePassword }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
