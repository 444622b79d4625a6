using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Changes;

/// <summary>
/// The one way a module says what happened (ADR 0060): PostgreSQL notifications sent in the writer's own
/// transaction, which PostgreSQL delivers to every instance's listener when that transaction commits and drops when
/// it rolls back.
/// </summary>
[ModuleSurface]
internal static class ChangePublisher
{
    /// <summary>Publishes <paramref name="change"/> with <paramref name="db"/>'s open transaction; without one it throws, as the change could be heard and then not happen.</summary>
    public static Task PublishAsync(MesDbContext db, WorkshopChange change, CancellationToken cancellationToken) =>
        PublishAsync(db, [change], cancellationToken);

    /// <summary>Saves <paramref name="db"/> and publishes <paramref name="change"/> in one transaction (the caller's when it has one), for a writer that saves once.</summary>
    public static async Task SaveAndPublishAsync(MesDbContext db, WorkshopChange change, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
            await PublishAsync(db, change, cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await PublishAsync(db, change, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A floor or office event stored: production recorded, and a defect record or an order's new status when it made them.</summary>
    public static Task PublishProductionAsync(MesDbContext db, Guid workshopId, Guid workOrderId, bool defectRecorded, bool statusChanged, CancellationToken cancellationToken)
    {
        List<WorkshopChange> changes = [new(workshopId, ChangeKind.ProductionRecorded, workOrderId)];
        if (defectRecorded)
        {
            changes.Add(new(workshopId, ChangeKind.DefectRecorded, workOrderId));
        }

        if (statusChanged)
        {
            changes.Add(new(workshopId, ChangeKind.OrderStatusChanged, workOrderId));
        }

        return PublishAsync(db, changes, cancellationToken);
    }

    /// <summary>Publishes the changes in one round trip, with <paramref name="db"/>'s open transaction.</summary>
    public static async Task PublishAsync(MesDbContext db, IReadOnlyCollection<WorkshopChange> changes, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A change is published inside the writer's transaction, so that it is heard only if it commits.");
        }

        if (changes.Count == 0)
        {
            return;
        }

        var payloads = changes.Select(ChangePayload.Format).ToArray();
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({ChangePayload.Channel}, payload) FROM unnest({payloads}) AS payload", cancellationToken);
    }
}
