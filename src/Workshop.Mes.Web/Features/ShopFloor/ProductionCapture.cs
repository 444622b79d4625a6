using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Npgsql;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Changes;
using Workshop.Mes.Web.Features.Dashboard;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.Tablets;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.ShopFloor;

/// <summary>An event entered in the office (progress dialog, day sheet) for a worker; no worker means the person entering it.</summary>
[ModuleSurface]
internal sealed record OfficeCapture(FloorEvent Event, Guid? WorkerId);

/// <summary>
/// The one way production is recorded, from a tablet or the office: each event is stored once by its id and,
/// in the same transaction, moves its step and order, counts actual minutes, records a defect for scrap,
/// backflushes material and keeps downtime. A refused event is kept for the owner, never dropped.
/// </summary>
[ModuleSurface]
internal sealed class ProductionCapture(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    /// <summary>The most events one batch may carry.</summary>
    public const int MaxBatch = 500;

    private const int Attempts = 5;

    private static readonly JsonSerializerOptions _payloadJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>Office entry (Area.ShopFloor, Create): the same events a tablet sends, one result per event.</summary>
    public async Task<IReadOnlyList<FloorEventResult>> RecordForOfficeAsync(
        WorkshopMember member, IReadOnlyList<OfficeCapture> events, CancellationToken cancellationToken)
    {
        member.Demand(Area.ShopFloor, Operation.Create);
        var results = new List<FloorEventResult>();
        for (var i = 0; i < events.Count; i++)
        {
            var source = new CaptureSource(member, null, null, events[i].WorkerId, TimeSpan.Zero, KeepRefusals: false);
            results.Add((await RecordOneAsync(source, events[i].Event, i, cancellationToken)).Result);
        }

        return results;
    }

    /// <summary>One office event whose refusal is thrown as its rule (the progress dialog shows it as a 409).</summary>
    public async Task<FloorEventResult> RecordForOfficeOrThrowAsync(WorkshopMember member, OfficeCapture capture, CancellationToken cancellationToken)
    {
        member.Demand(Area.ShopFloor, Operation.Create);
        var outcome = await RecordOneAsync(new CaptureSource(member, null, null, capture.WorkerId, TimeSpan.Zero, KeepRefusals: false), capture.Event, 0, cancellationToken);
        if (outcome.Rule is { } rule)
        {
            ExceptionDispatchInfo.Throw(rule);
        }

        return outcome.Result;
    }

    /// <summary>
    /// A tablet's events, each in its own transaction, under the worker session they were captured in (ADR 0046),
    /// their capture times corrected by the tablet's clock offset measured now (ADR 0044).
    /// </summary>
    public async Task<IReadOnlyList<FloorEventResult>> RecordFromTabletAsync(
        FloorTablet tablet, string? ipAddress, string? sessionToken, DateTimeOffset? sentAt, IReadOnlyList<FloorEvent?> events, CancellationToken cancellationToken)
    {
        var offset = ClockOffset.Measured(sentAt, clock.GetUtcNow());
        WorkshopRef workshop;
        FloorSessionWindow? session;
        await using (var db = contexts.ForWorkshop(tablet.WorkshopId, tablet.Actor(ipAddress)))
        {
            workshop = await WorkshopReads.Workshops(db).Where(t => t.Id == tablet.WorkshopId)
                .Select(t => new WorkshopRef(t.Id, t.Slug, t.Name, t.TimeZone)).SingleAsync(cancellationToken);
            session = await FloorSessions.WindowAsync(db, tablet.WorkshopId, tablet.DeviceId, sessionToken, cancellationToken);
        }

        var actor = session is null ? tablet.Actor(ipAddress) : new AuditActor(ActorKind.Worker, session.WorkerId, session.WorkerName, tablet.DeviceId, ipAddress);
        var source = new CaptureSource(new WorkshopMember(workshop, WorkshopRole.Worker, actor), tablet.DeviceId, session, null, offset, KeepRefusals: true);
        var results = new List<FloorEventResult>();
        for (var i = 0; i < events.Count; i++)
        {
            results.Add((await RecordOneAsync(source, events[i], i, cancellationToken)).Result);
        }

        return results;
    }

    private async Task<Outcome> RecordOneAsync(CaptureSource source, FloorEvent? e, int index, CancellationToken cancellationToken)
    {
        if (e?.Id is not { } id || id == Guid.Empty)
        {
            // Nothing to store it under: the tablet must send it again with its id.
            return new(new FloorEventResult(index, null, FloorEventOutcome.Rejected, "floor_event.id_required", text["Rule.floor_event.id_required"]));
        }

        var received = clock.GetUtcNow();
        try
        {
            return await UnitOfWork.RetryAsync(
                () => source.Member.OpenData(contexts),
                db => ApplyAsync(db, source, e, id, received, index, cancellationToken),
                IsRace,
                Attempts,
                cancellationToken);
        }
        catch (DbUpdateException duplicate) when (IsDuplicate(duplicate))
        {
            return new(new FloorEventResult(index, id, FloorEventOutcome.Duplicate));
        }
        catch (DbUpdateException race) when (IsRace(race))
        {
            throw new DomainRuleException("stock.busy", "Someone else is moving the same stock; try again.");
        }
        catch (DomainRuleException rule)
        {
            return await RefuseAsync(source, e, id, received, index, rule, cancellationToken);
        }
    }

    private async Task<Outcome> ApplyAsync(MesDbContext db, CaptureSource source, FloorEvent e, Guid id, DateTimeOffset received, int index, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await WorkOrderProduction.HasEventAsync(db, id, cancellationToken) || await QualityRecords.HasDowntimeEventAsync(db, id, cancellationToken))
        {
            return new(new FloorEventResult(index, id, FloorEventOutcome.Duplicate));
        }

        if (await db.RefusedEvents.AsNoTracking().Where(r => r.ClientEventId == id).Select(r => new { r.Code, r.Reason }).SingleOrDefaultAsync(cancellationToken) is { } refused)
        {
            return new(new FloorEventResult(index, id, FloorEventOutcome.Rejected, refused.Code, refused.Reason));
        }

        var (kind, at) = Checked(source, e, received);
        var workerId = await WorkerAsync(db, source, cancellationToken);
        switch (kind)
        {
            case FloorEventKind.DowntimeStart:
                await StartDowntimeAsync(db, source, e, id, at, workerId, cancellationToken);
                break;
            case FloorEventKind.DowntimeEnd:
                var downtime = await QualityRecords.DowntimeStartedByAsync(db, e.DowntimeStartId ?? Guid.Empty, cancellationToken)
                    ?? throw Rule("floor_event.downtime_unknown", "No downtime was started by that event.");
                downtime.End(at, e.Note, id);
                DashboardRollups.DowntimeEnded(db, downtime);
                break;
            default:
                await RecordStepEventAsync(db, source, e, kind, id, at, received, workerId, cancellationToken);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        await DashboardRollups.FlushAsync(db, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(new FloorEventResult(index, id, FloorEventOutcome.Stored));
    }

    /// <summary>The checks every event passes before it touches anything: its kind, quantities, note, time and session.</summary>
    private static (FloorEventKind Kind, DateTimeOffset At) Checked(CaptureSource source, FloorEvent e, DateTimeOffset received)
    {
        if (e.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            throw Rule("floor_event.kind_unknown", "Unknown event kind.");
        }

        if (e.CapturedAt is not { } tapped)
        {
            throw Rule("floor_event.captured_at_required", "The event needs its capture time.");
        }

        foreach (var quantity in new[] { e.Good, e.Scrap })
        {
            if (quantity is < 0)
            {
                throw Rule("floor_event.quantity_negative", "A quantity cannot be negative.");
            }

            if (quantity is { } q && (q > DecimalColumn.Amount.Max || DecimalColumn.Amount.Fit(q) != DecimalFit.Fits))
            {
                throw Rule("floor_event.quantity_too_large", "The quantity is too large or too precise.");
            }
        }

        if (e.Note is { Length: > 1000 })
        {
            throw Rule("floor_event.note_too_long", "The note is too long.");
        }

        if ((e.Lots?.Count ?? 0) > 100)
        {
            throw Rule("floor_event.lot_unknown", "A scanned lot is not a material of this order.");
        }

        // The tablet's clock, corrected by its offset from ours measured at this send (ADR 0044).
        var at = (tapped + source.ClockOffset).ToUniversalTime();
        if (ProductionEvent.IsInFuture(at, received))
        {
            throw Rule("production_event.captured_in_future", "The event's capture time is in the future.");
        }

        if (source.DeviceId is not null && (source.Session is not { } session || !session.Covers(at)))
        {
            throw Rule("session.ended", "The worker's session had ended when the event was captured.");
        }

        return (kind, at);
    }

    private static async Task<Guid> WorkerAsync(MesDbContext db, CaptureSource source, CancellationToken cancellationToken)
    {
        if (source.Session is { } session)
        {
            return session.WorkerId;
        }

        if (source.OfficeWorkerId is { } workerId)
        {
            return await WorkshopReads.Workers(db).AnyAsync(w => w.Id == workerId, cancellationToken)
                ? workerId
                : throw Rule("floor_event.worker_unknown", "No such worker here.");
        }

        return await OfficeWorkers.ProfileOfAsync(db, source.Member, cancellationToken);
    }

    private static async Task StartDowntimeAsync(MesDbContext db, CaptureSource source, FloorEvent e, Guid id, DateTimeOffset at, Guid workerId, CancellationToken cancellationToken)
    {
        if (e.WorkstationId is not { } stationId || !await CatalogReads.Workstations(db).AnyAsync(w => w.Id == stationId, cancellationToken))
        {
            throw Rule("floor_event.workstation_unknown", "No such workstation here.");
        }

        if (e.DowntimeReasonId is not { } reasonId || !await CatalogReads.DowntimeReasons(db).AnyAsync(r => r.Id == reasonId, cancellationToken))
        {
            throw Rule("floor_event.downtime_reason_unknown", "Choose a downtime reason.");
        }

        QualityRecords.AddDowntime(db, new Downtime(source.Member.Workshop.Id, stationId, reasonId, at, workerId, id));
    }

    private async Task RecordStepEventAsync(
        MesDbContext db, CaptureSource source, FloorEvent e, FloorEventKind kind, Guid id, DateTimeOffset at, DateTimeOffset received, Guid workerId, CancellationToken cancellationToken)
    {
        var order = e.StepId is { } stepId ? await WorkOrderProduction.LockOrderOfStepAsync(db, stepId, cancellationToken) : null;
        if (order is null)
        {
            throw Rule("production_event.step_not_found", "The order has no such step.");
        }

        var statusBefore = order.Status;
        var step = order.Steps.Single(s => s.Id == e.StepId);
        var scrap = e.Scrap ?? 0;
        if (scrap > 0 && e.DefectCodeId is { } codeId && !await CatalogReads.DefectCodes(db).AnyAsync(d => d.Id == codeId, cancellationToken))
        {
            throw Rule("floor_event.defect_code_unknown", "No such defect code here.");
        }

        var scanned = new Dictionary<Guid, Guid>();
        foreach (var lot in e.Lots ?? [])
        {
            if (lot is null || !order.Materials.Any(m => m.ItemId == lot.ItemId) || !await ProductionStock.IsLotOfAsync(db, lot.LotId, lot.ItemId, cancellationToken))
            {
                throw Rule("floor_event.lot_unknown", "A scanned lot is not a material of this order.");
            }

            scanned[lot.ItemId] = lot.LotId;
        }

        var context = new EventContext(order.WorkshopId, id, order.Id, step.Id, workerId, source.DeviceId, at, received, e.Scanned == true && source.DeviceId is not null);
        // A report in capture order (the common tap) needs only the step's latest capture time; a correction, an
        // event that arrives late or one that moves labour time reads the step's history.
        var needsHistory = kind is not FloorEventKind.Report || e.CorrectsEventId is not null
            || (await WorkOrderProduction.LatestCaptureOfStepAsync(db, step.Id, cancellationToken) is { } latest && at < latest);
        var stepEvents = needsHistory ? await WorkOrderProduction.EventsOfStepsAsync(db, [step.Id], cancellationToken) : [];
        ProductionEvent? corrected = null;
        ProductionEvent productionEvent;
        switch (kind)
        {
            case FloorEventKind.Start:
                productionEvent = ProductionEvent.Start(context);
                break;
            case FloorEventKind.Pause:
                if (e.DowntimeReasonId is not { } reasonId || !await CatalogReads.DowntimeReasons(db).AnyAsync(r => r.Id == reasonId, cancellationToken))
                {
                    throw Rule("production_event.pause_reason_required", "A pause needs a reason.");
                }

                productionEvent = ProductionEvent.Pause(context, reasonId);
                break;
            case FloorEventKind.Resume:
                productionEvent = ProductionEvent.Resume(context);
                break;
            case FloorEventKind.Report when e.CorrectsEventId is { } correctsId:
                corrected = stepEvents.SingleOrDefault(p => p.ClientEventId == correctsId && p.Kind is ProductionEventKind.Output or ProductionEventKind.Finish)
                    ?? throw Rule("production_event.correction_target_invalid", "A correction must refer to an earlier output or finish of the same step.");
                var earlier = stepEvents.Where(p => p.CorrectsEventId == corrected.Id).ToList();
                var good = (e.Good ?? corrected.GoodQuantity) - corrected.GoodQuantity - earlier.Sum(p => p.GoodQuantity);
                var scrapDelta = (e.Scrap ?? corrected.ScrapQuantity) - corrected.ScrapQuantity - earlier.Sum(p => p.ScrapQuantity);
                if (string.IsNullOrWhiteSpace(e.Note))
                {
                    throw Rule("floor_event.correction_note_required", "Say why the quantity is corrected.");
                }

                productionEvent = ProductionEvent.Correction(context, corrected, good, scrapDelta, e.Note.Trim());
                break;
            case FloorEventKind.Report:
                productionEvent = ProductionEvent.Output(context, e.Good ?? 0, scrap, e.DefectCodeId);
                break;
            default:
                productionEvent = ProductionEvent.Finish(context, e.Good ?? 0, scrap, e.DefectCodeId);
                break;
        }

        // Out of order (ADR 0045): an event captured before one already applied rebuilds the step in capture order.
        var all = stepEvents.Append(productionEvent).ToList();
        if (stepEvents.Count > 0 && at < stepEvents.Max(p => p.CapturedAt))
        {
            order.Replay(step.Id, all);
        }
        else
        {
            order.Record(productionEvent, corrected);
        }

        WorkOrderProduction.AddEvent(db, productionEvent);
        if (productionEvent.Kind is ProductionEventKind.Start or ProductionEventKind.Pause or ProductionEventKind.Resume or ProductionEventKind.Finish)
        {
            await RecountLabourAsync(db, order.WorkshopId, step.Id, all, cancellationToken);
            DashboardRollups.StepRan(db, order.WorkshopId, step.WorkstationId, order.ProductId, step.Id, stepEvents, all);
        }

        DashboardRollups.Produced(db, order.WorkshopId, step.WorkstationId, order.ProductId, corrected?.CapturedAt ?? at, productionEvent.GoodQuantity, productionEvent.ScrapQuantity);

        if (productionEvent.Kind is ProductionEventKind.Output or ProductionEventKind.Finish && productionEvent.ScrapQuantity > 0)
        {
            await RecordDefectAsync(db, source, order, step, productionEvent, e.Note, scanned.Values.Cast<Guid?>().FirstOrDefault(), cancellationToken);
        }

        var isLastStep = step.Sequence == order.Steps.Max(s => s.Sequence);
        if (isLastStep && productionEvent.Kind is ProductionEventKind.Output or ProductionEventKind.Finish)
        {
            await Backflush.BookAsync(db, order, productionEvent.GoodQuantity, productionEvent.ScrapQuantity, at, source.Member.Workshop.Zone, scanned, cancellationToken);
        }

        await ChangePublisher.PublishProductionAsync(db, order.WorkshopId, order.Id, defectRecorded: productionEvent.Kind is ProductionEventKind.Output or ProductionEventKind.Finish && productionEvent.ScrapQuantity > 0, statusBefore != order.Status, cancellationToken);
    }

    /// <summary>
    /// Actual minutes (ADR 0045) of every worker on the step, over every step they ran while it ran: one worker's
    /// shared time is split between the steps they ran at once, so those steps change together.
    /// </summary>
    private static async Task RecountLabourAsync(MesDbContext db, Guid workshopId, Guid stepId, IReadOnlyList<ProductionEvent> stepEvents, CancellationToken cancellationToken)
    {
        var crew = stepEvents.Where(p => p.Kind == ProductionEventKind.Start).Select(p => p.WorkerId).ToHashSet();
        var since = stepEvents.Min(p => p.CapturedAt);
        var stepIds = new HashSet<Guid> { stepId };
        foreach (var worker in crew)
        {
            stepIds.UnionWith(await WorkOrderProduction.StepsWorkedSinceAsync(db, worker, since, cancellationToken));
        }

        var events = (await WorkOrderProduction.EventsOfStepsAsync(db, [.. stepIds.Where(s => s != stepId)], cancellationToken)).Concat(stepEvents);
        var intervals = events.GroupBy(p => p.WorkOrderStepId)
            .SelectMany(g => LabourTime.Intervals(g.Key, ProductionEvents.InCaptureOrder(g)))
            .Where(i => crew.Contains(i.WorkerId));
        var minutes = LabourTime.Minutes(intervals);

        var rows = await db.StepLabour.Where(l => stepIds.Contains(l.WorkOrderStepId)).ToListAsync(cancellationToken);
        foreach (var ((step, worker), value) in minutes)
        {
            if (rows.SingleOrDefault(r => r.WorkOrderStepId == step && r.WorkerId == worker) is { } row)
            {
                row.Set(value);
            }
            else
            {
                row = new StepLabour(workshopId, step, worker, value);
                db.StepLabour.Add(row);
                rows.Add(row);
            }
        }

        foreach (var step in await WorkOrderProduction.StepsAsync(db, stepIds, cancellationToken))
        {
            step.SetActualMinutes(rows.Where(r => r.WorkOrderStepId == step.Id).Sum(r => r.Minutes));
        }
    }

    /// <summary>
    /// A defect record for the scrap (ADR 0048): material at standard cost of the order's materials per unit, no
    /// rework, and the step's run minutes per scrapped unit as lost time at the worker's hourly cost.
    /// </summary>
    private static async Task RecordDefectAsync(
        MesDbContext db, CaptureSource source, WorkOrder order, WorkOrderStep step, ProductionEvent scrap, string? note, Guid? lotId, CancellationToken cancellationToken)
    {
        var code = await CatalogReads.DefectCodes(db).SingleAsync(d => d.Id == scrap.DefectCodeId, cancellationToken);
        var materialIds = order.Materials.Select(m => m.ItemId).ToList();
        var standardCosts = await CatalogReads.Items(db).Where(i => materialIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.StandardCost, cancellationToken);
        var unitMaterial = order.Materials.Sum(m => m.QuantityPer * standardCosts.GetValueOrDefault(m.ItemId));
        // A member's office profile made in this same entry is not in the database yet: it costs nothing an hour.
        var hourly = await WorkshopReads.Workers(db).Where(w => w.Id == scrap.WorkerId).Select(w => (decimal?)w.HourlyCost).SingleOrDefaultAsync(cancellationToken) ?? 0;
        var cost = DefectCost.Calculate(Disposition.Scrap, scrap.ScrapQuantity, unitMaterial, 0, step.RunMinutesPerUnit * scrap.ScrapQuantity, hourly);
        var number = await DocumentNumbers.NextAsync(db, source.Member.Workshop, DocumentNumber.Defect, scrap.CapturedAt, cancellationToken);
        var source2 = new DefectSource(order.ProductId, order.Id, step.Id, step.WorkstationId, scrap.WorkerId, lotId, scrap.Id);
        var record = new DefectRecord(order.WorkshopId, number, source2, code.Id, code.Category, scrap.ScrapQuantity, Disposition.Scrap, cost, scrap.CapturedAt);
        if (!string.IsNullOrWhiteSpace(note))
        {
            record.AddNote(note.Trim());
        }

        QualityRecords.AddDefect(db, record);
        DashboardRollups.DefectRecorded(db, record);
    }

    private async Task<Outcome> RefuseAsync(CaptureSource source, FloorEvent e, Guid id, DateTimeOffset received, int index, DomainRuleException rule, CancellationToken cancellationToken)
    {
        var reason = RuleText.Of(text, rule);
        if (!source.KeepRefusals)
        {
            return new(new FloorEventResult(index, id, FloorEventOutcome.Rejected, rule.Code, reason), rule);
        }

        await using var db = source.Member.OpenData(contexts);
        var refused = new RefusedEvent(
            source.Member.Workshop.Id,
            id,
            e.Kind is { } kind && Enum.IsDefined(kind) ? kind.ToString() : "Unknown",
            JsonSerializer.Serialize(e, _payloadJson),
            e.CapturedAt is { } captured && captured.Year is > 1 and < 9999 ? captured + source.ClockOffset : received,
            received,
            source.Session?.WorkerId,
            source.DeviceId,
            e.StepId,
            rule.Code,
            reason.Length > 1000 ? reason[..1000] : reason);
        db.RefusedEvents.Add(refused);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(new FloorEventResult(index, id, FloorEventOutcome.Rejected, rule.Code, reason), rule);
        }
        catch (DbUpdateException conflict) when (conflict.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same event refused at the same moment by a concurrent resend: answer what was stored.
            await using var read = source.Member.OpenData(contexts);
            var stored = await read.RefusedEvents.AsNoTracking().SingleAsync(r => r.ClientEventId == id, cancellationToken);
            return new(new FloorEventResult(index, id, FloorEventOutcome.Rejected, stored.Code, stored.Reason), rule);
        }
    }

    private static DomainRuleException Rule(string code, string message) => new(code, message);

    /// <summary>The event's id already stored: a concurrent resend won.</summary>
    private static bool IsDuplicate(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
        && unique.ConstraintName is { } name
        && (name.EndsWith("_client_event_id", StringComparison.Ordinal) || name.EndsWith("_start_event_id", StringComparison.Ordinal) || name.EndsWith("_end_event_id", StringComparison.Ordinal));

    private static bool IsRace(DbUpdateException e) =>
        e is DbUpdateConcurrencyException
        || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "stock_balances" or "step_labour" }
        || DocumentNumbers.IsDrawRace(e);

    /// <summary>Who captured: the member (a worker on a tablet, or the office), the tablet and session, and the tablet's clock offset.</summary>
    private sealed record CaptureSource(WorkshopMember Member, Guid? DeviceId, FloorSessionWindow? Session, Guid? OfficeWorkerId, TimeSpan ClockOffset, bool KeepRefusals);

    private sealed record Outcome(FloorEventResult Result, DomainRuleException? Rule = null);
}
