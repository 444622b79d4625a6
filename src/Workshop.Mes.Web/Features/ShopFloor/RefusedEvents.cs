using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.ShopFloor;

/// <summary>What became of an owner's action on a refused event.</summary>
internal enum RefusedEventAction
{
    Done,
    NotFound,
    Invalid,
}

internal sealed record RefusedEventAnswer(RefusedEventAction Action, RejectedFloorEvent? Event = null, FloorEventResult? Result = null, Dictionary<string, string[]>? Errors = null);

/// <summary>
/// The owner's list of floor events the server refused (ADR 0046): open ones first; each can be re-assigned to a
/// step (recorded again there as a new event by the owner) or dismissed with a reason. Changes are audited.
/// </summary>
internal sealed class RefusedEvents(MesContexts contexts, ProductionCapture capture, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text)
{
    private static readonly JsonSerializerOptions _payloadJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public async Task<IReadOnlyList<RejectedFloorEvent>> ListAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.ShopFloor, Operation.Read);
        await using var db = member.OpenData(contexts);
        var refused = await db.RefusedEvents.AsNoTracking()
            .OrderBy(r => r.Status == RefusedEventStatus.Open ? 0 : 1)
            .ThenByDescending(r => r.ReceivedAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        return await ViewsAsync(db, refused, cancellationToken);
    }

    /// <summary>Records the refused event again on <paramref name="request"/>'s step, as the owner; the event stays refused if that is refused too.</summary>
    public async Task<RefusedEventAnswer> ReassignAsync(WorkshopMember member, Guid id, ReassignRejectedEventRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.ShopFloor, Operation.Change);
        if (request.StepId is not { } stepId)
        {
            return new(RefusedEventAction.Invalid, Errors: new() { ["stepId"] = [text["ShopFloor.Rejected.StepRequired"]] });
        }

        await using var db = member.OpenData(contexts);
        var refused = await db.RefusedEvents.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (refused is null)
        {
            return new(RefusedEventAction.NotFound);
        }

        EnsureOpen(refused);
        if (!await WorkOrderReads.WorkOrderSteps(db).AnyAsync(s => s.Id == stepId, cancellationToken))
        {
            return new(RefusedEventAction.Invalid, Errors: new() { ["stepId"] = [text["ShopFloor.Rejected.StepRequired"]] });
        }

        var original = JsonSerializer.Deserialize<FloorEvent>(refused.Payload, _payloadJson)!;
        var again = original with { Id = Guid.CreateVersion7(), StepId = stepId, CapturedAt = refused.CapturedAt, Kind = Enum.TryParse<FloorEventKind>(refused.Kind, out var kind) ? kind : original.Kind };
        var result = (await capture.RecordForOfficeAsync(member, [new OfficeCapture(again, refused.WorkerId)], cancellationToken)).Single();
        if (result.Outcome == FloorEventOutcome.Stored)
        {
            refused.Reassigned(again.Id!.Value, text["ShopFloor.Rejected.ReassignedTo", await StepNameAsync(db, stepId, cancellationToken)], clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return new(RefusedEventAction.Done, (await ViewsAsync(db, [refused], cancellationToken)).Single(), result);
    }

    public async Task<RefusedEventAnswer> DismissAsync(WorkshopMember member, Guid id, DismissRejectedEventRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.ShopFloor, Operation.Change);
        var checks = new FieldChecks(text);
        checks.Note("reason", request.Reason, 1000, required: true);
        if (checks.Errors.Count > 0)
        {
            return new(RefusedEventAction.Invalid, Errors: checks.Errors);
        }

        await using var db = member.OpenData(contexts);
        var refused = await db.RefusedEvents.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (refused is null)
        {
            return new(RefusedEventAction.NotFound);
        }

        EnsureOpen(refused);
        refused.Dismiss(request.Reason!.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new(RefusedEventAction.Done, (await ViewsAsync(db, [refused], cancellationToken)).Single());
    }

    private static void EnsureOpen(RefusedEvent refused)
    {
        if (refused.Status != RefusedEventStatus.Open)
        {
            throw new DomainRuleException("refused_event.resolved", "This event has already been resolved.");
        }
    }

    private static async Task<string> StepNameAsync(MesDbContext db, Guid stepId, CancellationToken cancellationToken) =>
        await (from s in WorkOrderReads.WorkOrderSteps(db)
               join o in WorkOrderReads.WorkOrders(db).IgnoreAutoIncludes() on s.WorkOrderId equals o.Id
               where s.Id == stepId
               select o.Number + " · " + s.Sequence + " " + s.Operation).SingleAsync(cancellationToken);

    private static async Task<List<RejectedFloorEvent>> ViewsAsync(MesDbContext db, IReadOnlyList<RefusedEvent> refused, CancellationToken cancellationToken)
    {
        var workerIds = refused.Select(r => r.WorkerId).OfType<Guid>().Distinct().ToList();
        var workers = await WorkshopReads.Workers(db).Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.DisplayName, cancellationToken);
        var deviceIds = refused.Select(r => r.DeviceId).OfType<Guid>().Distinct().ToList();
        var devices = await Tablets.FloorSessions.DeviceNamesAsync(db, deviceIds, cancellationToken);
        var stepIds = refused.Select(r => r.WorkOrderStepId).OfType<Guid>().Distinct().ToList();
        var steps = await (from s in WorkOrderReads.WorkOrderSteps(db)
                           join o in WorkOrderReads.WorkOrders(db).IgnoreAutoIncludes() on s.WorkOrderId equals o.Id
                           where stepIds.Contains(s.Id)
                           select new { s.Id, o.Number, s.Sequence, s.Operation }).ToDictionaryAsync(s => s.Id, cancellationToken);
        return [.. refused.Select(r =>
        {
            var payload = Payload(r.Payload);
            var step = r.WorkOrderStepId is { } stepId ? steps.GetValueOrDefault(stepId) : null;
            return new RejectedFloorEvent(
                r.Id,
                r.ClientEventId,
                Enum.TryParse<FloorEventKind>(r.Kind, out var kind) ? kind : FloorEventKind.Report,
                r.CapturedAt,
                r.ReceivedAt,
                r.WorkerId is { } w ? workers.GetValueOrDefault(w) : null,
                r.DeviceId is { } d ? devices.GetValueOrDefault(d) : null,
                step?.Number,
                step?.Sequence,
                step?.Operation,
                payload?.Good,
                payload?.Scrap,
                r.Code,
                r.Reason,
                (RejectedEventStatus)r.Status,
                r.Resolution);
        })];
    }

    private static FloorEvent? Payload(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<FloorEvent>(json, _payloadJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
