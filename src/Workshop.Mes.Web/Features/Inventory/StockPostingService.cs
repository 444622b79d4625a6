using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using DomainKind = Workshop.Mes.Domain.Inventory.StockMovementKind;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>
/// Receipts, issues, transfers, adjustments and cycle counts, for the pages and the API alike. Each is one unit of
/// work through <see cref="StockLedger"/>: it checks the input against this workshop's items, lots and locations,
/// posts the movements, and refuses to take stock below zero unless the workshop allows it (409).
/// Receiving material and issuing it to a work order create stock facts; adjusting, counting, transferring and
/// issuing to no order change what is on hand, which workers may not (ADR 0029).
/// </summary>
internal sealed class StockPostingService(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int ReasonMaxLength = 500;
    public const int LotNumberMaxLength = 64;
    public const int SupplierMaxLength = 200;

    public Task<Validated<StockPosted>> ReceiveAsync(WorkshopMember member, ReceiptRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Create);
        return RunAsync(member, async (db, errors) =>
        {
            var item = await ItemAsync(db, request.ItemId, "itemId", errors, cancellationToken);
            var location = await LocationAsync(db, request.LocationId, "locationId", errors, cancellationToken);
            CheckPositive(request.Quantity, "quantity", errors);
            var checks = new FieldChecks(text, errors);
            checks.Text("lotNumber", request.LotNumber, LotNumberMaxLength, required: false);
            var lotNumber = TypedText.CleanOrNull(request.LotNumber);
            if (item is { LotTracked: true } && lotNumber is null)
            {
                errors.TryAdd("lotNumber", [text["Inventory.Validation.LotNumberRequired"]]);
            }

            checks.Text("supplierName", request.SupplierName, SupplierMaxLength, required: false);
            checks.Day("expiresOn", request.ExpiresOn);
            checks.Moment("receivedAt", request.ReceivedAt);
            CheckUnitPrice(request.UnitPrice, errors);
            if (errors.Count > 0)
            {
                return null;
            }

            var at = request.ReceivedAt ?? clock.GetUtcNow();
            Lot? lot = null;
            if (lotNumber is not null)
            {
                lot = await db.Lots.SingleOrDefaultAsync(l => l.ItemId == item!.Id && l.LotNumber == lotNumber, cancellationToken);
                if (lot is null)
                {
                    lot = new Lot(member.Workshop.Id, item!.Id, lotNumber, request.SupplierName, at, request.ExpiresOn);
                    db.Lots.Add(lot);
                }
            }

            var movement = StockMovement.Receipt(member.Workshop.Id, new StockKey(item!.Id, lot?.Id, location!.Id), request.Quantity!.Value, at, request.UnitPrice);
            return new Posting([movement], item, lot, [location], null, lot?.Id);
        }, cancellationToken);
    }

    public Task<Validated<StockPosted>> IssueAsync(WorkshopMember member, IssueRequest request, CancellationToken cancellationToken)
    {
        // Material to an order is what the order used; taken out for no order, it is a write-off by another name.
        member.Demand(Area.Inventory, request.WorkOrderId is null ? Operation.Change : Operation.Create);
        return RunAsync(member, async (db, errors) =>
        {
            var (item, lot) = await ItemAndLotAsync(db, request.ItemId, request.LotId, errors, cancellationToken);
            var location = await LocationAsync(db, request.LocationId, "locationId", errors, cancellationToken);
            CheckPositive(request.Quantity, "quantity", errors);
            new FieldChecks(text, errors).Note("note", request.Note, ReasonMaxLength);
            string? workOrderNumber = null;
            if (request.WorkOrderId is { } workOrderId)
            {
                workOrderNumber = await WorkOrderReads.WorkOrders(db).Where(w => w.Id == workOrderId).Select(w => w.Number).SingleOrDefaultAsync(cancellationToken);
                if (workOrderNumber is null)
                {
                    errors["workOrderId"] = [text["Inventory.Validation.UnknownWorkOrder"]];
                }
            }

            if (errors.Count > 0)
            {
                return null;
            }

            var movement = StockMovement.Issue(
                member.Workshop.Id, new StockKey(item!.Id, lot?.Id, location!.Id), request.Quantity!.Value, clock.GetUtcNow(), request.WorkOrderId, request.Note);
            return new Posting([movement], item, lot, [location], workOrderNumber, null);
        }, cancellationToken);
    }

    public Task<Validated<StockPosted>> TransferAsync(WorkshopMember member, TransferRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Change);
        return RunAsync(member, async (db, errors) =>
        {
            var (item, lot) = await ItemAndLotAsync(db, request.ItemId, request.LotId, errors, cancellationToken);
            var from = await LocationAsync(db, request.FromLocationId, "fromLocationId", errors, cancellationToken);
            var to = await LocationAsync(db, request.ToLocationId, "toLocationId", errors, cancellationToken);
            CheckPositive(request.Quantity, "quantity", errors);
            if (from is not null && from.Id == to?.Id)
            {
                errors["toLocationId"] = [text["Inventory.Validation.SameLocation"]];
            }

            if (errors.Count > 0)
            {
                return null;
            }

            var (outgoing, incoming) = StockMovement.Transfer(
                member.Workshop.Id, new StockKey(item!.Id, lot?.Id, from!.Id), to!.Id, request.Quantity!.Value, clock.GetUtcNow());
            return new Posting([outgoing, incoming], item, lot, [from, to], null, null);
        }, cancellationToken);
    }

    public Task<Validated<StockPosted>> AdjustAsync(WorkshopMember member, AdjustmentRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Change);
        return RunAsync(member, async (db, errors) =>
        {
            var (item, lot) = await ItemAndLotAsync(db, request.ItemId, request.LotId, errors, cancellationToken);
            var location = await LocationAsync(db, request.LocationId, "locationId", errors, cancellationToken);
            CheckReason(request.Reason, errors);
            if (request.Quantity is null == request.NewQuantity is null)
            {
                errors["quantity"] = [text["Inventory.Validation.QuantityOrNewQuantity"]];
            }
            else if (request.Quantity == 0)
            {
                errors["quantity"] = [text["Inventory.Validation.NoChange"]];
            }
            else if (request.NewQuantity < 0)
            {
                errors["newQuantity"] = [text["Inventory.Validation.NotNegative"]];
            }

            var checks = new FieldChecks(text, errors);
            checks.Number("quantity", request.Quantity);
            checks.Number("newQuantity", request.NewQuantity);

            if (errors.Count > 0)
            {
                return null;
            }

            var key = new StockKey(item!.Id, lot?.Id, location!.Id);
            var change = request.Quantity ?? request.NewQuantity!.Value - await OnHandAsync(db, key, cancellationToken);
            if (change == 0)
            {
                errors["newQuantity"] = [text["Inventory.Validation.NoChange"]];
                return null;
            }

            var movement = StockMovement.Adjustment(member.Workshop.Id, key, change, clock.GetUtcNow(), request.Reason!);
            return new Posting([movement], item, lot, [location], null, null);
        }, cancellationToken);
    }

    /// <summary>
    /// Books a counted sheet: every line whose count differs from what the ledger says now becomes one count
    /// correction with the reason, all in one transaction; matching lines change nothing.
    /// </summary>
    public async Task<Validated<CountResult>> CountAsync(WorkshopMember member, CountRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Inventory, Operation.Change);
        var allowNegative = await AllowsNegativeAsync(member, cancellationToken);
        return await StockLedger.RunAsync(() => member.OpenData(contexts), async db =>
        {
            var errors = new Dictionary<string, string[]>();
            var location = await LocationAsync(db, request.LocationId, "locationId", errors, cancellationToken);
            CheckReason(request.Reason, errors);
            var lines = request.Lines ?? [];
            if (lines.Count == 0)
            {
                errors["lines"] = [text["Inventory.Validation.NoLines"]];
            }

            var counted = new List<(Item Item, Lot? Lot, decimal Counted)>();
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                var lineErrors = new Dictionary<string, string[]>();
                var (item, lot) = await ItemAndLotAsync(db, line.ItemId, line.LotId, lineErrors, cancellationToken);
                if (line.Counted is null)
                {
                    lineErrors["counted"] = [text["Validation.Required"]];
                }
                else if (line.Counted < 0)
                {
                    lineErrors["counted"] = [text["Inventory.Validation.NotNegative"]];
                }

                new FieldChecks(text, lineErrors).Number("counted", line.Counted);

                if (lineErrors.Count == 0 && counted.Any(c => c.Item.Id == item!.Id && c.Lot?.Id == lot?.Id))
                {
                    lineErrors["itemId"] = [text["Inventory.Validation.DuplicateLine"]];
                }

                foreach (var (field, messages) in lineErrors)
                {
                    errors[$"lines[{i}].{field}"] = messages;
                }

                if (lineErrors.Count == 0)
                {
                    counted.Add((item!, lot, line.Counted!.Value));
                }
            }

            if (errors.Count > 0)
            {
                return new Validated<CountResult>(null, errors);
            }

            var now = clock.GetUtcNow();
            var corrections = new List<StockMovement>();
            foreach (var (item, lot, quantity) in counted)
            {
                var key = new StockKey(item.Id, lot?.Id, location!.Id);
                var onHand = await OnHandAsync(db, key, cancellationToken);
                db.StockCountLines.Add(new StockCountLine(member.Workshop.Id, key, onHand, quantity, now));
                if (quantity != onHand)
                {
                    corrections.Add(StockMovement.CountCorrection(member.Workshop.Id, key, onHand, quantity, now, request.Reason!));
                }
            }

            await StockLedger.PostAsync(db, corrections, allowNegative, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var items = counted.Select(c => c.Item).DistinctBy(i => i.Id).ToDictionary(i => i.Id);
            var lots = counted.Where(c => c.Lot is not null).Select(c => c.Lot!).DistinctBy(l => l.Id).ToDictionary(l => l.Id);
            var views = corrections.Select(m => View(m, items[m.ItemId], m.LotId is { } id ? lots[id] : null, location!, null)).ToList();
            return new Validated<CountResult>(new CountResult(counted.Count, views), errors);
        }, cancellationToken);
    }

    private async Task<Validated<StockPosted>> RunAsync(
        WorkshopMember member, Func<MesDbContext, Dictionary<string, string[]>, Task<Posting?>> prepare, CancellationToken cancellationToken)
    {
        var allowNegative = await AllowsNegativeAsync(member, cancellationToken);
        return await StockLedger.RunAsync(() => member.OpenData(contexts), async db =>
        {
            var errors = new Dictionary<string, string[]>();
            var posting = await prepare(db, errors);
            if (posting is null || errors.Count > 0)
            {
                return new Validated<StockPosted>(null, errors);
            }

            await StockLedger.PostAsync(db, posting.Movements, allowNegative, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var views = posting.Movements
                .Select(m => View(m, posting.Item, posting.Lot, posting.Locations.First(l => l.Id == m.LocationId), posting.WorkOrderNumber))
                .ToList();
            return new Validated<StockPosted>(new StockPosted(views, posting.LotId), errors);
        }, cancellationToken);
    }

    private async Task<bool> AllowsNegativeAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        await using var db = member.OpenData(contexts);
        return await WorkshopReads.Workshops(db).Where(w => w.Id == member.Workshop.Id).Select(w => w.AllowNegativeStock).SingleAsync(cancellationToken);
    }

    private static async Task<decimal> OnHandAsync(MesDbContext db, StockKey key, CancellationToken cancellationToken) =>
        await db.StockBalances
            .Where(b => b.ItemId == key.ItemId && b.LotId == key.LotId && b.LocationId == key.LocationId)
            .Select(b => (decimal?)b.OnHand)
            .SingleOrDefaultAsync(cancellationToken) ?? 0;

    private async Task<Item?> ItemAsync(MesDbContext db, Guid? itemId, string field, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var item = itemId is { } id ? await CatalogReads.Items(db).SingleOrDefaultAsync(i => i.Id == id, cancellationToken) : null;
        if (item is null)
        {
            errors[field] = [itemId is null ? text["Validation.Required"] : text["Inventory.Validation.UnknownItem"]];
        }

        return item;
    }

    private async Task<Location?> LocationAsync(MesDbContext db, Guid? locationId, string field, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var location = locationId is { } id ? await CatalogReads.Locations(db).SingleOrDefaultAsync(l => l.Id == id, cancellationToken) : null;
        if (location is null)
        {
            errors[field] = [locationId is null ? text["Validation.Required"] : text["Inventory.Validation.UnknownLocation"]];
        }

        return location;
    }

    /// <summary>The item, and its lot: required for a lot-tracked item, and it must be a lot of that item.</summary>
    private async Task<(Item? Item, Lot? Lot)> ItemAndLotAsync(
        MesDbContext db, Guid? itemId, Guid? lotId, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var item = await ItemAsync(db, itemId, "itemId", errors, cancellationToken);
        if (lotId is not { } id)
        {
            if (item is { LotTracked: true })
            {
                errors["lotId"] = [text["Inventory.Validation.LotRequired"]];
            }

            return (item, null);
        }

        var lot = await db.Lots.SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lot is null)
        {
            errors["lotId"] = [text["Inventory.Validation.UnknownLot"]];
        }
        else if (item is not null && lot.ItemId != item.Id)
        {
            errors["lotId"] = [text["Inventory.Validation.LotOfOtherItem"]];
        }

        return (item, lot);
    }

    private void CheckPositive(decimal? quantity, string field, Dictionary<string, string[]> errors)
    {
        if (quantity is null)
        {
            errors[field] = [text["Validation.Required"]];
        }
        else if (quantity <= 0)
        {
            errors[field] = [text["Inventory.Validation.Positive"]];
        }

        new FieldChecks(text, errors).Number(field, quantity);
    }

    /// <summary>입고 단가: optional, in 원, from 0 to <see cref="StockMovement.MaxUnitPrice"/>.</summary>
    private void CheckUnitPrice(decimal? unitPrice, Dictionary<string, string[]> errors)
    {
        if (unitPrice < 0)
        {
            errors["unitPrice"] = [text["Inventory.Validation.UnitPriceNegative"]];
            return;
        }

        new FieldChecks(text, errors).Number("unitPrice", unitPrice, max: StockMovement.MaxUnitPrice);
    }

    private void CheckReason(string? reason, Dictionary<string, string[]> errors) =>
        new FieldChecks(text, errors).Note("reason", reason, ReasonMaxLength, required: true);

    internal static StockMovementView View(StockMovement m, Item item, Lot? lot, Location location, string? workOrderNumber) =>
        new(
            m.Id,
            ToContract(m.Kind),
            m.OccurredAt,
            item.Id,
            item.Code,
            item.Name,
            item.Unit,
            lot?.Id,
            lot?.LotNumber,
            location.Id,
            location.Name,
            m.Quantity,
            m.WorkOrderId,
            workOrderNumber,
            m.TransferId,
            m.Reason,
            m.UnitPrice);

    internal static Contracts.Inventory.StockMovementKind ToContract(DomainKind kind) => (Contracts.Inventory.StockMovementKind)(int)kind;

    internal static DomainKind ToDomain(Contracts.Inventory.StockMovementKind kind) => (DomainKind)(int)kind;

    private sealed record Posting(IReadOnlyList<StockMovement> Movements, Item Item, Lot? Lot, IReadOnlyList<Location> Locations, string? WorkOrderNumber, Guid? LotId);
}
