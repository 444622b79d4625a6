using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkOrderStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Audit;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Orders;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.WorkOrders.Timeline;

/// <summary>
/// Everything that happened to one work order, oldest first: its status changes (from its own timestamps and
/// the audit trail), the floor's events, defects with their photos, components consumed, lots made and shipped.
/// </summary>
internal sealed class WorkOrderTimeline(MesContexts contexts)
{
    /// <summary>Null when there is no such order here.</summary>
    public async Task<IReadOnlyList<TimelineEntry>?> ForAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var order = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var entries = new List<TimelineOrder.Recorded>();
        entries.AddRange(AsRecorded(await StatusChangesAsync(db, order, cancellationToken)));
        entries.AddRange(await ProductionAsync(db, order, cancellationToken));
        entries.AddRange(AsRecorded(await DefectsAsync(db, order, cancellationToken)));
        entries.AddRange(AsRecorded(await StockAsync(db, order, cancellationToken)));
        return TimelineOrder.Sort(entries);
    }

    private static async Task<List<TimelineEntry>> StatusChangesAsync(MesDbContext db, WorkOrder order, CancellationToken cancellationToken)
    {
        var audit = await AuditReads.AuditEntries(db)
            .Where(a => a.EntityType == nameof(WorkOrder) && a.EntityId == order.Id)
            .OrderBy(a => a.OccurredAt)
            .ToListAsync(cancellationToken);
        var changes = audit.Select(a => (Entry: a, Before: Status(a.Before), After: Status(a.After), Reason: Text(a.After, "holdReason"))).ToList();
        string? ActorOf(Func<(AuditEntry Entry, string? Before, string? After, string? Reason), bool> match) =>
            changes.FirstOrDefault(match).Entry?.ActorName;

        var entries = new List<TimelineEntry>
        {
            new(order.CreatedAt, TimelineKind.Created, ActorOf(c => c.Entry.Action == AuditAction.Created)),
        };
        if (order.ReleasedAt is { } released)
        {
            entries.Add(new(released, TimelineKind.Released, ActorOf(c => c.After == nameof(WorkOrderStatus.Released) && c.Before == nameof(WorkOrderStatus.Draft))));
        }

        if (order.CompletedAt is { } completed)
        {
            entries.Add(new(completed, TimelineKind.Completed, ActorOf(c => c.After == nameof(WorkOrderStatus.Completed)), Note: order.ClosedShortReason));
        }

        foreach (var change in changes.Where(c => c.Entry.Action == AuditAction.Updated))
        {
            var kind = change switch
            {
                { After: nameof(WorkOrderStatus.OnHold) } => TimelineKind.Held,
                { Before: nameof(WorkOrderStatus.OnHold), After: nameof(WorkOrderStatus.Released) or nameof(WorkOrderStatus.InProgress) } => TimelineKind.Resumed,
                { After: nameof(WorkOrderStatus.Cancelled) } => TimelineKind.Cancelled,
                _ => (TimelineKind?)null,
            };
            if (kind is { } found)
            {
                entries.Add(new(change.Entry.OccurredAt, found, change.Entry.ActorName, Note: found switch
                {
                    TimelineKind.Held => change.Reason,
                    TimelineKind.Cancelled => Text(change.Entry.After, "note"),
                    _ => null,
                }));
            }
        }

        return entries;
    }

    /// <summary>Entries the server stamped as they happened: recorded when they happened.</summary>
    private static IEnumerable<TimelineOrder.Recorded> AsRecorded(IEnumerable<TimelineEntry> entries) =>
        entries.Select(e => new TimelineOrder.Recorded(e, e.At));

    /// <summary>The floor's events, each with the time the server received it (an office entry's time is typed to the minute).</summary>
    private static async Task<List<TimelineOrder.Recorded>> ProductionAsync(MesDbContext db, WorkOrder order, CancellationToken cancellationToken)
    {
        var rows = await (from e in db.ProductionEvents.AsNoTracking()
                          join worker in WorkshopReads.Workers(db) on e.WorkerId equals worker.Id
                          where e.WorkOrderId == order.Id
                          select new { Event = e, WorkerName = worker.DisplayName })
            .ToListAsync(cancellationToken);
        var steps = order.Steps.ToDictionary(s => s.Id);
        return [.. rows.Select(r => new TimelineOrder.Recorded(new TimelineEntry(
            r.Event.CapturedAt,
            r.Event.Kind switch
            {
                ProductionEventKind.Start => TimelineKind.StepStarted,
                ProductionEventKind.Pause => TimelineKind.StepPaused,
                ProductionEventKind.Resume => TimelineKind.StepResumed,
                ProductionEventKind.Output => TimelineKind.Output,
                ProductionEventKind.Finish => TimelineKind.StepFinished,
                _ => TimelineKind.Correction,
            },
            StepSequence: steps.GetValueOrDefault(r.Event.WorkOrderStepId)?.Sequence,
            Operation: steps.GetValueOrDefault(r.Event.WorkOrderStepId)?.Operation,
            WorkerName: r.WorkerName,
            GoodQuantity: r.Event.GoodQuantity,
            ScrapQuantity: r.Event.ScrapQuantity,
            Note: r.Event.Note), r.Event.ReceivedAt))];
    }

    private static async Task<List<TimelineEntry>> DefectsAsync(MesDbContext db, WorkOrder order, CancellationToken cancellationToken)
    {
        var defects = await (from d in QualityReads.DefectRecords(db).IgnoreAutoIncludes()
                             join code in CatalogReads.DefectCodes(db) on d.DefectCodeId equals code.Id
                             where d.WorkOrderId == order.Id
                             select new { d.Id, d.Number, d.RecordedAt, d.Quantity, d.WorkOrderStepId, d.Note, Code = code.Name, Cost = d.Cost.Material + d.Cost.ReworkLabour + d.Cost.LostTime })
            .ToListAsync(cancellationToken);
        var ids = defects.Select(d => d.Id).ToList();
        var photos = (await QualityReads.DefectPhotos(db).Where(p => ids.Contains(p.DefectRecordId)).Select(p => new { p.Id, p.DefectRecordId }).ToListAsync(cancellationToken))
            .ToLookup(p => p.DefectRecordId, p => p.Id);
        var steps = order.Steps.ToDictionary(s => s.Id);
        return [.. defects.Select(d => new TimelineEntry(
            d.RecordedAt,
            TimelineKind.Defect,
            StepSequence: d.WorkOrderStepId is { } stepId ? steps.GetValueOrDefault(stepId)?.Sequence : null,
            ScrapQuantity: d.Quantity,
            Reference: d.Number,
            Note: d.Note is null ? d.Code : $"{d.Code} · {d.Note}",
            PhotoIds: [.. photos[d.Id]],
            DefectId: d.Id,
            Cost: d.Cost))];
    }

    private static async Task<List<TimelineEntry>> StockAsync(MesDbContext db, WorkOrder order, CancellationToken cancellationToken)
    {
        var movements = await (from m in InventoryReads.StockMovements(db)
                               join item in CatalogReads.Items(db) on m.ItemId equals item.Id
                               join lot in InventoryReads.Lots(db) on m.LotId equals (Guid?)lot.Id into lots
                               from lot in lots.DefaultIfEmpty()
                               where m.WorkOrderId == order.Id && m.Kind != StockMovementKind.TransferOut
                               select new { m.Kind, m.OccurredAt, m.Quantity, item.Code, item.Name, LotNumber = lot == null ? null : lot.LotNumber })
            .ToListAsync(cancellationToken);
        var entries = movements.Select(m => new TimelineEntry(
            m.OccurredAt,
            m.Kind switch
            {
                StockMovementKind.Output => TimelineKind.OutputLot,
                StockMovementKind.TransferIn => TimelineKind.KitIssued,
                _ => TimelineKind.MaterialConsumed,
            },
            ItemCode: m.Code,
            ItemName: m.Name,
            LotNumber: m.LotNumber,
            Quantity: Math.Abs(m.Quantity))).ToList();

        var shipped = await (from line in OrderReads.ShipmentLines(db)
                             join shipment in OrderReads.Shipments(db).IgnoreAutoIncludes() on line.ShipmentId equals shipment.Id
                             join lot in InventoryReads.Lots(db) on line.LotId equals (Guid?)lot.Id
                             where lot.ProducedByWorkOrderId == order.Id
                             select new { shipment.ShippedAt, shipment.Number, line.Quantity, lot.LotNumber })
            .ToListAsync(cancellationToken);
        entries.AddRange(shipped.Select(s => new TimelineEntry(s.ShippedAt, TimelineKind.Shipped, LotNumber: s.LotNumber, Quantity: s.Quantity, Reference: s.Number)));
        return entries;
    }

    private static string? Status(string? json) => Text(json, "status");

    private static string? Text(string? json, string property)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
