using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>What a list of shipments is narrowed to.</summary>
/// <param name="Search">Part of the shipment number, the order number or the customer.</param>
internal sealed record ShipmentFilter(string? Search = null, Guid? CustomerOrderId = null);

internal enum ShipmentSort
{
    ShippedAtDescending,
    ShippedAt,
    Number,
    NumberDescending,
}

/// <summary>
/// Shipments (출하): finished lots leave against order lines. Each shipment takes the stock through the ledger and
/// books the order lines in one transaction, so every shipment traces back to its order and lots.
/// </summary>
internal sealed class ShipmentService(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public static readonly IReadOnlyDictionary<string, ShipmentSort> Sorts = new Dictionary<string, ShipmentSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["-shippedAt"] = ShipmentSort.ShippedAtDescending,
        ["shippedAt"] = ShipmentSort.ShippedAt,
        ["number"] = ShipmentSort.Number,
        ["-number"] = ShipmentSort.NumberDescending,
    };

    /// <summary>Ships the lines; null when there is no such order here. Over-shipping or missing stock is a broken rule (409).</summary>
    public async Task<Validated<ShipmentView>?> CreateAsync(WorkshopMember member, ShipmentRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Create);
        member.Demand(Area.Inventory, Operation.Create);
        return await StockLedger.RunAsync(() => member.OpenData(contexts), async db =>
        {
            var order = request.CustomerOrderId is { } orderId
                ? await db.CustomerOrders.SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken)
                : null;
            if (request.CustomerOrderId is not null && order is null)
            {
                return null;
            }

            var errors = await ValidateAsync(db, request, order, cancellationToken);
            if (errors.Count > 0)
            {
                return new Validated<ShipmentView>(null, errors);
            }

            var shippedAt = request.ShippedAt ?? clock.GetUtcNow();
            var number = await DocumentNumbers.NextAsync(db, member.Workshop, DocumentNumber.Shipment, clock.GetUtcNow(), cancellationToken);
            var shipment = new Shipment(member.Workshop.Id, number, order!.Id, shippedAt);
            var movements = new List<StockMovement>();
            foreach (var line in request.Lines!)
            {
                var orderLine = order.Lines.Single(l => l.Id == line.OrderLineId);
                shipment.Ship(order, orderLine.Id, line.LotId, line.Quantity!.Value);
                var key = new StockKey(orderLine.ProductId, line.LotId, line.LocationId!.Value);
                movements.Add(StockMovement.Shipped(member.Workshop.Id, key, line.Quantity.Value, shippedAt, shipment.Id));
            }

            db.Shipments.Add(shipment);
            await StockLedger.PostAsync(db, movements, allowNegative: false, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var view = (await CustomerOrderViews.ShipmentsAsync(db, db.Shipments.Where(s => s.Id == shipment.Id), member.Workshop.Zone, cancellationToken)).Single();
            return new Validated<ShipmentView>(view, errors);
        }, cancellationToken);
    }

    public async Task<ShipmentView?> GetAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        return (await CustomerOrderViews.ShipmentsAsync(db, db.Shipments.Where(s => s.Id == id), member.Workshop.Zone, cancellationToken)).SingleOrDefault();
    }

    public async Task<Page<ShipmentSummary>> ListPageAsync(
        WorkshopMember member, ShipmentFilter filter, ShipmentSort sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var page = await Paging.OffsetPageAsync(Sort(Filter(db, filter), sort), cursor, limit, cancellationToken);
        return new Page<ShipmentSummary>(await SummariesAsync(db, page.Items, member.Workshop.Zone, cancellationToken), page.NextCursor);
    }

    public async Task<(IReadOnlyList<ShipmentSummary> Items, int Total)> ListForGridAsync(
        WorkshopMember member, ShipmentFilter filter, ShipmentSort sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = Filter(db, filter);
        var total = await rows.CountAsync(cancellationToken);
        var ids = await Sort(rows, sort).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (await SummariesAsync(db, ids, member.Workshop.Zone, cancellationToken), total);
    }

    public async Task<IReadOnlyList<ShipmentSummary>> ExportAsync(WorkshopMember member, ShipmentFilter filter, ShipmentSort sort, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Export);
        await using var db = member.OpenData(contexts);
        var ids = await Sort(Filter(db, filter), sort).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        return await SummariesAsync(db, ids, member.Workshop.Zone, cancellationToken);
    }

    /// <summary>On-time delivery over every shipped line of the workshop, measured on real ship dates.</summary>
    public async Task<OnTimeDeliveryView> OnTimeAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var shipped = await (
            from line in db.ShipmentLines
            join shipment in db.Shipments on line.ShipmentId equals shipment.Id
            join orderLine in db.CustomerOrderLines on line.CustomerOrderLineId equals orderLine.Id
            select new { shipment.ShippedAt, orderLine.DueDate }).ToListAsync(cancellationToken);
        var summary = OnTimeDelivery.Summarise(shipped.Select(s => new ShippedLine(s.ShippedAt, s.DueDate)), member.Workshop.Zone);
        return new OnTimeDeliveryView(summary.ShippedLines, summary.OnTimeLines, summary.LateLines, summary.Rate);
    }

    /// <summary>Finished lots on hand that can ship against the order's open lines, by lot and location, oldest lot first.</summary>
    public async Task<IReadOnlyList<AvailableLot>> AvailableLotsAsync(WorkshopMember member, Guid orderId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var order = await db.CustomerOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        return order is null ? [] : await AvailableLotsAsync(db, order, cancellationToken);
    }

    /// <summary>Whether the order can ship now (<see cref="ShipReadiness"/>); null when there is no such order here.</summary>
    public async Task<ShipBlocker?> ReadinessAsync(WorkshopMember member, Guid orderId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var order = await db.CustomerOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var lots = await AvailableLotsAsync(db, order, cancellationToken);
        return ShipReadiness.Of(order.Status, order.Lines.Select(l => new LineStock(l.RemainingQuantity, lots.Where(a => a.OrderLineId == l.Id).Sum(a => a.OnHand))));
    }

    /// <summary>The shipment's delivery statement (거래명세서); null when there is no such shipment here.</summary>
    public async Task<DeliveryStatement?> StatementAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        return await DeliveryStatement.ReadAsync(db, id, member.Workshop.Name, member.Workshop.Zone, cancellationToken);
    }

    private static async Task<IReadOnlyList<AvailableLot>> AvailableLotsAsync(MesDbContext db, CustomerOrder order, CancellationToken cancellationToken)
    {
        var open = order.Lines.Where(l => l.RemainingQuantity > 0).ToList();
        var productIds = open.Select(l => l.ProductId).Distinct().ToList();
        var stock = await (
            from balance in InventoryReads.StockBalances(db)
            join lot in InventoryReads.Lots(db) on balance.LotId equals (Guid?)lot.Id
            join location in CatalogReads.Locations(db) on balance.LocationId equals location.Id
            where productIds.Contains(balance.ItemId) && balance.OnHand > 0
            orderby lot.ReceivedAt, lot.LotNumber, location.Code
            select new { balance.ItemId, LotId = lot.Id, lot.LotNumber, LocationId = location.Id, location.Name, balance.OnHand }).ToListAsync(cancellationToken);
        return open.OrderBy(l => l.LineNumber)
            .SelectMany(l => stock.Where(s => s.ItemId == l.ProductId).Select(s => new AvailableLot(l.Id, s.LotId, s.LotNumber, s.LocationId, s.Name, s.OnHand)))
            .ToList();
    }

    private async Task<Dictionary<string, string[]>> ValidateAsync(MesDbContext db, ShipmentRequest request, CustomerOrder? order, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var checks = new FieldChecks(text, errors);
        if (order is null)
        {
            errors["customerOrderId"] = [text["Validation.Required"]];
        }

        checks.Moment("shippedAt", request.ShippedAt);

        if (request.Lines is not { Count: > 0 } lines)
        {
            errors["lines"] = [text["Shipments.LinesRequired"]];
            return errors;
        }

        var lotIds = lines.Where(l => l.LotId is not null).Select(l => l.LotId!.Value).Distinct().ToList();
        var lots = await InventoryReads.Lots(db).Where(l => lotIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.ItemId, cancellationToken);
        var locationIds = lines.Where(l => l.LocationId is not null).Select(l => l.LocationId!.Value).Distinct().ToList();
        var locations = await CatalogReads.Locations(db).Where(l => locationIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(cancellationToken);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var orderLine = order?.Lines.SingleOrDefault(l => l.Id == line.OrderLineId);
            if (line.OrderLineId is null)
            {
                errors[$"lines[{i}].orderLineId"] = [text["Validation.Required"]];
            }
            else if (order is not null && orderLine is null)
            {
                errors[$"lines[{i}].orderLineId"] = [text["Orders.UnknownLine"]];
            }

            if (line.LotId is not { } lotId)
            {
                errors[$"lines[{i}].lotId"] = [text["Validation.Required"]];
            }
            else if (!lots.TryGetValue(lotId, out var itemId))
            {
                errors[$"lines[{i}].lotId"] = [text["Shipments.UnknownLot"]];
            }
            else if (orderLine is not null && itemId != orderLine.ProductId)
            {
                errors[$"lines[{i}].lotId"] = [text["Shipments.LotOfOtherProduct"]];
            }

            if (line.Quantity is not { } quantity)
            {
                errors[$"lines[{i}].quantity"] = [text["Validation.Required"]];
            }
            else if (quantity <= 0)
            {
                errors[$"lines[{i}].quantity"] = [text["Orders.Positive"]];
            }

            checks.Number($"lines[{i}].quantity", line.Quantity);

            if (line.LocationId is not { } locationId)
            {
                errors[$"lines[{i}].locationId"] = [text["Validation.Required"]];
            }
            else if (!locations.Contains(locationId))
            {
                errors[$"lines[{i}].locationId"] = [text["Shipments.UnknownLocation"]];
            }
        }

        return errors;
    }

    private static IQueryable<ShipmentRow> Filter(MesDbContext db, ShipmentFilter filter)
    {
        var rows =
            from shipment in db.Shipments.AsNoTracking().IgnoreAutoIncludes()
            join order in db.CustomerOrders.IgnoreAutoIncludes() on shipment.CustomerOrderId equals order.Id
            select new ShipmentRow { Id = shipment.Id, Number = shipment.Number, ShippedAt = shipment.ShippedAt, OrderId = order.Id, OrderNumber = order.Number, CustomerName = order.CustomerName };
        if (filter.CustomerOrderId is { } orderId)
        {
            rows = rows.Where(r => r.OrderId == orderId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = Paging.Contains(filter.Search);
            rows = rows.Where(r => EF.Functions.ILike(r.Number, pattern) || EF.Functions.ILike(r.OrderNumber, pattern) || EF.Functions.ILike(r.CustomerName, pattern));
        }

        return rows;
    }

    private static IQueryable<Guid> Sort(IQueryable<ShipmentRow> rows, ShipmentSort sort) => (sort switch
    {
        ShipmentSort.ShippedAt => rows.OrderBy(r => r.ShippedAt).ThenBy(r => r.Number),
        ShipmentSort.Number => rows.OrderBy(r => r.Number),
        ShipmentSort.NumberDescending => rows.OrderByDescending(r => r.Number),
        _ => rows.OrderByDescending(r => r.ShippedAt).ThenByDescending(r => r.Number),
    }).Select(r => r.Id);

    private static async Task<IReadOnlyList<ShipmentSummary>> SummariesAsync(MesDbContext db, IReadOnlyList<Guid> ids, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var views = (await CustomerOrderViews.ShipmentsAsync(db, db.Shipments.Where(s => ids.Contains(s.Id)), zone, cancellationToken)).ToDictionary(v => v.Id);
        return ids.Select(id => views[id]).Select(v => new ShipmentSummary(
            v.Id,
            v.Number,
            v.CustomerOrderId,
            v.CustomerOrderNumber,
            v.CustomerName,
            v.ShippedAt,
            v.Lines.Count,
            v.Lines.Sum(l => l.Quantity),
            string.Join(", ", v.Lines.Select(l => l.LotNumber).Where(n => n is not null).Distinct()),
            v.Lines.All(l => l.OnTime))).ToList();
    }

    // Initialised by member, not by constructor, so EF Core can filter and sort on its properties.
    private sealed class ShipmentRow
    {
        public required Guid Id { get; init; }

        public required string Number { get; init; }

        public required DateTimeOffset ShippedAt { get; init; }

        public required Guid OrderId { get; init; }

        public required string OrderNumber { get; init; }

        public required string CustomerName { get; init; }
    }
}
