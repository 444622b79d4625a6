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
internal sealed class ReorderQueries(MesContexts contexts, TimeProvider clock)
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
        var today = member.Workshop.Today(clock);
        return items
            .Select(item => (item, advice: ReorderRule.Evaluate(onHand.GetValueOrDefault(item.Id), demand.GetValueOrDefault(item.Id), item.ReorderPoint, item.SafetyStock)))
            .Where(x => x.advice is not null)
            .Select(x => new ReorderAlert(
                x.item.Id, x.item.Code, x.item.Name, x.item.Unit, x.advice!.OnHand, x.advice.Demand, x.advice.Available,
                x.advice.ReorderPoint, x.advice.SafetyStock, x.advice.SuggestedQuantity, x.item.LeadTimeDays, x.item.Supplier,
                ReorderRule.OrderBy(x.advice, x.item.LeadTimeDays, today)))
            .OrderBy(a => a.Available - a.ReorderPoint).ThenBy(a => a.ItemCode, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The purchase list (발주 목록) of the chosen alerts, or of all when none is chosen: the suggested quantity of each,
    /// grouped by supplier (those without one last), then by item code. Null when a chosen id is no item of this workshop.
    /// </summary>
    public async Task<IReadOnlyList<PurchaseLine>?> PurchaseListAsync(WorkshopMember member, IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Export);
        if (itemIds.Count > 0)
        {
            await using var db = member.OpenData(contexts);
            var known = await CatalogReads.Items(db).CountAsync(i => itemIds.Contains(i.Id), cancellationToken);
            if (known != itemIds.Distinct().Count())
            {
                return null;
            }
        }

        var alerts = await ReorderAlertsAsync(member, Operation.Export, cancellationToken);
        return [.. alerts
            .Where(a => itemIds.Count == 0 || itemIds.Contains(a.ItemId))
            .OrderBy(a => a.Supplier is null)
            .ThenBy(a => a.Supplier, StringComparer.CurrentCulture)
            .ThenBy(a => a.ItemCode, StringComparer.Ordinal)
            .Select(a => new PurchaseLine(a.Supplier, a.ItemCode, a.ItemName, a.SuggestedQuantity, a.Unit, a.LeadTimeDays, a.OrderBy))];
    }
}
