using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>The rollups' SQL: an increment that concurrent events cannot lose, and the lock that keeps a rebuild apart from them.</summary>
internal static class RollupUpserts
{
    /// <summary>Adds <paramref name="change"/> to the row of <paramref name="key"/>, creating it at zero first if there is none.</summary>
    public static Task AddAsync(MesDbContext db, Guid workshopId, RollupKey key, RollupMeasures change, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO dashboard.production_rollups AS r
                (id, workshop_id, workstation_id, product_id, hour, good_quantity, scrap_quantity, defect_count, defect_cost, run_minutes, down_minutes)
            VALUES ({Guid.CreateVersion7()}, {workshopId}, {key.WorkstationId}, {key.ProductId}, {key.Hour}, {change.Good}, {change.Scrap}, {change.Defects}, {change.DefectCost}, {change.RunMinutes}, {change.DownMinutes})
            ON CONFLICT (workshop_id, workstation_id, product_id, hour) DO UPDATE SET
                good_quantity = r.good_quantity + excluded.good_quantity,
                scrap_quantity = r.scrap_quantity + excluded.scrap_quantity,
                defect_count = r.defect_count + excluded.defect_count,
                defect_cost = r.defect_cost + excluded.defect_cost,
                run_minutes = r.run_minutes + excluded.run_minutes,
                down_minutes = r.down_minutes + excluded.down_minutes
            """,
            cancellationToken);

    /// <summary>Removes the row of <paramref name="key"/> if a decrease left every measure at zero: such a row means nothing, and a rebuild would not write it.</summary>
    public static Task RemoveIfEmptyAsync(MesDbContext db, Guid workshopId, RollupKey key, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM dashboard.production_rollups
            WHERE workshop_id = {workshopId} AND workstation_id IS NOT DISTINCT FROM {key.WorkstationId}::uuid AND product_id IS NOT DISTINCT FROM {key.ProductId}::uuid
              AND hour = {key.Hour} AND good_quantity = 0 AND scrap_quantity = 0 AND defect_count = 0 AND defect_cost = 0 AND run_minutes = 0 AND down_minutes = 0
            """,
            cancellationToken);

    /// <summary>
    /// An event's increments hold the workshop's rollup lock shared until they commit; a rebuild holds it alone, so
    /// it reads every committed event and no event adds to rows it is about to replace.
    /// </summary>
    public static Task LockForEventAsync(MesDbContext db, Guid workshopId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock_shared({LockKey}, hashtext({workshopId.ToString()}))", cancellationToken);

    /// <inheritdoc cref="LockForEventAsync"/>
    public static Task LockForRebuildAsync(MesDbContext db, Guid workshopId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey}, hashtext({workshopId.ToString()}))", cancellationToken);

    /// <summary>The advisory lock space of the rollups ('ROLL').</summary>
    private const int LockKey = 0x524F4C4C;
}
