using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using DomainOrderStatus = Workshop.Mes.Domain.Orders.CustomerOrderStatus;
using OrderStatus = Workshop.Mes.Contracts.Orders.CustomerOrderStatus;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>What a list of customer orders is narrowed to.</summary>
/// <param name="Search">Part of the number or the customer's name.</param>
internal sealed record CustomerOrderFilter(string? Search = null, OrderStatus? Status = null);

internal enum CustomerOrderSort
{
    NumberDescending,
    Number,
    OrderedOn,
    OrderedOnDescending,
    Customer,
    CustomerDescending,
}

/// <summary>
/// Customer orders (수주) for the owner's pages and the API: taking and editing orders, cancelling them, and
/// making their work orders. Reading one gives the whole chain: lines, work orders, lots and shipments.
/// </summary>
internal sealed class CustomerOrderService(MesContexts contexts, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const int CustomerNameMaxLength = 200;

    public static readonly IReadOnlyDictionary<string, CustomerOrderSort> Sorts = new Dictionary<string, CustomerOrderSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["-number"] = CustomerOrderSort.NumberDescending,
        ["number"] = CustomerOrderSort.Number,
        ["orderedOn"] = CustomerOrderSort.OrderedOn,
        ["-orderedOn"] = CustomerOrderSort.OrderedOnDescending,
        ["customer"] = CustomerOrderSort.Customer,
        ["-customer"] = CustomerOrderSort.CustomerDescending,
    };

    public async Task<(IReadOnlyList<CustomerOrderSummary> Items, int Total)> ListForGridAsync(
        WorkshopMember member, CustomerOrderFilter filter, CustomerOrderSort sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = Filter(Rows(db), filter);
        var total = await rows.CountAsync(cancellationToken);
        var items = await Sort(rows, sort).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items.Select(ToSummary).ToList(), total);
    }

    public async Task<Page<CustomerOrderSummary>> ListPageAsync(
        WorkshopMember member, CustomerOrderFilter filter, CustomerOrderSort sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var page = await Paging.OffsetPageAsync(Sort(Filter(Rows(db), filter), sort), cursor, limit, cancellationToken);
        return new Page<CustomerOrderSummary>(page.Items.Select(ToSummary).ToList(), page.NextCursor);
    }

    public async Task<IReadOnlyList<CustomerOrderSummary>> ExportAsync(
        WorkshopMember member, CustomerOrderFilter filter, CustomerOrderSort sort, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Export);
        await using var db = member.OpenData(contexts);
        var rows = await Sort(Filter(Rows(db), filter), sort).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        return rows.Select(ToSummary).ToList();
    }

    /// <summary>Products an order line may name, for the page's picker.</summary>
    public async Task<IReadOnlyList<ProductChoice>> ProductsAsync(WorkshopMember member, string? search, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var products = CatalogReads.Items(db).Where(i => i.Kind == ItemKind.Product && i.IsActive);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Paging.Contains(search);
            products = products.Where(i => EF.Functions.ILike(i.Code, pattern) || EF.Functions.ILike(i.Name, pattern));
        }

        return await products.OrderBy(i => i.Code).Take(50).Select(i => new ProductChoice(i.Id, i.Code, i.Name, i.Unit)).ToListAsync(cancellationToken);
    }

    public async Task<CustomerOrderView?> GetAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var order = await db.CustomerOrders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return order is null ? null : await CustomerOrderViews.ViewAsync(db, order, member.Workshop.Zone, cancellationToken);
    }

    public async Task<Validated<CustomerOrderView>> CreateAsync(WorkshopMember member, CustomerOrderRequest request, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Create);
        var now = clock.GetUtcNow();
        var orderedOn = request.OrderedOn ?? member.Workshop.Today(clock);
        return await DocumentNumbers.DrawingAsync(() => member.OpenData(contexts), async db =>
        {
            var errors = await ValidateAsync(db, request, orderedOn, existingLines: null, cancellationToken);
            if (errors.Count > 0)
            {
                return new Validated<CustomerOrderView>(null, errors);
            }

            var number = await DocumentNumbers.NextAsync(db, member.Workshop, DocumentNumber.CustomerOrder, now, cancellationToken);
            var order = new CustomerOrder(member.Workshop.Id, number, request.CustomerName!.Trim(), orderedOn);
            foreach (var line in request.Lines!)
            {
                order.AddLine(line.ProductId!.Value, line.Quantity!.Value, line.DueDate!.Value);
            }

            db.CustomerOrders.Add(order);
            await db.SaveChangesAsync(cancellationToken);
            return new Validated<CustomerOrderView>(await CustomerOrderViews.ViewAsync(db, order, member.Workshop.Zone, cancellationToken), errors);
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
        var errors = await ValidateAsync(db, request, orderedOn, order.Lines.Select(l => l.Id).ToHashSet(), cancellationToken);
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
        var earlier = orderedOn < order.OrderedOn;
        if (earlier)
        {
            order.Revise(request.CustomerName!.Trim(), orderedOn);
        }

        foreach (var line in request.Lines!.Where(l => l.Id is not null))
        {
            order.ChangeLine(line.Id!.Value, line.ProductId!.Value, line.Quantity!.Value, line.DueDate!.Value);
        }

        if (!earlier)
        {
            order.Revise(request.CustomerName!.Trim(), orderedOn);
        }

        foreach (var line in request.Lines!.Where(l => l.Id is null))
        {
            order.AddLine(line.ProductId!.Value, line.Quantity!.Value, line.DueDate!.Value);
        }

        // Line edits alone do not touch the order's row; marking it keeps its version (the ETag) moving with every edit.
        db.Entry(order).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return new Validated<CustomerOrderView>(await CustomerOrderViews.ViewAsync(db, order, member.Workshop.Zone, cancellationToken), errors);
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
        return await CustomerOrderViews.ViewAsync(db, order, member.Workshop.Zone, cancellationToken);
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

            var errors = ValidateSplits(order, request.Splits ?? []);
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

    private Dictionary<string, string[]> ValidateSplits(CustomerOrder order, IReadOnlyList<LineSplit> splits)
    {
        var errors = new Dictionary<string, string[]>();
        var checks = new FieldChecks(text, errors);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < splits.Count; i++)
        {
            var split = splits[i];
            var line = order.Lines.SingleOrDefault(l => l.Id == split.LineId);
            if (split.LineId is null)
            {
                errors[$"splits[{i}].lineId"] = [text["Validation.Required"]];
            }
            else if (line is null)
            {
                errors[$"splits[{i}].lineId"] = [text["Orders.UnknownLine"]];
            }
            else if (!seen.Add(line.Id))
            {
                errors[$"splits[{i}].lineId"] = [text["Orders.DuplicateLine"]];
            }

            if (split.Quantities is not { Count: > 0 } quantities)
            {
                errors[$"splits[{i}].quantities"] = [text["Validation.Required"]];
            }
            else if (quantities.Any(q => q <= 0))
            {
                errors[$"splits[{i}].quantities"] = [text["Orders.Positive"]];
            }
            else
            {
                // Each is checked before the sum, which a few huge quantities would overflow.
                foreach (var quantity in quantities)
                {
                    checks.Number($"splits[{i}].quantities", quantity);
                }

                if (!errors.ContainsKey($"splits[{i}].quantities") && line is not null && quantities.Sum() != line.RemainingQuantity)
                {
                    errors[$"splits[{i}].quantities"] = [text["Orders.SplitSum", line.RemainingQuantity.ToString("0.####")]];
                }
            }
        }

        return errors;
    }

    /// <summary>The one validation of an order, for the API and the page alike.</summary>
    private async Task<Dictionary<string, string[]>> ValidateAsync(
        MesDbContext db, CustomerOrderRequest request, DateOnly orderedOn, IReadOnlySet<Guid>? existingLines, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var checks = new FieldChecks(text, errors);
        checks.Text("customerName", request.CustomerName, CustomerNameMaxLength);
        checks.Day("orderedOn", orderedOn);
        if (request.Lines is not { Count: > 0 } lines)
        {
            errors["lines"] = [text["Orders.LinesRequired"]];
            return errors;
        }

        var productIds = lines.Where(l => l.ProductId is not null).Select(l => l.ProductId!.Value).Distinct().ToList();
        var kinds = await CatalogReads.Items(db).Where(i => productIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Kind, cancellationToken);
        var seenLines = new HashSet<Guid>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Id is { } lineId && (existingLines is null || !existingLines.Contains(lineId) || !seenLines.Add(lineId)))
            {
                errors[$"lines[{i}].id"] = [text["Orders.UnknownLine"]];
            }

            if (line.ProductId is not { } productId)
            {
                errors[$"lines[{i}].productId"] = [text["Validation.Required"]];
            }
            else if (!kinds.TryGetValue(productId, out var kind) || kind != ItemKind.Product)
            {
                errors[$"lines[{i}].productId"] = [text["Orders.NotAProduct"]];
            }

            if (line.Quantity is not { } quantity)
            {
                errors[$"lines[{i}].quantity"] = [text["Validation.Required"]];
            }
            else if (quantity <= 0)
            {
                errors[$"lines[{i}].quantity"] = [text["Orders.Positive"]];
            }

            if (line.DueDate is not { } due)
            {
                errors[$"lines[{i}].dueDate"] = [text["Validation.Required"]];
            }
            else if (due < orderedOn)
            {
                errors[$"lines[{i}].dueDate"] = [text["Orders.DueBeforeOrder"]];
            }

            checks.Number($"lines[{i}].quantity", line.Quantity);
            checks.Day($"lines[{i}].dueDate", line.DueDate);
        }

        return errors;
    }

    private static IQueryable<OrderRow> Rows(MesDbContext db) =>
        db.CustomerOrders.AsNoTracking().IgnoreAutoIncludes().Select(o => new OrderRow
        {
            Id = o.Id,
            Number = o.Number,
            CustomerName = o.CustomerName,
            OrderedOn = o.OrderedOn,
            Status = o.Status,
            LineCount = db.CustomerOrderLines.Count(l => l.CustomerOrderId == o.Id),
            Quantity = db.CustomerOrderLines.Where(l => l.CustomerOrderId == o.Id).Sum(l => l.Quantity),
            ShippedQuantity = db.CustomerOrderLines.Where(l => l.CustomerOrderId == o.Id).Sum(l => l.ShippedQuantity),
            NextDueDate = db.CustomerOrderLines.Where(l => l.CustomerOrderId == o.Id && l.ShippedQuantity < l.Quantity).Min(l => (DateOnly?)l.DueDate),
        });

    private static IQueryable<OrderRow> Filter(IQueryable<OrderRow> rows, CustomerOrderFilter filter)
    {
        if (filter.Status is { } status)
        {
            var domain = Enum.Parse<DomainOrderStatus>(status.ToString());
            rows = rows.Where(r => r.Status == domain);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = Paging.Contains(filter.Search);
            rows = rows.Where(r => EF.Functions.ILike(r.Number, pattern) || EF.Functions.ILike(r.CustomerName, pattern));
        }

        return rows;
    }

    private static IOrderedQueryable<OrderRow> Sort(IQueryable<OrderRow> rows, CustomerOrderSort sort) => sort switch
    {
        CustomerOrderSort.Number => rows.OrderBy(r => r.Number),
        CustomerOrderSort.OrderedOn => rows.OrderBy(r => r.OrderedOn).ThenBy(r => r.Number),
        CustomerOrderSort.OrderedOnDescending => rows.OrderByDescending(r => r.OrderedOn).ThenByDescending(r => r.Number),
        CustomerOrderSort.Customer => rows.OrderBy(r => r.CustomerName).ThenByDescending(r => r.Number),
        CustomerOrderSort.CustomerDescending => rows.OrderByDescending(r => r.CustomerName).ThenByDescending(r => r.Number),
        _ => rows.OrderByDescending(r => r.Number),
    };

    private static CustomerOrderSummary ToSummary(OrderRow row) =>
        new(row.Id, row.Number, row.CustomerName, row.OrderedOn, Enum.Parse<OrderStatus>(row.Status.ToString()), row.LineCount, row.Quantity, row.ShippedQuantity, row.NextDueDate);

    // Initialised by member, not by constructor, so EF Core can filter and sort on its properties.
    private sealed class OrderRow
    {
        public required Guid Id { get; init; }

        public required string Number { get; init; }

        public required string CustomerName { get; init; }

        public required DateOnly OrderedOn { get; init; }

        public required DomainOrderStatus Status { get; init; }

        public required int LineCount { get; init; }

        public required decimal Quantity { get; init; }

        public required decimal ShippedQuantity { get; init; }

        public required DateOnly? NextDueDate { get; init; }
    }
}

/// <summary>A product an order line can name.</summary>
internal sealed record ProductChoice(Guid Id, string Code, string Name, string Unit);
