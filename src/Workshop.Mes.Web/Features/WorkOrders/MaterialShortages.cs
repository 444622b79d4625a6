using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;
using DomainStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>
/// What releasing an order would ask of the stock: per BOM component the quantity needed, what is on hand in
/// every location but quarantine (<see cref="AvailableStock"/>) and what other open orders still need of it
/// (<see cref="OpenMaterialDemand"/>).
/// </summary>
internal static class MaterialShortages
{
    public static async Task<IReadOnlyList<MaterialShortage>> ForAsync(MesDbContext db, WorkOrder order, CancellationToken cancellationToken)
    {
        var needs = order.Status == DomainStatus.Draft
            ? (await CatalogReads.BomLines(db).Where(b => b.ProductId == order.ProductId).ToListAsync(cancellationToken))
                .Select(b => (b.ComponentId, Required: b.QuantityPer * order.Quantity)).ToList()
            : order.Materials.Select(m => (ComponentId: m.ItemId, Required: m.OutstandingQuantity)).ToList();
        var itemIds = needs.Select(n => n.ComponentId).Distinct().ToList();
        var items = await CatalogReads.Items(db).Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var onHand = await AvailableStock.ByItemAsync(db, itemIds, cancellationToken);
        var promised = await OpenMaterialDemand.ByItemAsync(db, itemIds, order.Id, cancellationToken);

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
