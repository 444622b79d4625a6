using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>
/// A shipment as its delivery statement (거래명세서) reads: who supplies, who receives, and per order line the
/// product, quantity, unit price (the product's standard cost, ADR 0077) and the lots that left.
/// </summary>
internal sealed record DeliveryStatement(
    string Number, DateOnly ShippedOn, string OrderNumber, string SupplierName, string CustomerName, IReadOnlyList<DeliveryStatementLine> Lines)
{
    public StatementAmount? Total => StatementAmounts.Total(Lines.Select(l => l.Amount));

    /// <summary>The shipment's statement in this workshop's data; null when there is no such shipment here.</summary>
    public static async Task<DeliveryStatement?> ReadAsync(MesDbContext db, Guid shipmentId, string supplierName, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var shipment = await db.Shipments.AsNoTracking().SingleOrDefaultAsync(s => s.Id == shipmentId, cancellationToken);
        if (shipment is null)
        {
            return null;
        }

        var order = await db.CustomerOrders.AsNoTracking().SingleAsync(o => o.Id == shipment.CustomerOrderId, cancellationToken);
        var productIds = order.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await CatalogReads.Items(db).Where(i => productIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var lotIds = shipment.Lines.Where(l => l.LotId != null).Select(l => l.LotId!.Value).Distinct().ToList();
        var lots = await InventoryReads.Lots(db).Where(l => lotIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.LotNumber, cancellationToken);
        var lines = shipment.Lines
            .GroupBy(l => l.CustomerOrderLineId)
            .Select(g => (Line: order.Lines.Single(l => l.Id == g.Key), Shipped: g.ToList()))
            .OrderBy(g => g.Line.LineNumber)
            .Select(g =>
            {
                var product = products[g.Line.ProductId];
                var shippedLots = g.Shipped.Where(s => s.LotId != null)
                    .GroupBy(s => lots[s.LotId!.Value])
                    .Select(l => new ShippedLot(l.Key, l.Sum(s => s.Quantity)))
                    .OrderBy(l => l.LotNumber, StringComparer.Ordinal)
                    .ToList();
                return new DeliveryStatementLine(product.Name, product.Code, g.Shipped.Sum(s => s.Quantity), product.Unit, product.StandardCost > 0 ? product.StandardCost : null, shippedLots);
            })
            .ToList();
        return new DeliveryStatement(shipment.Number, WorkshopTime.DayOf(shipment.ShippedAt, zone), order.Number, supplierName, order.CustomerName, lines);
    }
}

/// <summary>One order line of the statement; <see cref="Amount"/> is null when no price is known.</summary>
internal sealed record DeliveryStatementLine(string ItemName, string ItemCode, decimal Quantity, string Unit, decimal? UnitPrice, IReadOnlyList<ShippedLot> Lots)
{
    public StatementAmount? Amount => StatementAmounts.Of(Quantity, UnitPrice);
}

/// <summary>A lot that left on the statement's line, and how much of it.</summary>
internal sealed record ShippedLot(string LotNumber, decimal Quantity);
