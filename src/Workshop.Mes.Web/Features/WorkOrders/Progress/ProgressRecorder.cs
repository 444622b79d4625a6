using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.ShopFloor;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.WorkOrders.Progress;

/// <summary>
/// Progress entered from the office (often after the fact, from the paper traveller): the production event, the
/// step and order it moves, and — for good units out of the last step — the finished lot and the backflush of
/// the components, all in one unit of work.
/// </summary>
internal sealed class ProgressRecorder(MesContexts contexts, ProductionCapture capture, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    /// <summary>The active workers and the defect codes the progress form offers.</summary>
    public async Task<ProgressChoices> ChoicesAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var workers = await WorkshopReads.Workers(db).Where(w => w.IsActive).OrderBy(w => w.DisplayName)
            .Select(w => new PickOption(w.Id, w.BadgeCode, w.DisplayName)).ToListAsync(cancellationToken);
        var codes = await CatalogReads.DefectCodes(db).OrderBy(d => d.Code)
            .Select(d => new PickOption(d.Id, d.Code, d.Name)).ToListAsync(cancellationToken);
        return new ProgressChoices(workers, codes);
    }

    /// <summary>Null when the order or step does not exist here.</summary>
    public async Task<Validated<WorkOrderDetail>?> RecordAsync(
        WorkshopMember member, Guid workOrderId, Guid stepId, RecordProgressRequest input, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Change);
        var now = clock.GetUtcNow();
        Dictionary<string, string[]>? errors;
        await using (var db = member.OpenData(contexts))
        {
            var order = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == workOrderId, cancellationToken);
            errors = order is null || order.Steps.All(s => s.Id != stepId) ? null : await ValidateAsync(db, order, input, now, cancellationToken);
        }

        if (errors is { Count: 0 })
        {
            // The same pipeline as the tablet's: defect records for scrap, actual minutes, backflush (issue 11).
            var kind = input.Kind switch
            {
                ProgressKind.Start => FloorEventKind.Start,
                ProgressKind.Output => FloorEventKind.Report,
                _ => FloorEventKind.Finish,
            };
            var lots = input.Lots?.Select(l => new LotChoice(l.ItemId, l.LotId)).ToList();
            var floorEvent = new FloorEvent(Guid.CreateVersion7(), kind, input.At ?? now, stepId, input.GoodQuantity, input.ScrapQuantity, input.DefectCodeId, Lots: lots);
            await capture.RecordForOfficeOrThrowAsync(member, new OfficeCapture(floorEvent, input.WorkerId), cancellationToken);
        }

        if (errors is null)
        {
            return null;
        }

        if (errors.Count > 0)
        {
            return new Validated<WorkOrderDetail>(null, errors);
        }

        await using var read = member.OpenData(contexts);
        var detail = await WorkOrderReader.DetailAsync(read, workOrderId, member.Workshop.Today(clock), cancellationToken);
        return new Validated<WorkOrderDetail>(detail, errors);
    }

    private async Task<Dictionary<string, string[]>> ValidateAsync(MesDbContext db, WorkOrder order, RecordProgressRequest input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors["kind"] = [text["WorkOrders.Validation.ProgressKind"]];
        }

        if (input.GoodQuantity is < 0)
        {
            errors["goodQuantity"] = [text["WorkOrders.Validation.NotNegative"]];
        }

        if (input.ScrapQuantity is < 0)
        {
            errors["scrapQuantity"] = [text["WorkOrders.Validation.NotNegative"]];
        }
        else if (input.ScrapQuantity is > 0 && input.DefectCodeId is null)
        {
            errors["defectCodeId"] = [text["WorkOrders.Validation.DefectCode"]];
        }

        // Checked before they are added up below: two huge quantities would overflow the sum.
        var checks = new FieldChecks(text, errors);
        checks.Number("goodQuantity", input.GoodQuantity);
        checks.Number("scrapQuantity", input.ScrapQuantity);
        if (input.Kind == ProgressKind.Output && !errors.ContainsKey("goodQuantity") && !errors.ContainsKey("scrapQuantity")
            && (input.GoodQuantity ?? 0) + (input.ScrapQuantity ?? 0) <= 0)
        {
            errors["goodQuantity"] = [text["WorkOrders.Validation.OutputEmpty"]];
        }

        if (input.At is { } at && ProductionEvent.IsInFuture(at, now))
        {
            errors["at"] = [text["WorkOrders.Validation.AtInFuture"]];
        }

        checks.Moment("at", input.At);

        if (input.WorkerId is { } workerId && !await WorkshopReads.Workers(db).AnyAsync(w => w.Id == workerId, cancellationToken))
        {
            errors["workerId"] = [text["WorkOrders.Validation.Worker"]];
        }

        if (input.DefectCodeId is { } defectCodeId && !await CatalogReads.DefectCodes(db).AnyAsync(d => d.Id == defectCodeId, cancellationToken))
        {
            errors["defectCodeId"] = [text["WorkOrders.Validation.DefectCode"]];
        }

        foreach (var choice in input.Lots ?? [])
        {
            var fits = order.Materials.Any(m => m.ItemId == choice.ItemId)
                && await ProductionStock.IsLotOfAsync(db, choice.LotId, choice.ItemId, cancellationToken);
            if (!fits)
            {
                errors["lots"] = [text["WorkOrders.Validation.Lot"]];
            }
        }

        return errors;
    }
}

/// <summary>What the progress form offers: who can have done the work, and what a scrapped unit's defect was.</summary>
public sealed record ProgressChoices(IReadOnlyList<PickOption> Workers, IReadOnlyList<PickOption> DefectCodes);
