using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>
/// Kit issue (자재 불출, ADR 0034): a released order's whole outstanding kit moved from the store to the line side in
/// one posting, so finishing its last step finds every component where production takes it. What already sits at the
/// line side counts toward the kit, so issuing twice moves nothing more. Short stock refuses the whole kit, naming
/// every short component. The work order's release dialog issues it with the release in one step.
/// </summary>
[ModuleSurface]
internal sealed class KitIssue(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    /// <summary>Null when there is no such work order here.</summary>
    public async Task<Validated<StockPosted>?> IssueAsync(WorkshopMember member, Guid workOrderId, KitIssueRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Change);
        return await StockLedger.RunAsync<Validated<StockPosted>?>(() => member.OpenData(contexts), async db =>
        {
            if (await OpenMaterialDemand.OfOrderAsync(db, workOrderId, cancellationToken) is not { } kit)
            {
                return null;
            }

            var errors = new Dictionary<string, string[]>();
            var locations = await CatalogReads.Locations(db).ToListAsync(cancellationToken);
            var to = Destination(locations, request.ToLocationId, errors);
            var from = Sources(locations, request.FromLocationId, to, errors);
            if (errors.Count > 0)
            {
                return new Validated<StockPosted>(null, errors);
            }

            if (!kit.IsOpen)
            {
                throw new DomainRuleException("stock.kit_order_not_open", "Only a released order that is not closed gets its kit issued.", kit.Number);
            }

            var movements = await PlanAsync(db, member.Workshop.Id, kit, from, to!, cancellationToken);
            await StockLedger.PostAsync(db, movements, allowNegative: false, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Validated<StockPosted>(await ViewsAsync(db, movements, locations, kit.Number, cancellationToken), errors);
        }, cancellationToken);
    }

    /// <summary>The line side: the location asked for, or the first of the consumption order.</summary>
    private Location? Destination(List<Location> locations, Guid? asked, Dictionary<string, string[]> errors)
    {
        var to = asked is { } id
            ? locations.SingleOrDefault(l => l.Id == id)
            : ProductionStock.ConsumptionLocations(locations, null).Select(first => locations.Single(l => l.Id == first)).FirstOrDefault();
        if (to is null)
        {
            errors["toLocationId"] = [asked is null ? text["Inventory.Validation.NoLineSide"] : text["Inventory.Validation.UnknownLocation"]];
        }
        else if (!UsableStock.At(to.Kind))
        {
            errors["toLocationId"] = [text["Inventory.Validation.KitToQuarantine"]];
        }

        return to;
    }

    /// <summary>The store asked for, or every store in consumption order (then by code); never the destination.</summary>
    private List<Location> Sources(List<Location> locations, Guid? asked, Location? to, Dictionary<string, string[]> errors)
    {
        if (asked is { } id)
        {
            var from = locations.SingleOrDefault(l => l.Id == id);
            if (from is null)
            {
                errors["fromLocationId"] = [text["Inventory.Validation.UnknownLocation"]];
                return [];
            }

            if (from.Id == to?.Id)
            {
                errors["fromLocationId"] = [text["Inventory.Validation.SameLocation"]];
            }
            else if (!UsableStock.At(from.Kind))
            {
                errors["fromLocationId"] = [text["Inventory.Validation.KitToQuarantine"]];
            }

            return [from];
        }

        return [.. locations
            .Where(l => l.Kind == LocationKind.Store && l.Id != to?.Id)
            .OrderBy(l => l.ConsumptionRank ?? int.MaxValue)
            .ThenBy(l => l.Code, StringComparer.Ordinal)];
    }

    private async Task<List<StockMovement>> PlanAsync(MesDbContext db, Guid workshopId, OrderKit kit, List<Location> from, Location to, CancellationToken cancellationToken)
    {
        var itemIds = kit.Lines.Select(l => l.ItemId).ToList();
        var items = await CatalogReads.Items(db).Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var balances = await LocatedLots.OfItemsAsync(db, itemIds, cancellationToken);
        var sources = from.Select(l => l.Id).ToList();
        var now = clock.GetUtcNow();
        var movements = new List<StockMovement>();
        var shortfalls = new List<ComponentShortfall>();
        foreach (var line in kit.Lines.OrderBy(l => items[l.ItemId].Code, StringComparer.Ordinal))
        {
            var item = items[line.ItemId];
            var atLineSide = balances.Where(b => b.ItemId == item.Id && b.Lot.LocationId == to.Id).Sum(b => b.Lot.OnHand);
            var need = line.Outstanding - atLineSide;
            if (need <= 0)
            {
                continue;
            }

            var pick = ConsumptionOrder.Pick(sources, balances.Where(b => b.ItemId == item.Id).Select(b => b.Lot), need, coverWithOneLot: true);
            if (pick.Shortfall > 0)
            {
                shortfalls.Add(new ComponentShortfall(item.Code, pick.Shortfall, item.Unit));
                continue;
            }

            foreach (var take in pick.Takes)
            {
                var (outgoing, incoming) = StockMovement.Transfer(workshopId, new StockKey(item.Id, take.LotId, take.LocationId), to.Id, take.Quantity, now, kit.WorkOrderId);
                movements.Add(outgoing);
                movements.Add(incoming);
            }
        }

        if (shortfalls.Count > 0)
        {
            var list = string.Join(", ", shortfalls.Select(s => $"{s.ItemCode} {s.Missing:#,0.####} {s.Unit}"));
            throw new DomainRuleException("stock.kit_short", $"The stores are short of {list} for {kit.Number}; receive them, or move them to the line side by hand.", kit.Number, list);
        }

        return movements;
    }

    private static async Task<StockPosted> ViewsAsync(MesDbContext db, List<StockMovement> movements, List<Location> locations, string number, CancellationToken cancellationToken)
    {
        var itemIds = movements.Select(m => m.ItemId).Distinct().ToList();
        var lotIds = movements.Where(m => m.LotId is not null).Select(m => m.LotId!.Value).Distinct().ToList();
        var items = await CatalogReads.Items(db).Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var lots = await db.Lots.AsNoTracking().Where(l => lotIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var where = locations.ToDictionary(l => l.Id);
        return new StockPosted(
            [.. movements.Select(m => StockPostingService.View(m, items[m.ItemId], m.LotId is { } lot ? lots[lot] : null, where[m.LocationId], number))],
            null);
    }
}
