using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>One component an order still needs.</summary>
[ModuleSurface]
internal sealed record KitLine(Guid ItemId, decimal Outstanding);

/// <summary>An order's outstanding kit: what it still needs of each component; <paramref name="IsOpen"/> when released and not closed.</summary>
[ModuleSurface]
internal sealed record OrderKit(Guid WorkOrderId, string Number, bool IsOpen, IReadOnlyList<KitLine> Lines);

/// <summary>
/// Published by the work-orders module: what open orders (<see cref="OpenWorkOrders"/>) still need of each component,
/// required less consumed. The release shortages and the reorder alerts both read promised stock here, and only here.
/// </summary>
[ModuleSurface]
internal static class OpenMaterialDemand
{
    /// <summary>What one order still needs of each component, with its number and whether it is open; null when there is no such order here.</summary>
    public static async Task<OrderKit?> OfOrderAsync(MesDbContext db, Guid workOrderId, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == workOrderId, cancellationToken);
        return order is null
            ? null
            : new OrderKit(
                order.Id,
                order.Number,
                OpenWorkOrders.Includes(order.Status),
                [.. order.Materials.Where(m => m.OutstandingQuantity > 0).GroupBy(m => m.ItemId).Select(g => new KitLine(g.Key, g.Sum(m => m.OutstandingQuantity)))]);
    }

    /// <param name="itemIds">The components to ask about; null for every one.</param>
    /// <param name="exceptWorkOrderId">An order to leave out (the one being released).</param>
    public static async Task<IReadOnlyDictionary<Guid, decimal>> ByItemAsync(
        MesDbContext db, IReadOnlyCollection<Guid>? itemIds, Guid? exceptWorkOrderId, CancellationToken cancellationToken)
    {
        var open = OpenWorkOrders.Statuses.ToArray();
        var materials =
            from material in db.WorkOrderMaterials.AsNoTracking()
            join order in db.WorkOrders.AsNoTracking().IgnoreAutoIncludes() on material.WorkOrderId equals order.Id
            where open.Contains(order.Status) && material.RequiredQuantity > material.ConsumedQuantity
            select material;
        if (itemIds is not null)
        {
            var ids = itemIds.ToArray();
            materials = materials.Where(m => ids.Contains(m.ItemId));
        }

        if (exceptWorkOrderId is { } except)
        {
            materials = materials.Where(m => m.WorkOrderId != except);
        }

        return await materials
            .GroupBy(m => m.ItemId)
            .Select(g => new { ItemId = g.Key, Outstanding = g.Sum(m => m.RequiredQuantity - m.ConsumedQuantity) })
            .ToDictionaryAsync(g => g.ItemId, g => g.Outstanding, cancellationToken);
    }
}
