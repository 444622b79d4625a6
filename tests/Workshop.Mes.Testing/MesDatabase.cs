using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workshop.Mes.Infrastructure.Database;
using Xunit;

namespace Workshop.Mes.Testing;

/// <summary>
/// A test class's own database: a fresh copy of the migrated template on the assembly's
/// <see cref="MesDatabaseServer"/>, emptied before each test. Register with <c>IClassFixture&lt;MesDatabase&gt;</c> on
/// every class that uses it, so classes run in parallel, each on its own rows, while the tests of one class run one
/// at a time. Like the app, it has two ways in: the owner's (arranging and checking test data, seeing every workshop)
/// and the app role's (bound by row-level security), which services and hosts under test use.
/// </summary>
public sealed class MesDatabase(MesDatabaseServer server) : IAsyncLifetime
{
    public const string AppRoleName = "mes_test_app";

    private NpgsqlDataSource? _dataSource;
    private NpgsqlDataSource? _appDataSource;
    private readonly Dictionary<Type, IAsyncDisposable> _sharedByClass = [];
    private string _resetSql = string.Empty;

    /// <summary>The owner's connection (a superuser): migrations and test arrangement.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>The app role's connection: owns nothing, bound by row-level security.</summary>
    public string AppConnectionString { get; private set; } = string.Empty;

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The database is not started.");

    public NpgsqlDataSource AppDataSource => _appDataSource ?? throw new InvalidOperationException("The database is not started.");

    /// <summary>Context maker on the app role, as the app registers it.</summary>
    public MesContexts Contexts => DatabaseRegistration.CreateContexts(AppDataSource, []);

    public MesConnections Connections => new(AppConnectionString, ConnectionString);

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await server.CopyAsync();
        AppConnectionString = server.AppConnection(ConnectionString);
        _dataSource = new NpgsqlDataSourceBuilder(ConnectionString).Build();
        _appDataSource = new NpgsqlDataSourceBuilder(AppConnectionString).Build();

        // The first connections to a new copy sign in and load the server's catalog caches, and the app role's first
        // context builds its model; pay for that here, not inside the class's first test (whose page might
        // otherwise miss a render deadline on a busy machine).
        await using (var warm = _dataSource.CreateCommand("SELECT 1"))
        {
            await warm.ExecuteScalarAsync();
        }

        await using (var db = Contexts.ForPlatform())
        {
            await db.Users.AnyAsync();
        }

        // DELETE, not TRUNCATE: a test leaves a few rows in a few tables, and deleting them (and nothing from the
        // empty tables) takes milliseconds, where truncating every table rewrites ~40 tables' files each time.
        // The owner is a superuser: "replica" skips the foreign-key triggers, so the order does not matter.
        _resetSql = "SET LOCAL session_replication_role = replica;\n"
            + string.Concat(server.ModuleTables.Select(table => $"DELETE FROM {table};\n"));
    }

    /// <summary>A context on the owner's connection that sees every workshop, for arranging and checking.</summary>
    public MesDbContext CreateContext() => DatabaseRegistration.CreateContext(DataSource, DataScope.Maintenance);

    /// <summary>Maintenance contexts on the owner's connection, as the app's seeder and migrations use.</summary>
    public MaintenanceContexts Maintenance => new(DataSource);

    /// <summary>Empties every module table (all but the migrations history); call at the start of each test.</summary>
    public async Task ResetAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var command = new NpgsqlCommand(_resetSql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>
    /// The class's one object of a kind (a host, say): made on first use, disposed with the database when the
    /// class is done. Each test still starts from an emptied database.
    /// </summary>
    public T SharedByClass<T>(Func<T> create)
        where T : class, IAsyncDisposable
    {
        lock (_sharedByClass)
        {
            if (!_sharedByClass.TryGetValue(typeof(T), out var shared))
            {
                shared = create();
                _sharedByClass.Add(typeof(T), shared);
            }

            return (T)shared;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var shared in _sharedByClass.Values)
        {
            await shared.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_appDataSource is not null)
        {
            await _appDataSource.DisposeAsync();
        }
    }
}
