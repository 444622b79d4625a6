using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Workshop.Mes.Infrastructure.Database;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a running database.</summary>
internal sealed class DesignTimeMesDbContextFactory : IDesignTimeDbContextFactory<MesDbContext>
{
    public MesDbContext CreateDbContext(string[] args) =>
        DatabaseRegistration.CreateContext(new NpgsqlDataSourceBuilder("Host=localhost;Database=workshop_mes_design").Build(), DataScope.Maintenance);
}
