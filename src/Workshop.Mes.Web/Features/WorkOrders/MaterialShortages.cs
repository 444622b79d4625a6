using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using DomainStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>
/// What releasing an order would ask of the stock: per BOM component the quantity needed, what is on hand in
/// every location and what other open orders still need of it.
/// </summary>
internal static class MaterialShortages
{
    public static async Task<IReadOnlyList<MaterialShortage>> ForAsync(MesDbContext db, WorkOrder order, CancellationToken cancellationToken)
    {
        var needs = order.Status == DomainStatus.Draft
            ? (await db.BomLines.AsNoTracking().Where(b => b.ProductId == order.ProductId).ToListAsync(cancellationToken))
                .Select(b => (b.ComponentId, Required: b.QuantityPer * order.Quantity)).ToList()
            : order.Materials.Select(m => (ComponentId: m.ItemId, Required: m.OutstandingQuantity)).ToList();
        var itemIds = needs.Select(n => n.ComponentId).Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var onHand = await db.StockBalances.AsNoTracking()
            .Where(b => itemIds.Contains(b.ItemId))
            .GroupBy(b => b.ItemId)
            .Select(g => new { ItemId = g.Key, OnHand = g.Sum(b => b.OnHand) })
            .ToDictionaryAsync(g => g.ItemId, g => g.OnHand, cancellationToken);
        var promised = await (from material in db.WorkOrderMaterials.AsNoTracking()
                              join other in db.WorkOrders.AsNoTracking().IgnoreAutoIncludes() on material.WorkOrderId equals other.Id
                              where itemIds.Contains(material.ItemId)
                                  && other.Id != order.Id
                                  && (other.Status == DomainStatus.Released || other.Status == DomainStatus.InProgress || other.Status == DomainStatus.OnHold)
                                  && material.RequiredQuantity > material.ConsumedQuantity
                              group material by material.ItemId into g
                              select new { ItemId = g.Key, Outstanding = g.Sum(m => m.RequiredQuantity - m.ConsumedQuantity) })
            .ToDictionaryAsync(g => g.ItemId, g => g.Outstanding, cancellationToken);

        return needs
            .GroupBy(n => n.ComponentId)
            .Select(g =>
            {
                var item = items[g.Key];
                var required = g.Sum(n => n.Required);
                var have = onHand.GetValueOrDefault(g.Key);
                var others = promised.GetValueOrDefault(g.Key);
                return new MaterialShortage(item.Id, item.Code, item.Name, item.Unit, required, have, others, Math.Max(0, required - Math.Max(0, have - others)));
            })
            .OrderBy(s => s.ItemCode, StringComparer.Ordinal)
            .ToList();
    }
}
