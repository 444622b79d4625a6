using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Audit;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Dashboard;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Orders;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

internal sealed record OrderRow(Guid Id, Guid ProductId, DateTimeOffset CreatedAt, DateTimeOffset? ReleasedAt, DateTimeOffset? CompletedAt, WorkOrderStatus Status, Guid? CustomerOrderLineId);

internal sealed record EventRow(Guid WorkOrderId, Guid StepId, Guid WorkerId, Guid? DeviceId, ProductionEventKind Kind, DateTimeOffset CapturedAt, DateTimeOffset ReceivedAt, bool Scanned);

internal sealed record StepRow(Guid Id, Guid WorkOrderId, decimal SetupMinutes, decimal RunMinutesPerUnit, decimal Good, decimal Scrap, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, decimal ActualMinutes);

internal sealed record DefectRow(DefectRecord Record, string CodeName, string Code, int Photos, ComparisonVerdict? Verdict);

internal sealed record MoveRow(StockMovementKind Kind, Guid ItemId, Guid? LotId, Guid? WorkOrderId, DateTimeOffset OccurredAt);

internal sealed record ShipmentRow(Guid Id, Guid CustomerOrderId, DateTimeOffset ShippedAt, IReadOnlyList<Guid> OrderLineIds, IReadOnlyList<Guid> LotIds);

internal sealed record CountRow(Guid ItemId, decimal OnHand, decimal Counted, DateTimeOffset CountedAt);

internal sealed record VisitRow(Guid UserId, string View, DateOnly Day);

internal sealed record CreatedRow(string EntityType, ActorKind Actor, Guid? ActorId, DateTimeOffset At);

internal sealed record ItemRow(Guid Id, string Name, ItemKind Kind, string Unit, bool IsActive, bool HasRouting);

/// <summary>
/// The rows of the workshop's own records the evidence rules read, loaded once for a range of dates through the
/// modules' published reads, so many weekly evaluations can be measured from one load. Everything is as the records
/// stood by <see cref="To"/>: a row created later is not here.
/// </summary>
internal sealed class WorkshopRecords
{
    public required DateTimeOffset From { get; init; }

    public required DateTimeOffset To { get; init; }

    public required TimeZoneInfo Zone { get; init; }

    public required IReadOnlyList<OrderRow> WorkOrders { get; init; }

    public required IReadOnlyList<EventRow> Events { get; init; }

    public required IReadOnlyList<StepRow> Steps { get; init; }

    public required IReadOnlyList<DefectRow> Defects { get; init; }

    public required IReadOnlyList<MoveRow> Moves { get; init; }

    public required IReadOnlyList<ShipmentRow> Shipments { get; init; }

    public required IReadOnlyDictionary<Guid, Guid?> LotProducers { get; init; }

    public required IReadOnlyList<CountRow> Counts { get; init; }

    public required int NegativeBalances { get; init; }

    public required IReadOnlyList<ItemRow> Items { get; init; }

    public required IReadOnlyList<string> CustomerNames { get; init; }

    public required IReadOnlyList<(Guid Id, bool IsActive)> Workers { get; init; }

    public required IReadOnlyList<(Guid UserId, WorkshopRole Role, DateTimeOffset GrantedAt)> Members { get; init; }

    public required IReadOnlyList<VisitRow> Visits { get; init; }

    public required IReadOnlyList<CreatedRow> OrdersCreated { get; init; }

    /// <summary>Days (workshop calendar) on which the digital champion changed anything.</summary>
    public required IReadOnlyList<DateOnly> ChampionDays { get; init; }

    public required DateTimeOffset? FirstEvent { get; init; }

    public DateOnly DayOf(DateTimeOffset moment) => WorkshopTime.DayOf(moment, Zone);

    public static async Task<WorkshopRecords> LoadAsync(MesDbContext db, WorkshopRef workshop, Guid? champion, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var orders = await WorkOrderReads.WorkOrders(db).Where(w => w.CreatedAt <= to && (w.CompletedAt == null || w.CompletedAt >= from || w.CreatedAt >= from))
            .Select(w => new OrderRow(w.Id, w.ProductId, w.CreatedAt, w.ReleasedAt, w.CompletedAt, w.Status, w.CustomerOrderLineId)).ToListAsync(cancellationToken);
        var events = await WorkOrderReads.ProductionEvents(db).Where(e => e.ReceivedAt <= to && e.CapturedAt >= from)
            .Select(e => new EventRow(e.WorkOrderId, e.WorkOrderStepId, e.WorkerId, e.DeviceId, e.Kind, e.CapturedAt, e.ReceivedAt, e.Scanned)).ToListAsync(cancellationToken);
        var orderIds = orders.Select(o => o.Id).ToList();
        var steps = await WorkOrderReads.WorkOrderSteps(db).Where(s => orderIds.Contains(s.WorkOrderId))
            .Select(s => new StepRow(s.Id, s.WorkOrderId, s.SetupMinutes, s.RunMinutesPerUnit, s.GoodQuantity, s.ScrapQuantity, s.StartedAt, s.FinishedAt, s.ActualMinutes)).ToListAsync(cancellationToken);

        var codes = await CatalogReads.DefectCodes(db).ToDictionaryAsync(c => c.Id, c => (c.Code, c.Name), cancellationToken);
        var defectRecords = await QualityReads.DefectRecords(db).IgnoreAutoIncludes().Where(d => d.RecordedAt >= from && d.RecordedAt <= to).ToListAsync(cancellationToken);
        var defectIds = defectRecords.Select(d => d.Id).ToList();
        var photos = await QualityReads.DefectPhotos(db).Where(p => defectIds.Contains(p.DefectRecordId)).GroupBy(p => p.DefectRecordId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var defects = new List<DefectRow>();
        foreach (var record in defectRecords)
        {
            var verdict = record.CorrectiveAction is { Length: > 0 } ? await DefectOutcomes.VerdictAsync(db, record, to, cancellationToken) : null;
            var (code, name) = codes.GetValueOrDefault(record.DefectCodeId, (string.Empty, string.Empty));
            defects.Add(new DefectRow(record, name, code, photos.GetValueOrDefault(record.Id), verdict));
        }

        var moves = await InventoryReads.StockMovements(db).Where(m => m.OccurredAt >= from && m.OccurredAt <= to)
            .Select(m => new MoveRow(m.Kind, m.ItemId, m.LotId, m.WorkOrderId, m.OccurredAt)).ToListAsync(cancellationToken);
        var shipmentRows = await OrderReads.Shipments(db).Where(s => s.ShippedAt >= from && s.ShippedAt <= to).Select(s => new { s.Id, s.CustomerOrderId, s.ShippedAt }).ToListAsync(cancellationToken);
        var shipmentIds = shipmentRows.Select(s => s.Id).ToList();
        var shipmentLines = await OrderReads.ShipmentLines(db).Where(l => shipmentIds.Contains(l.ShipmentId)).Select(l => new { l.ShipmentId, l.CustomerOrderLineId, l.LotId }).ToListAsync(cancellationToken);
        var shipments = shipmentRows.Select(s => new ShipmentRow(s.Id, s.CustomerOrderId, s.ShippedAt,
            shipmentLines.Where(l => l.ShipmentId == s.Id).Select(l => l.CustomerOrderLineId).Distinct().ToList(),
            shipmentLines.Where(l => l.ShipmentId == s.Id && l.LotId != null).Select(l => l.LotId!.Value).Distinct().ToList())).ToList();
        var shippedLots = shipments.SelectMany(s => s.LotIds).Distinct().ToList();
        var lotProducers = await InventoryReads.Lots(db).Where(l => shippedLots.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.ProducedByWorkOrderId, cancellationToken);
        var producers = lotProducers.Values.OfType<Guid>().Distinct().ToList();
        var consumed = await InventoryReads.StockMovements(db)
            .Where(m => m.WorkOrderId != null && producers.Contains(m.WorkOrderId.Value) && m.LotId != null && (m.Kind == StockMovementKind.Issue || m.Kind == StockMovementKind.Backflush))
            .Select(m => new MoveRow(m.Kind, m.ItemId, m.LotId, m.WorkOrderId, m.OccurredAt)).ToListAsync(cancellationToken);
        moves.AddRange(consumed.Where(c => c.OccurredAt < from));

        var counts = await InventoryReads.StockCountLines(db).Where(c => c.CountedAt >= from && c.CountedAt <= to)
            .Select(c => new CountRow(c.ItemId, c.OnHand, c.Counted, c.CountedAt)).ToListAsync(cancellationToken);
        var negative = await InventoryReads.StockBalances(db).CountAsync(b => b.OnHand < 0, cancellationToken);

        var routed = await CatalogReads.RoutingSteps(db).Select(r => r.ProductId).Distinct().ToListAsync(cancellationToken);
        var items = await CatalogReads.Items(db).Select(i => new ItemRow(i.Id, i.Name, i.Kind, i.Unit, i.IsActive, routed.Contains(i.Id))).ToListAsync(cancellationToken);
        var customers = await OrderReads.CustomerOrders(db).Select(o => o.CustomerName).Distinct().ToListAsync(cancellationToken);

        var workers = await WorkshopReads.Workers(db).Select(w => new { w.Id, w.IsActive }).ToListAsync(cancellationToken);
        var members = await WorkshopReads.Memberships(db).Select(m => new { m.UserId, m.Role, m.GrantedAt }).ToListAsync(cancellationToken);
        var visits = await DashboardVisits.Between(db, WorkshopTime.DayOf(from, workshop.Zone), WorkshopTime.DayOf(to, workshop.Zone))
            .Select(v => new VisitRow(v.UserId, v.View, v.Day)).ToListAsync(cancellationToken);

        string[] created = ["CustomerOrder", "WorkOrder"];
        var ordersCreated = await AuditReads.AuditEntries(db)
            .Where(a => a.Action == AuditAction.Created && created.Contains(a.EntityType) && a.OccurredAt >= from && a.OccurredAt <= to)
            .Select(a => new CreatedRow(a.EntityType, a.ActorKind, a.ActorId, a.OccurredAt)).ToListAsync(cancellationToken);
        var championMoments = champion is { } user
            ? await AuditReads.AuditEntries(db).Where(a => a.ActorId == user && a.OccurredAt >= from && a.OccurredAt <= to).Select(a => a.OccurredAt).ToListAsync(cancellationToken)
            : [];
        var firstEvent = await WorkOrderReads.ProductionEvents(db).Where(e => e.ReceivedAt <= to).MinAsync(e => (DateTimeOffset?)e.CapturedAt, cancellationToken);

        return new WorkshopRecords
        {
            From = from,
            To = to,
            Zone = workshop.Zone,
            WorkOrders = orders,
            Events = events,
            Steps = steps,
            Defects = defects,
            Moves = moves,
            Shipments = shipments,
            LotProducers = lotProducers,
            Counts = counts,
            NegativeBalances = negative,
            Items = items,
            CustomerNames = customers,
            Workers = workers.Select(w => (w.Id, w.IsActive)).ToList(),
            Members = members.Select(m => (m.UserId, m.Role, m.GrantedAt)).ToList(),
            Visits = visits,
            OrdersCreated = ordersCreated,
            ChampionDays = championMoments.Select(m => WorkshopTime.DayOf(m, workshop.Zone)).Distinct().ToList(),
            FirstEvent = firstEvent,
        };
    }
}
