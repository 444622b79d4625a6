using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.ShopFloor;
using Workshop.Mes.Web.Features.Tenancy;
using DomainStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;
using DomainStepState = Workshop.Mes.Domain.WorkOrders.StepState;

namespace Workshop.Mes.Web.Features.WorkOrders.Progress;

/// <summary>What an office entry says happened at a step: it started, it reported output and goes on, or it finished.</summary>
internal enum OfficeEntryKind
{
    Start,
    Report,
    Finish,
}

/// <summary>
/// Work at one step entered from the office after the fact (the progress dialog, a line of the day sheet).
/// </summary>
/// <param name="StartedAt">When the work began; a step never started is started then (left out: at <paramref name="At"/>).</param>
/// <param name="At">When the step finished or the output was counted (for a start: when it started).</param>
/// <param name="WorkerId">Who did it; left out, the person entering it.</param>
internal sealed record OfficeEntry(
    Guid StepId,
    OfficeEntryKind Kind,
    DateTimeOffset At,
    DateTimeOffset? StartedAt = null,
    decimal Good = 0,
    decimal Scrap = 0,
    Guid? DefectCodeId = null,
    Guid? WorkerId = null,
    string? Note = null);

/// <summary>How one entry ended: saved, or field errors / a reason in the person's words, with nothing counted for it.</summary>
internal sealed record OfficeOutcome(IReadOnlyDictionary<string, string[]> Errors, string? Problem)
{
    public static readonly OfficeOutcome Saved = new(new Dictionary<string, string[]>(), null);

    public bool IsSaved => Errors.Count == 0 && Problem is null;
}

/// <summary>An open order the day sheet offers, with its steps as they stand now.</summary>
internal sealed record SheetOrder(Guid Id, string Number, string ProductName, decimal Quantity, string Unit, IReadOnlyList<SheetStep> Steps);

internal sealed record SheetStep(Guid Id, int Sequence, string Operation, string WorkstationName, StepState State, decimal Good, decimal Scrap);

/// <summary>
/// The office rules for entering work from paper, pure so the dialog, the day sheet and their tests share them:
/// the good count a step is expected to report, the per-entry checks, and the floor events an entry becomes —
/// finishing (or reporting on) a step that was never started starts it first, as a worker at a tablet would have.
/// </summary>
internal static class OfficeRules
{
    /// <summary>What the step before passed on (its good units), or the order quantity for the first step.</summary>
    public static decimal PassedOn(decimal orderQuantity, IEnumerable<(int Sequence, decimal Good)> steps, int sequence)
    {
        var before = steps.Where(s => s.Sequence < sequence).OrderByDescending(s => s.Sequence).Select(s => (decimal?)s.Good).FirstOrDefault();
        return before ?? orderQuantity;
    }

    /// <summary>The good units still expected at the step: what was passed on less what it already reported, good or scrap.</summary>
    public static decimal ExpectedGood(decimal passedOn, decimal reportedGood, decimal reportedScrap) =>
        Math.Max(0, passedOn - reportedGood - reportedScrap);

    /// <summary>Field errors as resource keys (field names as the API's), empty when the entry can be sent.</summary>
    public static Dictionary<string, string> Check(OfficeEntry entry, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>();
        if (entry.Good < 0)
        {
            errors["goodQuantity"] = "WorkOrders.Validation.NotNegative";
        }

        if (entry.Scrap < 0)
        {
            errors["scrapQuantity"] = "WorkOrders.Validation.NotNegative";
        }
        else if (entry.Scrap > 0 && entry.DefectCodeId is null)
        {
            errors["defectCodeId"] = "WorkOrders.Validation.DefectCode";
        }

        if (entry.Kind == OfficeEntryKind.Report && entry.Good >= 0 && entry.Scrap >= 0 && entry.Good + entry.Scrap == 0)
        {
            errors["goodQuantity"] = "WorkOrders.Validation.OutputEmpty";
        }

        if (!AcceptedDates.Contains(entry.At))
        {
            errors["at"] = "Office.Validation.OutOfRange";
        }
        else if (Domain.ShopFloor.ProductionEvent.IsInFuture(entry.At, now))
        {
            errors["at"] = "WorkOrders.Validation.AtInFuture";
        }

        if (entry.StartedAt is { } started)
        {
            if (!AcceptedDates.Contains(started))
            {
                errors["startedAt"] = "Office.Validation.OutOfRange";
            }
            else if (started > entry.At)
            {
                errors["startedAt"] = "Office.Validation.EndBeforeStart";
            }
        }

        return errors;
    }

    /// <summary>
    /// The floor events an entry becomes at a step in <paramref name="state"/>, in the order they happened;
    /// null when the step can take none (it is finished).
    /// </summary>
    public static IReadOnlyList<FloorEvent>? EventsFor(OfficeEntry entry, StepState state, Func<Guid> newId)
    {
        if (state == StepState.Finished)
        {
            return null;
        }

        // Ids in the order the events happened: a start and a finish entered at the same minute replay in that order
        // (capture time, then id) should the step ever be rebuilt.
        var ids = new[] { newId(), newId() }.Order().ToArray();
        var next = 0;
        Guid NextId() => next < ids.Length ? ids[next++] : newId();
        var events = new List<FloorEvent>();
        var startedAt = entry.StartedAt ?? entry.At;
        switch (state)
        {
            case StepState.Pending:
                events.Add(new FloorEvent(NextId(), FloorEventKind.Start, startedAt, entry.StepId));
                break;
            case StepState.Paused:
                events.Add(new FloorEvent(NextId(), FloorEventKind.Resume, startedAt, entry.StepId));
                break;
            case StepState.Running when entry.Kind == OfficeEntryKind.Start:
                // Another worker joining a running step.
                events.Add(new FloorEvent(NextId(), FloorEventKind.Start, startedAt, entry.StepId));
                break;
            default:
                break;
        }

        if (entry.Kind != OfficeEntryKind.Start)
        {
            var kind = entry.Kind == OfficeEntryKind.Finish ? FloorEventKind.Finish : FloorEventKind.Report;
            var note = string.IsNullOrWhiteSpace(entry.Note) ? null : entry.Note.Trim();
            events.Add(new FloorEvent(NextId(), kind, entry.At, entry.StepId, entry.Good, entry.Scrap, entry.Scrap > 0 ? entry.DefectCodeId : null, note));
        }

        return events;
    }

    /// <summary>The step's state once the entry is recorded.</summary>
    public static StepState After(OfficeEntryKind kind) => kind == OfficeEntryKind.Finish ? StepState.Finished : StepState.Running;
}

/// <summary>
/// Office entry of work from paper, through the same capture as the tablet (<see cref="ProductionCapture"/>): each
/// entry becomes floor events with ids made here, captured at the time entered, so a scrap entered in the office
/// makes a defect record exactly as one reported at the station. Entries are checked first and refused in the
/// person's words (the order is not open, the step is already finished) before anything is sent.
/// </summary>
internal sealed class OfficeProgress(MesContexts contexts, ProductionCapture capture, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    /// <summary>How many open orders the day sheet offers, most recent first.</summary>
    public const int SheetOrderLimit = 300;

    /// <summary>The released and running orders with their steps, for the day sheet.</summary>
    public async Task<IReadOnlyList<SheetOrder>> OpenOrdersAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var orders = await db.WorkOrders.AsNoTracking()
            .Where(o => o.Status == DomainStatus.Released || o.Status == DomainStatus.InProgress)
            .OrderByDescending(o => o.Number).Take(SheetOrderLimit).ToListAsync(cancellationToken);
        var productIds = orders.Select(o => o.ProductId).Distinct().ToList();
        var products = await CatalogReads.Items(db).Where(i => productIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var stationIds = orders.SelectMany(o => o.Steps).Select(s => s.WorkstationId).Distinct().ToList();
        var stations = await CatalogReads.Workstations(db).Where(w => stationIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        return [.. orders.Select(o => new SheetOrder(
            o.Id,
            o.Number,
            products.GetValueOrDefault(o.ProductId)?.Name ?? string.Empty,
            o.Quantity,
            products.GetValueOrDefault(o.ProductId)?.Unit ?? string.Empty,
            [.. o.Steps.OrderBy(s => s.Sequence).Select(s => new SheetStep(
                s.Id, s.Sequence, s.Operation, stations.GetValueOrDefault(s.WorkstationId) ?? string.Empty, StateOf(s.State), s.GoodQuantity, s.ScrapQuantity))]))];
    }

    /// <summary>Records the entries in the order they happened; one outcome per entry, in the order given.</summary>
    public async Task<IReadOnlyList<OfficeOutcome>> RecordAsync(WorkshopMember member, IReadOnlyList<OfficeEntry> entries, CancellationToken cancellationToken)
    {
        member.Demand(Area.ShopFloor, Operation.Create);
        var now = clock.GetUtcNow();
        var outcomes = new OfficeOutcome?[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var checks = new FieldChecks(text, OfficeRules.Check(entries[i], now).ToDictionary(e => e.Key, e => new[] { text[e.Value].Value }));
            checks.Number("goodQuantity", entries[i].Good);
            checks.Number("scrapQuantity", entries[i].Scrap);
            checks.Note("note", entries[i].Note, 500);
            if (checks.Errors.Count > 0)
            {
                outcomes[i] = new OfficeOutcome(checks.Errors, null);
            }
        }

        var stepIds = entries.Select(e => e.StepId).Distinct().ToList();
        await using var db = member.OpenData(contexts);

        // Work with no worker named is the person's own, under their office profile; stored before the capture so
        // that the capture's defect costing finds it even on their very first entry.
        Guid? own = null;
        if (entries.Any(e => e.WorkerId is null))
        {
            own = await OfficeWorkers.ProfileOfAsync(db, member, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var orders = await db.WorkOrders.AsNoTracking().Where(o => o.Steps.Any(s => stepIds.Contains(s.Id))).ToListAsync(cancellationToken);
        var steps = orders.SelectMany(o => o.Steps.Select(s => (Order: o, Step: s))).ToDictionary(p => p.Step.Id);
        var states = steps.ToDictionary(p => p.Key, p => StateOf(p.Value.Step.State));

        // Applied in the order they happened, whatever the order of the lines on the sheet.
        var captures = new List<OfficeCapture>();
        var owners = new List<int>();
        foreach (var i in Enumerable.Range(0, entries.Count).OrderBy(i => entries[i].StartedAt ?? entries[i].At).ThenBy(i => i))
        {
            var entry = entries[i];
            if (outcomes[i] is not null)
            {
                continue;
            }

            if (!steps.TryGetValue(entry.StepId, out var found))
            {
                outcomes[i] = Refused("Office.Refused.StepUnknown");
                continue;
            }

            if (!Domain.WorkOrders.WorkOrderEditing.CanRecordWork(found.Order.Status))
            {
                outcomes[i] = Refused("Office.Refused.OrderNotOpen", found.Order.Number, DisplayNames.Of(text, StatusOf(found.Order.Status)));
                continue;
            }

            var events = OfficeRules.EventsFor(entry, states[entry.StepId], Guid.CreateVersion7);
            if (events is null)
            {
                outcomes[i] = Refused("Office.Refused.StepFinished", found.Step.Sequence, found.Step.Operation);
                continue;
            }

            states[entry.StepId] = OfficeRules.After(entry.Kind);
            foreach (var floorEvent in events)
            {
                captures.Add(new OfficeCapture(floorEvent, entry.WorkerId ?? own));
                owners.Add(i);
            }
        }

        if (captures.Count > 0)
        {
            var results = await capture.RecordForOfficeAsync(member, captures, cancellationToken);
            foreach (var result in results.Where(r => r.Outcome == FloorEventOutcome.Rejected && r.Index >= 0 && r.Index < owners.Count))
            {
                outcomes[owners[result.Index]] ??= new OfficeOutcome(new Dictionary<string, string[]>(), Reason(result));
            }
        }

        return [.. outcomes.Select(o => o ?? OfficeOutcome.Saved)];
    }

    /// <summary>A refusal from the capture in the person's words: the rules we know by their code, others as the server said.</summary>
    private string Reason(FloorEventResult result) => result.Code switch
    {
        "production_event.order_not_open" => text["Office.Refused.OrderChanged"],
        "production_event.illegal_for_step" => text["Office.Refused.StepChanged"],
        _ => string.IsNullOrWhiteSpace(result.Message) ? text["Office.Refused.Other"] : result.Message,
    };

    private OfficeOutcome Refused(string key, params object[] arguments) =>
        new(new Dictionary<string, string[]>(), text[key, arguments]);

    private static StepState StateOf(DomainStepState state) => Enum.Parse<StepState>(state.ToString());

    private static WorkOrderStatus StatusOf(DomainStatus status) => Enum.Parse<WorkOrderStatus>(status.ToString());
}
