using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Workshop.Mes.Infrastructure.Database;

/// <summary>The two ways in: the app's role for everything the app does, the owner's role for maintenance.</summary>
/// <param name="App">Connects as a role that owns no tables (row-level security applies).</param>
/// <param name="Owner">Connects as the tables' owner: migrations, security set-up, demo seeding.</param>
public sealed record MesConnections(string App, string Owner);

public static class DatabaseRegistration
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>Registers the app's data source, the context makers for both roles and a scoped platform context for Identity.</summary>
    public static IServiceCollection AddMesDatabase(this IServiceCollection services, MesConnections connections)
    {
        services.AddSingleton(connections);
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connections.App).Build());
        services.AddSingleton(provider => CreateContexts(
            provider.GetRequiredService<NpgsqlDataSource>(),
            provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()));
        services.AddSingleton(_ => new MaintenanceContexts(new NpgsqlDataSourceBuilder(connections.Owner).Build()));

        // ASP.NET Core Identity's stores take a scoped context; accounts live outside any workshop.
        services.AddScoped(provider => provider.GetRequiredService<MesContexts>().ForPlatform());
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, "public"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(WorkshopConnectionInterceptor.Instance);

    public static MesDbContext CreateContext(NpgsqlDataSource dataSource, DataScope scope) =>
        new(Options(dataSource, []), scope);

    /// <summary>The app's context maker over <paramref name="appDataSource"/>, with the extra interceptors (audit) the host registers.</summary>
    public static MesContexts CreateContexts(NpgsqlDataSource appDataSource, IEnumerable<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> interceptors) =>
        new(Options(appDataSource, interceptors));

    private static DbContextOptions<MesDbContext> Options(NpgsqlDataSource dataSource, IEnumerable<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> interceptors)
    {
        var options = new DbContextOptionsBuilder<MesDbContext>();
        Configure(options, dataSource);
        options.AddInterceptors(interceptors);
        return options.Options;
    }
}
