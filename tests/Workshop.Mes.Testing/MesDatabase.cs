using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;
using Workshop.Mes.Infrastructure.Database;
using Xunit;

namespace Workshop.Mes.Testing;

/// <summary>
/// The assembly's database: one migrated PostgreSQL database shared by every test in the assembly and
/// emptied between tests with Respawn. Register with <c>[assembly: AssemblyFixture(typeof(MesDatabase))]</c>.
/// </summary>
public sealed class MesDatabase : IAsyncLifetime
{
    private TestPostgres? _server;
    private NpgsqlDataSource? _dataSource;
    private Respawner? _respawner;

    public string ConnectionString { get; private set; } = string.Empty;

    public NpgsqlDataSource DataSource => _dataSource ?? throw new InvalidOperationException("The database is not started.");

    public async ValueTask InitializeAsync()
    {
        _server = await TestPostgres.StartAsync();
        ConnectionString = await _server.CreateDatabaseAsync("mes_test");
        _dataSource = new NpgsqlDataSourceBuilder(ConnectionString).Build();

        await using (var db = CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = await _dataSource.OpenConnectionAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToExclude = ["public"],
        });
    }

    public MesDbContext CreateContext() => DatabaseRegistration.CreateContext(DataSource);

    /// <summary>A factory like the app's, for services under test.</summary>
    public IDbContextFactory<MesDbContext> ContextFactory => new TestContextFactory(this);

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

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private sealed class TestContextFactory(MesDatabase database) : IDbContextFactory<MesDbContext>
    {
        public MesDbContext CreateDbContext() => database.CreateContext();
    }
}
