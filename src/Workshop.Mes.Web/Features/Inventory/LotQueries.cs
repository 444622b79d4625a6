using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Orders;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using DomainKind = Workshop.Mes.Domain.Inventory.StockMovementKind;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>Lots with what is on hand of each, and a lot's genealogy both ways (the trace): the orders that consumed it, what they made and where that was shipped, and what made it.</summary>
internal sealed class LotQueries(MesContexts contexts)
{
    private static readonly DomainKind[] _consumption = [DomainKind.Issue, DomainKind.Backflush];

    public async Task<Page<LotView>> LotsPageAsync(WorkshopMember member, LotFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var page = await Paging.OffsetPageAsync(Lots(db, filter).OrderBy(l => l.ItemCode).ThenBy(l => l.LotNumber).ThenBy(l => l.Id), cursor, limit, cancellationToken);
        return new Page<LotView>(page.Items.Select(ToView).ToList(), page.NextCursor);
    }

    public async Task<IReadOnlyList<LotView>> LotsForExportAsync(WorkshopMember member, LotFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Export);
        await using var db = member.OpenData(contexts);
        var rows = await Lots(db, filter).OrderBy(l => l.ItemCode).ThenBy(l => l.LotNumber).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        return rows.Select(ToView).ToList();
    }

    /// <summary>The lot's genealogy both ways; null when there is no such lot in this workshop.</summary>
    /// <summary>One lot with what is on hand of it; null when it does not exist here.</summary>
    public async Task<LotView?> LotAsync(WorkshopMember member, Guid lotId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        var found = await Lots(db, new LotFilter()).SingleOrDefaultAsync(l => l.Id == lotId, cancellationToken);
        return found is null ? null : ToView(found);
    }

    public async Task<LotGenealogy?> GenealogyAsync(WorkshopMember member, Guid lotId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Read);
        await using var db = member.OpenData(contexts);
        if (await Lots(db, new LotFilter()).SingleOrDefaultAsync(l => l.Id == lotId, cancellationToken) is not { } found)
        {
            return null;
        }

        var lot = ToView(found);

        // Forwards: orders that consumed this lot, what they made, and where that went.
        var consumers = await ConsumptionAsync(db, db.StockMovements.Where(m => m.LotId == lotId), cancellationToken);
        var consumerIds = consumers.Select(c => c.WorkOrderId).ToList();
        var outputs = (await Lots(db, new LotFilter()).Where(l => l.ProducedByWorkOrderId != null && consumerIds.Contains(l.ProducedByWorkOrderId.Value)).ToListAsync(cancellationToken))
            .Select(ToView).ToList();
        var shipments = await ShipmentsAsync(db, [lotId, .. outputs.Select(o => o.Id)], cancellationToken);
        var consumedBy = consumers
            .Select(order => new GenealogyConsumer(
                order,
                outputs.Where(o => o.ProducedByWorkOrderId == order.WorkOrderId)
                    .OrderBy(o => o.LotNumber, StringComparer.Ordinal)
                    .Select(o => new GenealogyOutputLot(o, shipments.GetValueOrDefault(o.Id, [])))
                    .ToList()))
            .ToList();

        // Backwards: the order that made this lot and the material lots it consumed.
        GenealogySource? madeBy = null;
        if (lot.ProducedByWorkOrderId is { } producer && await OrderAsync(db, producer, cancellationToken) is { } order)
        {
            var consumed = await db.StockMovements
                .Where(m => m.WorkOrderId == producer && m.LotId != null && _consumption.Contains(m.Kind))
                .GroupBy(m => m.LotId!.Value)
                .Select(g => new { LotId = g.Key, Quantity = -g.Sum(m => m.Quantity) })
                .ToListAsync(cancellationToken);
            var ids = consumed.Select(c => c.LotId).ToList();
            var materialLots = (await Lots(db, new LotFilter()).Where(l => ids.Contains(l.Id)).ToListAsync(cancellationToken)).Select(ToView).ToDictionary(l => l.Id);
            var made = await db.StockMovements.Where(m => m.WorkOrderId == producer && m.LotId == lotId && m.Kind == DomainKind.Output)
                .SumAsync(m => m.Quantity, cancellationToken);
            madeBy = new GenealogySource(
                order with { Quantity = made },
                consumed.OrderBy(c => materialLots[c.LotId].ItemCode, StringComparer.Ordinal).ThenBy(c => materialLots[c.LotId].LotNumber, StringComparer.Ordinal)
                    .Select(c => new GenealogyMaterial(materialLots[c.LotId], c.Quantity)).ToList());
        }

        return new LotGenealogy(lot, consumedBy, madeBy, shipments.GetValueOrDefault(lotId, []));
    }

    private static IQueryable<LotDbRow> Lots(MesDbContext db, LotFilter filter)
    {
        var lots = db.Lots.AsNoTracking();
        if (filter.ItemId is { } itemId)
        {
            lots = lots.Where(l => l.ItemId == itemId);
        }

        var rows =
            from lot in lots
            join item in CatalogReads.Items(db) on lot.ItemId equals item.Id
            join order in WorkOrderReads.WorkOrders(db).IgnoreAutoIncludes() on lot.ProducedByWorkOrderId equals (Guid?)order.Id into orders
            from order in orders.DefaultIfEmpty()
            select new { lot, item, order };
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = Paging.Contains(filter.Search);
            rows = rows.Where(r =>
                EF.Functions.ILike(r.lot.LotNumber, pattern)
                || EF.Functions.ILike(r.item.Code, pattern)
                || EF.Functions.ILike(r.item.Name, pattern)
                || (r.lot.SupplierName != null && EF.Functions.ILike(r.lot.SupplierName, pattern)));
        }

        return rows.Select(r => new LotDbRow
        {
            Id = r.lot.Id,
            ItemId = r.item.Id,
            ItemCode = r.item.Code,
            ItemName = r.item.Name,
            Unit = r.item.Unit,
            LotNumber = r.lot.LotNumber,
            SupplierName = r.lot.SupplierName,
            ReceivedAt = r.lot.ReceivedAt,
            ExpiresOn = r.lot.ExpiresOn,
            ProducedByWorkOrderId = r.lot.ProducedByWorkOrderId,
            ProducedByWorkOrderNumber = r.order == null ? null : r.order.Number,
            OnHand = db.StockBalances.Where(b => b.LotId == r.lot.Id).Sum(b => (decimal?)b.OnHand) ?? 0,
        });
    }

    private static LotView ToView(LotDbRow r) =>
        new(r.Id, r.ItemId, r.ItemCode, r.ItemName, r.Unit, r.LotNumber, r.SupplierName, r.ReceivedAt, r.ExpiresOn, r.ProducedByWorkOrderId, r.ProducedByWorkOrderNumber, r.OnHand);

    /// <summary>The work orders that consumed the movements' lot (issue or backflush), with how much each took.</summary>
    private static async Task<List<GenealogyOrder>> ConsumptionAsync(MesDbContext db, IQueryable<Domain.Inventory.StockMovement> movements, CancellationToken cancellationToken)
    {
        var taken = await movements
            .Where(m => m.WorkOrderId != null && _consumption.Contains(m.Kind))
            .GroupBy(m => m.WorkOrderId!.Value)
            .Select(g => new { WorkOrderId = g.Key, Quantity = -g.Sum(m => m.Quantity) })
            .ToListAsync(cancellationToken);
        var orders = new List<GenealogyOrder>();
        foreach (var t in taken)
        {
            if (await OrderAsync(db, t.WorkOrderId, cancellationToken) is { } order)
            {
                orders.Add(order with { Quantity = t.Quantity });
            }
        }

        return orders.OrderBy(o => o.Number, StringComparer.Ordinal).ToList();
    }

    private static Task<GenealogyOrder?> OrderAsync(MesDbContext db, Guid workOrderId, CancellationToken cancellationToken) =>
        (from order in WorkOrderReads.WorkOrders(db).IgnoreAutoIncludes().AsNoTracking()
         where order.Id == workOrderId
         join product in CatalogReads.Items(db) on order.ProductId equals product.Id
         select new GenealogyOrder(order.Id, order.Number, product.Code, product.Name, order.Quantity))
        .SingleOrDefaultAsync(cancellationToken);

    private static async Task<Dictionary<Guid, IReadOnlyList<GenealogyShipment>>> ShipmentsAsync(MesDbContext db, List<Guid> lotIds, CancellationToken cancellationToken)
    {
        var lines = await (
            from line in OrderReads.ShipmentLines(db)
            where line.LotId != null && lotIds.Contains(line.LotId.Value)
            join shipment in OrderReads.Shipments(db).IgnoreAutoIncludes() on line.ShipmentId equals shipment.Id
            join order in OrderReads.CustomerOrders(db).IgnoreAutoIncludes() on shipment.CustomerOrderId equals order.Id
            select new { LotId = line.LotId!.Value, Shipment = new GenealogyShipment(shipment.Id, shipment.Number, order.CustomerName, shipment.ShippedAt, line.Quantity) })
            .ToListAsync(cancellationToken);
        return lines.GroupBy(l => l.LotId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<GenealogyShipment>)g.Select(l => l.Shipment).OrderBy(s => s.ShippedAt).ToList());
    }

    private sealed class LotDbRow
    {
        public required Guid Id { get; init; }

        public required Guid ItemId { get; init; }

        public required string ItemCode { get; init; }

        public required string ItemName { get; init; }

        public required string Unit { get; init; }

        public required string LotNumber { get; init; }

        public required string? SupplierName { get; init; }

        public required DateTimeOffset ReceivedAt { get; init; }

        public required DateOnly? ExpiresOn { get; init; }

        public required Guid? ProducedByWorkOrderId { get; init; }

        public required string? ProducedByWorkOrderNumber { get; init; }

        public required decimal OnHand { get; init; }
    }
}
