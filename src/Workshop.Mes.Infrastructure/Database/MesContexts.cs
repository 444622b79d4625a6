using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workshop.Mes.Domain.Audit;

namespace Workshop.Mes.Infrastructure.Database;

/// <summary>
/// Makes a short-lived <see cref="MesDbContext"/> for one operation, on the app's connection (a role that
/// owns no tables and is bound by row-level security). Services ask for the scope they work in.
/// </summary>
public sealed class MesContexts(DbContextOptions<MesDbContext> options)
{
    public MesDbContext Create(DataScope scope) => new(options, scope);

    public MesDbContext ForWorkshop(Guid workshopId, AuditActor actor, Guid? userId = null) =>
        Create(DataScope.ForWorkshop(workshopId, actor, userId));

    public MesDbContext ForPlatform(Guid? userId = null) => Create(DataScope.Platform(userId));
}

/// <summary>
/// Contexts on the owner's connection that see every workshop: migrations, the row-level security set-up and
/// demo seeding. Never handed to feature services.
/// </summary>
public sealed class MaintenanceContexts(NpgsqlDataSource ownerDataSource) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource => ownerDataSource;

    public MesDbContext Create() => DatabaseRegistration.CreateContext(ownerDataSource, DataScope.Maintenance);

    public ValueTask DisposeAsync() => ownerDataSource.DisposeAsync();
}
