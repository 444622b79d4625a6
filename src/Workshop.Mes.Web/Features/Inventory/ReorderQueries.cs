using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>Reorder alerts (재주문점): items below their reorder point once open work orders have their material.</summary>
internal sealed class ReorderQueries(MesContexts contexts)
{
    /// <summary>
    /// Every item below its reorder point once open work orders have taken what they still need, most short first;
    /// stock in quarantine does not count.
    /// </summary>
    public async Task<IReadOnlyList<ReorderAlert>> ReorderAlertsAsync(WorkshopMember member, Operation operation, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, operation);
        await using var db = member.OpenData(contexts);
        var items = await CatalogReads.Items(db).Where(i => i.IsActive && i.ReorderPoint > 0).ToListAsync(cancellationToken);
        var onHand = await AvailableStock.ByItemAsync(db, null, cancellationToken);
        var demand = await OpenMaterialDemand.ByItemAsync(db, null, null, cancellationToken);
        return items
            .Select(item => (item, advice: ReorderRule.Evaluate(onHand.GetValueOrDefault(item.Id), demand.GetValueOrDefault(item.Id), item.ReorderPoint, item.SafetyStock)))
            .Where(x => x.advice is not null)
            .Select(x => new ReorderAlert(
                x.item.Id, x.item.Code, x.item.Name, x.item.Unit, x.advice!.OnHand, x.advice.Demand, x.advice.Available,
                x.advice.ReorderPoint, x.advice.SafetyStock, x.advice.SuggestedQuantity, x.item.LeadTimeDays))
            .OrderBy(a => a.Available - a.ReorderPoint).ThenBy(a => a.ItemCode, StringComparer.Ordinal)
            .ToList();
    }
}
