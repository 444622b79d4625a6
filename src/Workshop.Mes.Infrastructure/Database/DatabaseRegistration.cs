using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Workshop.Mes.Infrastructure.Database;

public static class DatabaseRegistration
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>Registers one Npgsql data source and a <see cref="MesDbContext"/> factory over it.</summary>
    public static IServiceCollection AddMesDatabase(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        services.AddDbContextFactory<MesDbContext>((provider, options) =>
            Configure(options, provider.GetRequiredService<NpgsqlDataSource>()));
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, "public"))
            .UseSnakeCaseNamingConvention();

    public static MesDbContext CreateContext(NpgsqlDataSource dataSource)
    {
        var options = new DbContextOptionsBuilder<MesDbContext>();
        Configure(options, dataSource);
        return new MesDbContext(options.Options);
    }
}
