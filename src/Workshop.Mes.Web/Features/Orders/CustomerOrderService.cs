using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using DomainOrderStatus = Workshop.Mes.Domain.Orders.CustomerOrderStatus;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>
/// What changes a customer order (수주): taking and editing it, cancelling it, and making its work orders through
/// the work-orders module. Reads are <see cref="CustomerOrderQueries"/>; the checks, <see cref="CustomerOrderChecks"/>.
/// </summary>
internal sealed class CustomerOrderService(MesContexts contexts, TimeProvider clock, CustomerOrderChecks checks)
{
    public async Task<Validated<CustomerOrderView>> CreateAsync(WorkshopMember member, CustomerOrderRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Create);
        var now = clock.GetUtcNow();
        var orderedOn = request.OrderedOn ?? member.Workshop.Today(clock);
        return await DocumentNumbers.DrawingAsync(() => member.OpenData(contexts), async db =>
        {
            var errors = await checks.OrderAsync(db, request, orderedOn, existingLines: null, cancellationToken);
            if (errors.Count > 0)
            {
                return new Validated<CustomerOrderView>(null, errors);
            }

            var customer = await CustomerNameOfAsync(db, request.CustomerName!, cancellationToken);
            var number = await DocumentNumbers.NextAsync(db, member.Workshop, DocumentNumber.CustomerOrder, now, cancellationToken);
            var order = new CustomerOrder(member.Workshop.Id, number, customer, orderedOn);
            foreach (var line in request.Lines!)
            {
                order.AddLine(line.ProductId!.Value, line.Quantity!.Value, line.DueDate!.Value, SizesOf(line));
            }

            db.CustomerOrders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
            return new Validated<CustomerOrderView>(await CustomerOrderViews.ViewAsync(db, order, member.Workshop.Zone, member.Workshop.Today(clock), cancellationToken), errors);
        }, cancellationToken);
    }

    /// <summary>
    /// Replaces the header and lines (lines left out are removed) while nothing is shipped and no work order of the
    /// order has been released; null when there is no such order.
    /// </summary>
    public async Task<Validated<CustomerOrderView>?> UpdateAsync(
        WorkshopMember member, Guid id, uint version, CustomerOrderRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Change);
        await using var db = member.OpenData(contexts);
        var order = await db.CustomerOrders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        RowVersions.Expect(db, order, version);
        var orderedOn = request.OrderedOn ?? order.OrderedOn;
        var errors = await checks.OrderAsync(db, request, orderedOn, order.Lines.Select(l => l.Id).ToHashSet(), cancellationToken);
        if (errors.Count > 0)
        {
            return new Validated<CustomerOrderView>(null, errors);
        }

        var lineIds = order.Lines.Select(l => l.Id).ToList();
        var workOrders = await OrderLineWorkOrders.OfLinesAsync(db, lineIds, cancellationToken);
        if (workOrders.Any(w => w.Status != WorkOrderStatus.Draft))
        {
            throw new DomainRuleException("customer_order.work_orders_released", "The order's work orders are already on the floor; it can no longer be edited.");
        }

        var kept = request.Lines!.Where(l => l.Id is not null).Select(l => l.Id!.Value).ToHashSet();
        foreach (var removed in order.Lines.Where(l => !kept.Contains(l.Id)).ToList())
        {
            if (workOrders.Any(w => w.LineId == removed.Id))
            {
                throw new DomainRuleException("customer_order.line_has_work_orders", "The line already has work orders.", removed.LineNumber);
            }

            order.RemoveLine(removed.Id);
        }

        // Move the order date first when it moves earlier, last when it moves later, so no line is ever due before it.
        var customer = await CustomerNameOfAsync(db, request.CustomerName!, cancellationToken, except: order.Id);
        var earlier = orderedOn < order.OrderedOn;
        if (earlier)
        {
            order.Revise(customer, orderedOn);
        }

        foreach (var line in request.Lines!.Where(l => l.Id is not null))
        {
            order.ChangeLine(line.Id!.Value, line.ProductId!.Value, line.Quantity!.Value, line.DueDate!.Value, SizesOf(line));
        }

        if (!earlier)
        {
            order.Revise(customer, orderedOn);
        }

        foreach (var line in request.Lines!.Where(l => l.Id is null))
        {
            order.AddLine(line.ProductId!.Value, line.Quantity!.Value, line.DueDate!.Value, SizesOf(line));
        }

        // Line edits alone do not touch the order's row; marking it keeps its version (the ETag) moving with every edit.
        db.Entry(order).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<CustomerOrderView>(await CustomerOrderViews.ViewAsync(db, order, member.Workshop.Zone, member.Workshop.Today(clock), cancellationToken), errors);
    }

    /// <summary>Cancels an order with nothing shipped, and its work orders still in draft; null when there is no such order.</summary>
    public async Task<CustomerOrderView?> CancelAsync(WorkshopMember member, Guid id, uint version, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Change);
        await using var db = member.OpenData(contexts);
        var order = await db.CustomerOrders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (order is null)
        {
            return null;
        }

        RowVersions.Expect(db, order, version);
        order.Cancel();
        var lineIds = order.Lines.Select(l => l.Id).ToList();
        await OrderLineWorkOrders.CancelDraftsAsync(db, lineIds, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await CustomerOrderViews.ViewAsync(db, order, member.Workshop.Zone, member.Workshop.Today(clock), cancellationToken);
    }

    /// <summary>
    /// Makes draft work orders: one per line that has none yet (no splits), or the given quantities for a line. Lines
    /// that already have work orders are left alone, so asking twice makes nothing more. Null when there is no such order.
    /// </summary>
    public async Task<Validated<MadeWorkOrders>?> MakeWorkOrdersAsync(
        WorkshopMember member, Guid id, MakeWorkOrdersRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Create);
        member.Demand(Area.WorkOrders, Operation.Create);
        return await DocumentNumbers.DrawingAsync<Validated<MadeWorkOrders>?>(() => member.OpenData(contexts), async db =>
        {
            var order = await db.CustomerOrders.SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
            if (order is null)
            {
                return null;
            }

            var errors = checks.Splits(order, request.Splits ?? []);
            if (errors.Count > 0)
            {
                return new Validated<MadeWorkOrders>(null, errors);
            }

            if (order.Status is DomainOrderStatus.Shipped or DomainOrderStatus.Cancelled)
            {
                throw new DomainRuleException("customer_order.closed", "The order is already closed.", order.Status.ToString());
            }

            var lineIds = order.Lines.Select(l => l.Id).ToList();
            var covered = (await OrderLineWorkOrders.OfLinesAsync(db, lineIds, cancellationToken)).Select(w => w.LineId).ToHashSet();

            var plan = new List<(CustomerOrderLine Line, decimal Quantity)>();
            if (request.Splits is { Count: > 0 } splits)
            {
                foreach (var split in splits)
                {
                    var line = order.Lines.Single(l => l.Id == split.LineId);
                    if (covered.Contains(line.Id))
                    {
                        throw new DomainRuleException("customer_order.line_has_work_orders", "The line already has work orders.", line.LineNumber);
                    }

                    plan.AddRange(split.Quantities!.Select(q => (line, q)));
                }
            }
            else
            {
                plan.AddRange(order.Lines.Where(l => !covered.Contains(l.Id) && l.RemainingQuantity > 0).OrderBy(l => l.LineNumber).Select(l => (l, l.RemainingQuantity)));
            }

            var now = clock.GetUtcNow();
            var made = new List<WorkOrder>();
            foreach (var (line, quantity) in plan)
            {
                made.Add(await OrderLineWorkOrders.DraftAsync(db, member.Workshop, line.Id, line.ProductId, quantity, line.DueDate, now, cancellationToken));
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Validated<MadeWorkOrders>(new MadeWorkOrders(made.Select(CustomerOrderViews.WorkOrderView).ToList()), errors);
        }, cancellationToken);
    }

    /// <summary>The name to store: the workshop's spelling of the same customer on its other orders, or the typed one tidied.</summary>
    private static async Task<string> CustomerNameOfAsync(MesDbContext db, string typed, CancellationToken cancellationToken, Guid? except = null) =>
        CustomerNames.Existing(typed, await CustomerOrderQueries.CustomerNameUsesAsync(db, except, cancellationToken));

    private static List<OrderLineSize> SizesOf(CustomerOrderLineRequest line) =>
        [.. (line.Sizes ?? []).Select(s => new OrderLineSize(s.Label!, s.Quantity!.Value))];
}
