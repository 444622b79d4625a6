using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>
/// Published by the work-orders module: what open orders (<see cref="OpenWorkOrders"/>) still need of each component,
/// required less consumed. The release shortages and the reorder alerts both read promised stock here, and only here.
/// </summary>
internal static class OpenMaterialDemand
{
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
