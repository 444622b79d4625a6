using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>
/// How a product is made, step by step (공정 순서). Steps are numbered 1..n with no gaps: adding appends, removing
/// and reordering renumber. Null answers mean no such item or step in the workshop.
/// </summary>
internal sealed class RoutingService(MesContexts contexts, IStringLocalizer<SharedResource> text)
{
    public async Task<IReadOnlyList<RoutingStepView>?> StepsAsync(WorkshopMember member, Guid itemId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Read);
        await using var db = member.OpenData(contexts);
        return await db.Items.AnyAsync(i => i.Id == itemId, cancellationToken) ? await Views(db, itemId).ToListAsync(cancellationToken) : null;
    }

    public async Task<Validated<RoutingStepView>?> AddAsync(WorkshopMember member, Guid itemId, RoutingStepRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Create);
        await using var db = member.OpenData(contexts);
        var item = await db.Items.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var errors = await ValidateAsync(db, request, cancellationToken);
        if (errors.Count > 0)
        {
            return new Validated<RoutingStepView>(null, errors);
        }

        if (item.Kind == ItemKind.Material)
        {
            throw new DomainRuleException("routing.material", "A material is bought, not made; it has no routing.");
        }

        var last = await db.RoutingSteps.Where(s => s.ProductId == itemId).MaxAsync(s => (int?)s.Sequence, cancellationToken) ?? 0;
        var step = new RoutingStep(
            member.Workshop.Id, itemId, last + 1, request.Operation!, request.WorkstationId, request.SetupMinutes, request.RunMinutesPerUnit, request.RequiresInspection);
        db.RoutingSteps.Add(step);
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<RoutingStepView>(await Views(db, itemId, step.Id).SingleAsync(cancellationToken), errors);
    }

    /// <summary>A step as the edit form starts it.</summary>
    public static RoutingStepRequest ToRequest(RoutingStepView step) => new()
    {
        Operation = step.Operation,
        WorkstationId = step.WorkstationId,
        SetupMinutes = step.SetupMinutes,
        RunMinutesPerUnit = step.RunMinutesPerUnit,
        RequiresInspection = step.RequiresInspection,
    };

    public async Task<Validated<RoutingStepView>?> UpdateAsync(
        WorkshopMember member, Guid itemId, Guid stepId, uint version, RoutingStepRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Change);
        await using var db = member.OpenData(contexts);
        var step = await db.RoutingSteps.SingleOrDefaultAsync(s => s.Id == stepId && s.ProductId == itemId, cancellationToken);
        if (step is null)
        {
            return null;
        }

        RowVersions.Expect(db, step, version);
        var errors = await ValidateAsync(db, request, cancellationToken);
        if (errors.Count > 0)
        {
            return new Validated<RoutingStepView>(null, errors);
        }

        step.Change(request.Operation!, request.WorkstationId, request.RequiresInspection);
        step.ChangeTimes(request.SetupMinutes, request.RunMinutesPerUnit);
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<RoutingStepView>(await Views(db, itemId, step.Id).SingleAsync(cancellationToken), errors);
    }

    /// <summary>Removes a step; the ones after it move up a place.</summary>
    public async Task<bool> RemoveAsync(WorkshopMember member, Guid itemId, Guid stepId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Delete);
        await using var db = member.OpenData(contexts);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var steps = await db.RoutingSteps.Where(s => s.ProductId == itemId).OrderBy(s => s.Sequence).ToListAsync(cancellationToken);
        var step = steps.SingleOrDefault(s => s.Id == stepId);
        if (step is null)
        {
            return false;
        }

        db.RoutingSteps.Remove(step);
        await db.SaveChangesAsync(cancellationToken);
        steps.Remove(step);
        await RenumberAsync(db, steps, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Puts the steps in the order given, which must name every step of the routing exactly once (else an error on
    /// <c>stepIds</c>). The buttons and drag-and-drop on the page both end here.
    /// </summary>
    public async Task<Validated<IReadOnlyList<RoutingStepView>>?> ReorderAsync(
        WorkshopMember member, Guid itemId, IReadOnlyList<Guid> stepIds, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Change);
        await using var db = member.OpenData(contexts);
        if (!await db.Items.AnyAsync(i => i.Id == itemId, cancellationToken))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var steps = await db.RoutingSteps.Where(s => s.ProductId == itemId).ToListAsync(cancellationToken);
        if (stepIds.Count != steps.Count || stepIds.Distinct().Count() != stepIds.Count || !stepIds.All(id => steps.Any(s => s.Id == id)))
        {
            return new Validated<IReadOnlyList<RoutingStepView>>(null, new Dictionary<string, string[]> { ["stepIds"] = [text["Routing.OrderMismatch"]] });
        }

        await RenumberAsync(db, stepIds.Select(id => steps.Single(s => s.Id == id)).ToList(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Validated<IReadOnlyList<RoutingStepView>>(await Views(db, itemId).ToListAsync(cancellationToken), new Dictionary<string, string[]>());
    }

    /// <summary>
    /// Numbers the steps 1..n in the order given. The unique index on (workshop, product, sequence) is checked row by
    /// row, so the steps first move past every number in use, then to their places.
    /// </summary>
    private static async Task RenumberAsync(MesDbContext db, IReadOnlyList<RoutingStep> ordered, CancellationToken cancellationToken)
    {
        if (ordered.Select((s, i) => s.Sequence == i + 1).All(inPlace => inPlace))
        {
            return;
        }

        var offset = ordered.Max(s => s.Sequence) + ordered.Count;
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Resequence(offset + i + 1);
        }

        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Resequence(i + 1);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Dictionary<string, string[]>> ValidateAsync(MesDbContext db, RoutingStepRequest request, CancellationToken cancellationToken)
    {
        var fields = new FieldChecks(text);
        fields.Text("operation", request.Operation, 200);
        fields.NotNegative("setupMinutes", request.SetupMinutes);
        fields.Positive("runMinutesPerUnit", request.RunMinutesPerUnit);
        if (!await db.Workstations.AnyAsync(w => w.Id == request.WorkstationId, cancellationToken))
        {
            fields.Add("workstationId", "Routing.UnknownWorkstation");
        }

        return fields.Errors;
    }

    private static IQueryable<RoutingStepView> Views(MesDbContext db, Guid itemId, Guid? only = null) =>
        from step in db.RoutingSteps.AsNoTracking()
        join station in db.Workstations on step.WorkstationId equals station.Id
        where step.ProductId == itemId && (only == null || step.Id == only)
        orderby step.Sequence
        select new RoutingStepView(
            step.Id, step.Sequence, step.Operation, station.Id, station.Code, station.Name, step.SetupMinutes, step.RunMinutesPerUnit, step.RequiresInspection, step.Version);
}
