using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>
/// What each kind of sheet checks against the database and the other rows, and what it changes. Items are created
/// or updated by code (a blank optional cell keeps the item's value); a BOM row sets the quantity of an existing
/// product × component pair; a routing sheet replaces the whole routing of each product it names; opening stock
/// receives each row into its location and lot.
/// </summary>
internal static class SheetChecks
{
    private static readonly Dictionary<string, ItemKind> _kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["material"] = ItemKind.Material,
        ["component"] = ItemKind.Component,
        ["product"] = ItemKind.Product,
        ["자재"] = ItemKind.Material,
        ["원자재"] = ItemKind.Material,
        ["부품"] = ItemKind.Component,
        ["반제품"] = ItemKind.Component,
        ["제품"] = ItemKind.Product,
        ["완제품"] = ItemKind.Product,
    };

    public static async Task ItemsAsync(MesDbContext db, ImportPlan plan, Guid workshopId, CancellationToken cancellationToken)
    {
        var codes = plan.Rows.Select(r => r.Values["code"]).Where(c => c is not null).ToList();
        var existing = (await db.Items.Where(i => codes.Contains(i.Code)).ToListAsync(cancellationToken)).ToDictionary(i => i.Code, StringComparer.Ordinal);
        ImportPlan.FlagDuplicates(plan.Rows.Select(r => (r, r.Values["code"])), "code");
        foreach (var row in plan.Rows)
        {
            var code = row.Text("code", required: true, maxLength: 64);
            var name = row.Text("name", required: true);
            var kindText = row.Text("kind", required: true);
            ItemKind? kind = null;
            if (kindText is not null)
            {
                kind = _kinds.TryGetValue(kindText, out var k) ? k : null;
                if (kind is null)
                {
                    row.Fail("kind", "Import.UnknownKind", kindText);
                }
            }

            var unit = row.Text("unit", required: true, maxLength: 16);
            var cost = row.Number("standardCost", required: false);
            var reorder = row.Number("reorderPoint", required: false);
            var safety = row.Number("safetyStock", required: false);
            var lead = row.Integer("leadTimeDays", required: false, minimum: 0);
            var lotTracked = row.Flag("lotTracked");
            var item = code is null ? null : existing.GetValueOrDefault(code);
            if (item is not null && kind is not null && item.Kind != kind)
            {
                row.Fail("kind", "Import.KindCannotChange", item.Kind.ToString());
            }

            if (item is not null && unit is not null && !string.Equals(item.Unit, unit, StringComparison.Ordinal))
            {
                row.Fail("unit", "Import.UnitCannotChange", item.Unit);
            }

            var reorderPoint = reorder ?? item?.ReorderPoint ?? 0;
            var safetyStock = safety ?? item?.SafetyStock ?? 0;
            if (safetyStock > reorderPoint && reorderPoint > 0)
            {
                row.Fail("safetyStock", "Import.SafetyAboveReorder");
            }

            if (!row.IsValid)
            {
                continue;
            }

            var leadTime = lead ?? item?.LeadTimeDays ?? 0;
            if (item is null)
            {
                plan.Create(d =>
                {
                    var created = new Item(workshopId, code!, name!, kind!.Value, unit!, cost ?? 0);
                    created.SetPlanning(reorderPoint, safetyStock, leadTime);
                    created.TrackLots(lotTracked ?? false);
                    d.Items.Add(created);
                });
            }
            else
            {
                plan.Update(_ =>
                {
                    item.Rename(name!);
                    item.ChangeStandardCost(cost ?? item.StandardCost);
                    item.SetPlanning(reorderPoint, safetyStock, leadTime);
                    item.TrackLots(lotTracked ?? item.LotTracked);
                });
            }
        }
    }

    public static async Task BomsAsync(MesDbContext db, ImportPlan plan, Guid workshopId, CancellationToken cancellationToken)
    {
        var items = await ItemsNamedAsync(db, plan, ["productCode", "componentCode"], cancellationToken);
        var productIds = items.Values.Select(i => i.Id).ToList();
        var lines = await db.BomLines.Where(b => productIds.Contains(b.ProductId)).ToListAsync(cancellationToken);
        ImportPlan.FlagDuplicates(plan.Rows.Select(r => (r, Pair(r.Values["productCode"], r.Values["componentCode"]))), "componentCode");
        foreach (var row in plan.Rows)
        {
            var product = Product(row, items, "productCode");
            var component = Known(row, items, "componentCode");
            var quantity = row.Number("quantityPer", required: true, minimum: 0, exclusive: true);
            if (product is not null && component is not null && product.Id == component.Id)
            {
                row.Fail("componentCode", "Import.SelfComponent");
            }

            if (!row.IsValid)
            {
                continue;
            }

            var line = lines.SingleOrDefault(b => b.ProductId == product!.Id && b.ComponentId == component!.Id);
            if (line is null)
            {
                plan.Create(d => d.BomLines.Add(new BomLine(workshopId, product!.Id, component!.Id, quantity!.Value)));
            }
            else
            {
                plan.Update(_ => line.ChangeQuantity(quantity!.Value));
            }
        }
    }

    public static async Task RoutingsAsync(MesDbContext db, ImportPlan plan, Guid workshopId, CancellationToken cancellationToken)
    {
        var items = await ItemsNamedAsync(db, plan, ["productCode"], cancellationToken);
        var stationCodes = plan.Rows.Select(r => r.Values["workstationCode"]).Where(c => c is not null).ToList();
        var stations = (await CatalogReads.Workstations(db).Where(w => stationCodes.Contains(w.Code)).ToListAsync(cancellationToken))
            .ToDictionary(w => w.Code, w => w.Id, StringComparer.Ordinal);
        ImportPlan.FlagDuplicates(plan.Rows.Select(r => (r, Pair(r.Values["productCode"], r.Values["sequence"]))), "sequence");
        var steps = new List<(Item Product, Func<RoutingStep> Step)>();
        foreach (var row in plan.Rows)
        {
            var product = Product(row, items, "productCode");
            var sequence = row.Integer("sequence", required: true, minimum: 1);
            var operation = row.Text("operation", required: true);
            var stationCode = row.Text("workstationCode", required: true, maxLength: 64);
            if (stationCode is not null && !stations.ContainsKey(stationCode))
            {
                row.Fail("workstationCode", "Import.UnknownWorkstation", stationCode);
            }

            var setup = row.Number("setupMinutes", required: false);
            var run = row.Number("runMinutes", required: true, minimum: 0, exclusive: true);
            var inspection = row.Flag("inspection");
            if (row.IsValid)
            {
                steps.Add((product!, () => new RoutingStep(workshopId, product!.Id, sequence!.Value, operation!, stations[stationCode!], setup ?? 0, run!.Value, inspection ?? false)));
            }
        }

        foreach (var product in steps.Select(s => s.Product).DistinctBy(p => p.Id))
        {
            plan.Create(async (d, ct) =>
            {
                d.RoutingSteps.RemoveRange(await d.RoutingSteps.Where(s => s.ProductId == product.Id).ToListAsync(ct));
                d.RoutingSteps.AddRange(steps.Where(s => s.Product.Id == product.Id).Select(s => s.Step()));
            });
        }
    }

    public static async Task OpeningStockAsync(MesDbContext db, ImportPlan plan, Guid workshopId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = await ItemsNamedAsync(db, plan, ["itemCode"], cancellationToken);
        var locationCodes = plan.Rows.Select(r => r.Values["locationCode"]).Where(c => c is not null).ToList();
        var locations = (await CatalogReads.Locations(db).Where(l => locationCodes.Contains(l.Code)).ToListAsync(cancellationToken))
            .ToDictionary(l => l.Code, l => l.Id, StringComparer.Ordinal);
        var itemIds = items.Values.Select(i => i.Id).ToList();
        var lots = await db.Lots.Where(l => itemIds.Contains(l.ItemId)).ToListAsync(cancellationToken);
        ImportPlan.FlagDuplicates(plan.Rows.Select(r => (r, Pair(Pair(r.Values["itemCode"], r.Values["locationCode"]), r.Values["lot"] ?? string.Empty))), "lot");
        var receipts = new List<(Item Item, Guid LocationId, string? Lot, DateOnly? Expiry, decimal Quantity)>();
        foreach (var row in plan.Rows)
        {
            var item = Known(row, items, "itemCode");
            var locationCode = row.Text("locationCode", required: true, maxLength: 64);
            if (locationCode is not null && !locations.ContainsKey(locationCode))
            {
                row.Fail("locationCode", "Import.UnknownLocation", locationCode);
            }

            var lot = row.Text("lot", required: item?.LotTracked == true, maxLength: 64);
            var expiry = row.Date("expiry");
            var quantity = row.Number("quantity", required: true, minimum: 0, exclusive: true);
            if (row.IsValid)
            {
                receipts.Add((item!, locations[locationCode!], lot, expiry, quantity!.Value));
            }
        }

        var made = new Dictionary<(Guid, string), Lot>();
        foreach (var receipt in receipts)
        {
            plan.Create(async (d, ct) =>
            {
                Guid? lotId = null;
                if (receipt.Lot is { } number)
                {
                    var lot = lots.SingleOrDefault(l => l.ItemId == receipt.Item.Id && l.LotNumber == number) ?? made.GetValueOrDefault((receipt.Item.Id, number));
                    if (lot is null)
                    {
                        lot = new Lot(workshopId, receipt.Item.Id, number, null, now, receipt.Expiry);
                        made[(receipt.Item.Id, number)] = lot;
                        d.Lots.Add(lot);
                    }

                    lotId = lot.Id;
                }

                var key = new StockKey(receipt.Item.Id, lotId, receipt.LocationId);
                await Inventory.StockLedger.PostAsync(d, [StockMovement.Receipt(workshopId, key, receipt.Quantity, now)], allowNegative: false, ct);
            });
        }
    }

    private static string? Pair(string? first, string? second) => first is null || second is null ? null : $"{first}\u001f{second}";

    private static async Task<Dictionary<string, Item>> ItemsNamedAsync(MesDbContext db, ImportPlan plan, string[] fields, CancellationToken cancellationToken)
    {
        var codes = plan.Rows.SelectMany(r => fields.Select(f => r.Values[f])).Where(c => c is not null).Distinct().ToList();
        return (await CatalogReads.Items(db).Where(i => codes.Contains(i.Code)).ToListAsync(cancellationToken)).ToDictionary(i => i.Code, StringComparer.Ordinal);
    }

    private static Item? Known(RowCheck row, Dictionary<string, Item> items, string field)
    {
        if (row.Text(field, required: true, maxLength: 64) is not { } code)
        {
            return null;
        }

        if (!items.TryGetValue(code, out var item))
        {
            row.Fail(field, "Import.UnknownItem", code);
        }

        return item;
    }

    private static Item? Product(RowCheck row, Dictionary<string, Item> items, string field)
    {
        var item = Known(row, items, field);
        if (item is not null && item.Kind != ItemKind.Product)
        {
            row.Fail(field, "Import.NotAProduct", item.Code);
            return null;
        }

        return item;
    }
}
