using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Changes;
using Workshop.Mes.Web.Features.Orders;
using Workshop.Mes.Web.Features.Tenancy;
using DomainPriority = Workshop.Mes.Domain.WorkOrders.WorkOrderPriority;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>The answer to a release: the released order, or the shortages that stopped it.</summary>
internal sealed record ReleaseOutcome(WorkOrderDetail? Released, IReadOnlyList<MaterialShortage> Shortages);

/// <summary>
/// Work orders from creation to completion, for the pages, the API and customer orders (which create their work
/// orders here). Every change checks the member's role and the row version the caller read.
/// </summary>
internal sealed class WorkOrderService(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    /// <summary>The most one work order makes; more is a slip of the keyboard, for create and edit alike.</summary>
    public const decimal MaxQuantity = 10_000_000;

    /// <summary>Creates a draft order with the month's next number; <paramref name="input"/> may name the customer order line it makes.</summary>
    public async Task<Validated<WorkOrderDetail>> CreateAsync(WorkshopMember member, CreateWorkOrderRequest input, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Create);
        return await DocumentNumbers.DrawingAsync(() => member.OpenData(contexts), async db =>
        {
            var errors = await ValidateCreateAsync(db, input, cancellationToken);
            if (errors.Count > 0)
            {
                return new Validated<WorkOrderDetail>(null, errors);
            }

            var now = clock.GetUtcNow();
            var today = member.Workshop.Today(clock);
            var number = await DocumentNumbers.NextAsync(db, member.Workshop, DocumentNumber.WorkOrder, now, cancellationToken);
            var order = new WorkOrder(
                member.Workshop.Id,
                number,
                input.ProductId!.Value,
                input.Quantity!.Value,
                input.DueDate!.Value,
                Enum.Parse<DomainPriority>((input.Priority ?? Contracts.WorkOrders.WorkOrderPriority.Normal).ToString()),
                input.CustomerOrderLineId,
                now);
            db.WorkOrders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
            return new Validated<WorkOrderDetail>(await WorkOrderReader.DetailAsync(db, order, today, cancellationToken), new Dictionary<string, string[]>());
        }, cancellationToken);
    }

    /// <summary>Active products for the new-order form.</summary>
    public async Task<IReadOnlyList<PickOption>> ProductsAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Create);
        await using var db = member.OpenData(contexts);
        return await CatalogReads.Items(db).Where(i => i.Kind == ItemKind.Product && i.IsActive).OrderBy(i => i.Code)
            .Select(i => new PickOption(i.Id, i.Code, i.Name)).ToListAsync(cancellationToken);
    }

    public async Task<WorkOrderDetail?> GetAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        return await WorkOrderReader.DetailAsync(db, id, member.Workshop.Today(clock), cancellationToken);
    }

    /// <summary>
    /// Changes an order's plan as the domain allows it: the quantity while it is a draft, the due date and priority
    /// while it is open. A field left out, or sent unchanged, stays as it is. Null when there is no such order.
    /// </summary>
    public async Task<Validated<WorkOrderDetail>?> UpdateAsync(WorkshopMember member, Guid id, uint version, UpdateWorkOrderRequest input, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Change);
        await using var db = member.OpenData(contexts);
        if (await AtVersionAsync(db, id, version, cancellationToken) is not { } order)
        {
            return null;
        }

        var errors = new Dictionary<string, string[]>();
        CheckPlan(errors, input.Quantity, input.DueDate);
        if (input.Priority is { } asked && !Enum.IsDefined(asked))
        {
            errors["priority"] = [text["WorkOrders.Validation.Priority"]];
        }

        if (errors.Count > 0)
        {
            return new Validated<WorkOrderDetail>(null, errors);
        }

        if (input.Quantity is { } quantity && quantity != order.Quantity)
        {
            order.ChangeQuantity(quantity);
        }

        if (input.DueDate is { } due && due != order.DueDate)
        {
            order.ChangeDueDate(due);
        }

        if (input.Priority is { } priority && priority.ToString() != order.Priority.ToString())
        {
            order.ChangePriority(Enum.Parse<DomainPriority>(priority.ToString()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new Validated<WorkOrderDetail>(await ReloadAsync(member, id, cancellationToken), new Dictionary<string, string[]>());
    }

    /// <summary>The components releasing would take, against stock and other open orders; null when there is no such order.</summary>
    public async Task<IReadOnlyList<MaterialShortage>?> ShortagesAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var order = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return order is null ? null : await MaterialShortages.ForAsync(db, order, cancellationToken);
    }

    /// <summary>Releases with a copy of the routing and BOM; refused while components are short unless acknowledged.</summary>
    public async Task<ReleaseOutcome?> ReleaseAsync(WorkshopMember member, Guid id, uint version, bool acknowledgeShortages, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Change);
        await using var db = member.OpenData(contexts);
        if (await AtVersionAsync(db, id, version, cancellationToken) is not { } order)
        {
            return null;
        }

        WorkOrderStateMachine.Apply(order.Status, WorkOrderAction.Release);
        var shortages = (await MaterialShortages.ForAsync(db, order, cancellationToken)).Where(s => s.Shortage > 0).ToList();
        if (shortages.Count > 0 && !acknowledgeShortages)
        {
            return new ReleaseOutcome(null, shortages);
        }

        var routing = await CatalogReads.RoutingSteps(db).Where(s => s.ProductId == order.ProductId).ToListAsync(cancellationToken);
        var bom = await CatalogReads.BomLines(db).Where(b => b.ProductId == order.ProductId).ToListAsync(cancellationToken);
        order.Release(routing, bom, clock.GetUtcNow());
        await ChangePublisher.SaveAndPublishAsync(db, new WorkshopChange(order.WorkshopId, ChangeKind.OrderStatusChanged, order.Id), cancellationToken);
        return new ReleaseOutcome(await ReloadAsync(member, id, cancellationToken), shortages);
    }

    public async Task<Validated<WorkOrderDetail>?> HoldAsync(WorkshopMember member, Guid id, uint version, string? reason, CancellationToken cancellationToken)
    {
        var checks = new FieldChecks(text);
        checks.Note("reason", reason, 500, required: true);
        if (checks.Errors.Count > 0)
        {
            member.Demand(Area.WorkOrders, Operation.Change);
            return new Validated<WorkOrderDetail>(null, checks.Errors);
        }

        var detail = await ChangeAsync(member, id, version, order => order.Hold(reason!), cancellationToken);
        return detail is null ? null : new Validated<WorkOrderDetail>(detail, new Dictionary<string, string[]>());
    }

    public Task<WorkOrderDetail?> ResumeAsync(WorkshopMember member, Guid id, uint version, CancellationToken cancellationToken) =>
        ChangeAsync(member, id, version, order => order.Resume(), cancellationToken);

    public Task<WorkOrderDetail?> CancelAsync(WorkshopMember member, Guid id, uint version, CancellationToken cancellationToken) =>
        CancelAsync(member, id, version, null, cancellationToken);

    /// <summary>Cancels with the reason the person gave; it stays on the timeline and in the audit trail.</summary>
    public Task<WorkOrderDetail?> CancelAsync(WorkshopMember member, Guid id, uint version, string? reason, CancellationToken cancellationToken)
    {
        var checks = new FieldChecks(text);
        checks.Note("reason", reason, 500, required: false);
        if (checks.Errors.Count > 0)
        {
            throw new DomainRuleException("work_order.cancel_reason_too_long", "The reason is too long.");
        }

        return ChangeAsync(member, id, version, order => order.Cancel(reason), cancellationToken);
    }

    public Task<WorkOrderDetail?> CompleteAsync(WorkshopMember member, Guid id, uint version, CancellationToken cancellationToken) =>
        ChangeAsync(member, id, version, order => order.Complete(clock.GetUtcNow()), cancellationToken);

    private async Task<WorkOrderDetail?> ChangeAsync(WorkshopMember member, Guid id, uint version, Action<WorkOrder> change, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Change);
        await using var db = member.OpenData(contexts);
        if (await AtVersionAsync(db, id, version, cancellationToken) is not { } order)
        {
            return null;
        }

        change(order);
        await ChangePublisher.SaveAndPublishAsync(db, new WorkshopChange(order.WorkshopId, ChangeKind.OrderStatusChanged, order.Id), cancellationToken);
        return await ReloadAsync(member, id, cancellationToken);
    }

    /// <summary>The order to change, held to the version the caller read; null when there is no such order here.</summary>
    private static async Task<WorkOrder?> AtVersionAsync(MesDbContext db, Guid id, uint version, CancellationToken cancellationToken)
    {
        var order = await db.WorkOrders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is not null)
        {
            RowVersions.Expect(db, order, version);
        }

        return order;
    }

    private async Task<WorkOrderDetail> ReloadAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        await using var db = member.OpenData(contexts);
        return (await WorkOrderReader.DetailAsync(db, id, member.Workshop.Today(clock), cancellationToken))!;
    }

    /// <summary>What a new order and an edited draft share: a quantity above zero up to <see cref="MaxQuantity"/>, a due date in range.</summary>
    private void CheckPlan(Dictionary<string, string[]> errors, decimal? quantity, DateOnly? dueDate)
    {
        if (quantity <= 0)
        {
            errors.TryAdd("quantity", [text["WorkOrders.Validation.Quantity"]]);
        }

        var checks = new FieldChecks(text, errors);
        checks.Number("quantity", quantity, max: MaxQuantity);
        checks.Day("dueDate", dueDate);
    }

    private async Task<Dictionary<string, string[]>> ValidateCreateAsync(MesDbContext db, CreateWorkOrderRequest input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.ProductId is not { } productId)
        {
            errors["productId"] = [text["Validation.Required"]];
        }
        else if (!await CatalogReads.Items(db).AnyAsync(i => i.Id == productId && i.Kind == ItemKind.Product && i.IsActive, cancellationToken))
        {
            errors["productId"] = [text["WorkOrders.Validation.Product"]];
        }

        if (input.Quantity is null)
        {
            errors["quantity"] = [text["Validation.Required"]];
        }

        if (input.DueDate is null)
        {
            errors["dueDate"] = [text["Validation.Required"]];
        }

        CheckPlan(errors, input.Quantity, input.DueDate);

        if (input.Priority is { } priority && !Enum.IsDefined(priority))
        {
            errors["priority"] = [text["WorkOrders.Validation.Priority"]];
        }

        if (input.CustomerOrderLineId is { } lineId
            && !await OrderReads.CustomerOrderLines(db).AnyAsync(l => l.Id == lineId && l.ProductId == input.ProductId, cancellationToken))
        {
            errors["customerOrderLineId"] = [text["WorkOrders.Validation.CustomerOrderLine"]];
        }

        return errors;
    }
}
