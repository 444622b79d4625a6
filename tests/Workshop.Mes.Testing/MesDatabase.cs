using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;
using Workshop.Mes.Infrastructure.Database;
using Xunit;

namespace Workshop.Mes.Testing;

/// <summary>
/// The assembly's database: one migrated PostgreSQL database shared by every test in the assembly and
/// emptied between tests with Respawn. Register with <c>[assembly: AssemblyFixture(typeof(MesDatabase))]</c>.
/// Like the app, it has two ways in: the owner's (arranging and checking test data, seeing every workshop)
/// and the app role's (bound by row-level security), which services and hosts under test use.
/// </summary>
public sealed class MesDatabase : IAsyncLifetime
{
    public const string AppRoleName = "mes_test_app";

    private TestPostgres? _server;
    private NpgsqlDataSource? _dataSource;
    private NpgsqlDataSource? _appDataSource;
    private Respawner? _respawner;

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
        _server = await TestPostgres.StartAsync();
        ConnectionString = await _server.CreateDatabaseAsync("mes_test");
        AppConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Username = AppRoleName, Password = "app-" + Guid.NewGuid().ToString("N") }.ConnectionString;
        _dataSource = new NpgsqlDataSourceBuilder(ConnectionString).Build();
        _appDataSource = new NpgsqlDataSourceBuilder(AppConnectionString).Build();

        await DatabaseSecurity.EnsureAppLoginAsync(_dataSource, AppConnectionString, CancellationToken.None);
        await using (var db = CreateContext())
        {
            await db.Database.MigrateAsync();
            await DatabaseSecurity.ApplyAsync(db, CancellationToken.None);
        }

        await using var connection = await _dataSource.OpenConnectionAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToExclude = ["public"],
        });
    }

    /// <summary>A context on the owner's connection that sees every workshop, for arranging and checking.</summary>
    public MesDbContext CreateContext() => DatabaseRegistration.CreateContext(DataSource, DataScope.Maintenance);

    /// <summary>Maintenance contexts on the owner's connection, as the app's seeder and migrations use.</summary>
    public MaintenanceContexts Maintenance => new(DataSource);

    /// <summary>Empties every module table; call at the start of each test.</summary>
    public async Task ResetAsync()
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await _respawner!.ResetAsync(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_appDataSource is not null)
        {
            await _appDataSource.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
