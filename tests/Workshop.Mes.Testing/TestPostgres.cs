using DotNet.Testcontainers.Builders;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testcontainers.PostgreSql;
using Workshop.Mes.Infrastructure.Database.Embedded;

namespace Workshop.Mes.Testing;

/// <summary>
/// One real PostgreSQL server for a test assembly: a Testcontainers container when a Docker engine
/// answers, otherwise a throwaway local cluster from the app's own embedded launcher.
/// Set <c>MES_TEST_POSTGRES=embedded</c> or <c>=docker</c> to force one.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    // Pinned to the same image docker-compose.yml uses.
    public const string Image = "postgres:16.6-bookworm";

    private readonly PostgreSqlContainer? _container;
    private readonly EmbeddedPostgres? _embedded;
    private readonly string? _dataFolder;

    private TestPostgres(string serverConnectionString, string kind, PostgreSqlContainer? container, EmbeddedPostgres? embedded, string? dataFolder)
    {
        ServerConnectionString = serverConnectionString;
        Kind = kind;
        _container = container;
        _embedded = embedded;
        _dataFolder = dataFolder;
    }

    /// <summary>Superuser connection to the server's default database.</summary>
    public string ServerConnectionString { get; }

    /// <summary>"docker" or "embedded", for the test log.</summary>
    public string Kind { get; }

    public static async Task<TestPostgres> StartAsync()
    {
        var wanted = Environment.GetEnvironmentVariable("MES_TEST_POSTGRES");
        if (wanted != "embedded")
        {
            try
            {
                var container = new PostgreSqlBuilder(Image).Build();
                await container.StartAsync();
                return new TestPostgres(container.GetConnectionString(), "docker", container, null, null);
            }
            catch (DockerUnavailableException) when (wanted != "docker")
            {
                // No Docker engine here: fall through to a local cluster.
            }
        }

        var dataFolder = Path.Combine(Path.GetTempPath(), "workshop-mes-tests", Guid.NewGuid().ToString("N")[..12]);
        var embedded = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions { DataFolder = dataFolder, Database = "postgres" },
            NullLogger.Instance);
        return new TestPostgres(embedded.ConnectionString, "embedded", null, embedded, dataFolder);
    }

    /// <summary>Creates an empty database with a fresh name and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 63)].ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }

        if (_dataFolder is not null && Directory.Exists(_dataFolder))
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }
}
