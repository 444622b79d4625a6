using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Serilog;
using Serilog.Extensions.Logging;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.Database.Embedded;
using Workshop.Mes.Infrastructure.DemoData;

namespace Workshop.Mes.Web.Hosting;

/// <summary>How this process reached its database, and what it does with it on start.</summary>
internal sealed record DatabaseMode(bool Embedded, bool MigrateOnStart, bool SeedDemoData);

internal static class DatabaseHosting
{
    /// <summary>The login role the app connects as in embedded mode; it owns nothing and row-level security binds it.</summary>
    public const string EmbeddedAppRole = "workshop_mes_app";

    /// <summary>
    /// Uses <c>ConnectionStrings:Mes</c> (the app's role) and <c>ConnectionStrings:MesOwner</c> (the tables'
    /// owner, for migrations) when they are set; otherwise starts (or joins) the embedded cluster in the data
    /// folder, which is then stopped when the app's services are disposed.
    /// </summary>
    public static async Task AddMesDatabaseAsync(this WebApplicationBuilder builder)
    {
        var options = DatabaseOptions.Of(builder.Configuration);
        var connectionString = builder.Configuration.GetConnectionString("Mes");
        var ownerConnectionString = builder.Configuration.GetConnectionString("MesOwner");
        var embedded = string.IsNullOrWhiteSpace(connectionString);

        if (embedded)
        {
            var postgres = await StartEmbeddedAsync(builder, options);
            ownerConnectionString = postgres.ConnectionString;
            connectionString = new NpgsqlConnectionStringBuilder(postgres.ConnectionString)
            {
                Username = EmbeddedAppRole,
                Password = await ReadOrCreateAppPasswordAsync(options.DataFolderPath(builder.Environment)),
            }.ConnectionString;

            // Registered through a factory so the container owns it and stops the cluster on dispose.
            builder.Services.AddSingleton(_ => postgres);
        }

        builder.Services.AddSingleton(new DatabaseMode(
            embedded,
            options.MigrateOnStart ?? embedded,
            options.SeedDemoData ?? embedded));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMesDatabase(new MesConnections(connectionString!, string.IsNullOrWhiteSpace(ownerConnectionString) ? connectionString! : ownerConnectionString));
        builder.Services.AddSingleton<DemoDataSeeder>();
    }

    /// <summary>Migrates and seeds as the mode says; the embedded demo does both, production neither.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var mode = OwnEmbeddedCluster(app.Services);
        if (mode.MigrateOnStart)
        {
            await MigrateAsync(app.Services, app.Lifetime.ApplicationStopping);
        }

        if (mode.SeedDemoData)
        {
            await SeedDemoDataAsync(app.Services, app.Lifetime.ApplicationStopping);
        }
    }

    /// <summary>
    /// Writes the demo workshops into an empty database, then builds their rollups: the seeder writes history as raw
    /// records, around the capture that keeps the rollups (ADR 0063), and the dashboard reads only the rollups.
    /// </summary>
    public static async Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!await services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(cancellationToken))
        {
            return;
        }

        using var report = new StringWriter();
        await Features.Dashboard.RebuildRollupsCommand.RunAsync(services, [Features.Dashboard.RebuildRollupsCommand.Name], report, report, cancellationToken);
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseHosting).FullName!)
            .LogInformation("Demo data seeded; rollups built: {Report}", report.ToString().Trim());

        // The demo's months of history get their weekly stage evaluations at once, so its stage is stable from the start.
        await Features.Assessment.WeeklyEvaluationJob.RunOnceAsync(services, null, cancellationToken);
    }

    /// <summary>Resolving the cluster makes the container own it, so disposing the app stops it.</summary>
    public static DatabaseMode OwnEmbeddedCluster(IServiceProvider services)
    {
        var mode = services.GetRequiredService<DatabaseMode>();
        if (mode.Embedded)
        {
            services.GetRequiredService<EmbeddedPostgres>();
        }

        return mode;
    }

    /// <summary>
    /// As the owner: makes sure the app's login role exists, applies the migrations, then grants the app role its
    /// rights and (re)creates the row-level security policies. Returns how many migrations were applied.
    /// </summary>
    public static async Task<int> MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var maintenance = services.GetRequiredService<MaintenanceContexts>();
        await DatabaseSecurity.EnsureAppLoginAsync(maintenance.DataSource, services.GetRequiredService<MesConnections>().App, cancellationToken);
        await using var db = maintenance.Create();
        var history = db.GetService<IHistoryRepository>();
        var applied = await history.ExistsAsync(cancellationToken) ? (await history.GetAppliedMigrationsAsync(cancellationToken)).Count : 0;
        await db.Database.MigrateAsync(cancellationToken);
        await DatabaseSecurity.ApplyAsync(db, cancellationToken);
        return db.Database.GetMigrations().Count() - applied;
    }

    /// <summary>The embedded app role's password: made once, kept beside the cluster, readable by this user only.</summary>
    private static async Task<string> ReadOrCreateAppPasswordAsync(string dataFolder)
    {
        var file = Path.Combine(dataFolder, "app.password");
        if (File.Exists(file))
        {
            return (await File.ReadAllTextAsync(file)).Trim();
        }

        var password = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        Directory.CreateDirectory(dataFolder);
        await File.WriteAllTextAsync(file, password);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return password;
    }

    private static async Task<EmbeddedPostgres> StartEmbeddedAsync(WebApplicationBuilder builder, DatabaseOptions options)
    {
        // The app's logger does not exist before Build(), so the launcher logs through a bootstrap logger.
        using var bootstrap = new LoggerConfiguration().ForMes(builder).CreateLogger();
        using var loggerFactory = new SerilogLoggerFactory(bootstrap);
        var dataFolder = options.DataFolderPath(builder.Environment);
        return await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions
            {
                DataFolder = dataFolder,
                BinariesPath = options.Embedded.BinariesPath,
                Port = options.Embedded.Port,
                SearchPaths = options.Embedded.SearchPaths,
                UnprivilegedUser = options.Embedded.UnprivilegedUser,
            },
            loggerFactory.CreateLogger<EmbeddedPostgres>());
    }
}
