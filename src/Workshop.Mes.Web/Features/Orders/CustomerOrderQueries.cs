using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using AttentionCounts = Workshop.Mes.Contracts.WorkOrders.AttentionCounts;
using DeliveryStanding = Workshop.Mes.Domain.WorkOrders.DeliveryStanding;
using WorkOrder = Workshop.Mes.Domain.WorkOrders.WorkOrder;
using WorkOrderStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;
using DomainOrderStatus = Workshop.Mes.Domain.Orders.CustomerOrderStatus;
using OrderStatus = Workshop.Mes.Contracts.Orders.CustomerOrderStatus;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>What a list of customer orders is narrowed to.</summary>
/// <param name="Search">Part of the number or the customer's name.</param>
/// <param name="Late">Only orders with an overdue line, or with a work order expected to finish late.</param>
/// <param name="OnHold">Only orders with a work order on hold.</param>
internal sealed record CustomerOrderFilter(string? Search = null, OrderStatus? Status = null, LateFilter? Late = null, bool OnHold = false);

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
/// Customer orders as the owner's pages and the API read them: the list (grid, API page, download), one order with its
/// whole chain (lines, work orders, lots, shipments), and the products a line may name.
/// </summary>
internal sealed class CustomerOrderQueries(MesContexts contexts, TimeProvider clock)
{
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
        var attention = await AttentionAsync(db, member.Workshop.Today(clock), cancellationToken);
        var rows = Filter(Rows(db, attention.Today), filter, attention);
        var total = await rows.CountAsync(cancellationToken);
        var items = await Sort(rows, sort).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items.Select(attention.ToSummary).ToList(), total);
    }

    public async Task<Page<CustomerOrderSummary>> ListPageAsync(
        WorkshopMember member, CustomerOrderFilter filter, CustomerOrderSort sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var attention = await AttentionAsync(db, member.Workshop.Today(clock), cancellationToken);
        var page = await Paging.OffsetPageAsync(Sort(Filter(Rows(db, attention.Today), filter, attention), sort), cursor, limit, cancellationToken);
        return new Page<CustomerOrderSummary>(page.Items.Select(attention.ToSummary).ToList(), page.NextCursor);
    }

    public async Task<IReadOnlyList<CustomerOrderSummary>> ExportAsync(
        WorkshopMember member, CustomerOrderFilter filter, CustomerOrderSort sort, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Export);
        await using var db = member.OpenData(contexts);
        var attention = await AttentionAsync(db, member.Workshop.Today(clock), cancellationToken);
        var rows = await Sort(Filter(Rows(db, attention.Today), filter, attention), sort).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        return rows.Select(attention.ToSummary).ToList();
    }

    /// <summary>How many orders the filter's other parts select have an overdue line, a work order expected late, and one on hold.</summary>
    public async Task<AttentionCounts> CountsAsync(WorkshopMember member, CustomerOrderFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var attention = await AttentionAsync(db, member.Workshop.Today(clock), cancellationToken);
        var rows = Filter(Rows(db, attention.Today), filter with { Late = null, OnHold = false }, attention);
        return new AttentionCounts(
            await rows.CountAsync(r => r.IsOverdue, cancellationToken),
            await rows.CountAsync(r => attention.ExpectedLate.Contains(r.Id), cancellationToken),
            await rows.CountAsync(r => attention.OnHold.Contains(r.Id), cancellationToken));
    }

    /// <summary>Customers the workshop has taken orders from whose name contains <paramref name="search"/>, for the order form's picker.</summary>
    public async Task<IReadOnlyList<CustomerNameView>> CustomerNamesAsync(WorkshopMember member, string? search, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Orders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var uses = await CustomerNameUsesAsync(db, except: null, cancellationToken);
        return [.. CustomerNames.Choices(uses, search, limit).Select(c => new CustomerNameView(c.Name, c.Orders, c.LastOrderedOn))];
    }

    /// <summary>Every spelling of a customer's name on the workshop's orders (but <paramref name="except"/>), with how often and how lately.</summary>
    public static async Task<List<CustomerNameUse>> CustomerNameUsesAsync(MesDbContext db, Guid? except, CancellationToken cancellationToken) =>
        await db.CustomerOrders.AsNoTracking().IgnoreAutoIncludes()
            .Where(o => except == null || o.Id != except)
            .GroupBy(o => o.CustomerName)
            .Select(g => new CustomerNameUse(g.Key, g.Count(), g.Max(o => o.OrderedOn)))
            .ToListAsync(cancellationToken);

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
        return order is null ? null : await CustomerOrderViews.ViewAsync(db, order, member.Workshop.Zone, member.Workshop.Today(clock), cancellationToken);
    }

    /// <summary>The orders with a work order expected late, and with one on hold, read once per request from the work-orders module.</summary>
    private static async Task<Attention> AttentionAsync(MesDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var outlooks = await WorkOrderReads.OutlooksAsync(db, today, cancellationToken);
        var expectedWorkOrders = outlooks.InStanding(DeliveryStanding.ExpectedLate);
        var expected = await OrdersOf(db, WorkOrderReads.WorkOrders(db).Where(w => expectedWorkOrders.Contains(w.Id))).ToListAsync(cancellationToken);
        var onHold = await OrdersOf(db, WorkOrderReads.WorkOrders(db).Where(w => w.Status == WorkOrderStatus.OnHold)).ToListAsync(cancellationToken);
        return new Attention(today, expected, onHold);
    }

    private static IQueryable<Guid> OrdersOf(MesDbContext db, IQueryable<WorkOrder> workOrders) =>
        (from workOrder in workOrders
         join line in db.CustomerOrderLines on workOrder.CustomerOrderLineId equals (Guid?)line.Id
         select line.CustomerOrderId).Distinct();

    private static IQueryable<OrderRow> Rows(MesDbContext db, DateOnly today) =>
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
            // OrderDelivery.IsOverdue of any line, in SQL so the list can filter and count by it.
            IsOverdue = (o.Status == DomainOrderStatus.Open || o.Status == DomainOrderStatus.PartiallyShipped)
                && db.CustomerOrderLines.Any(l => l.CustomerOrderId == o.Id && l.ShippedQuantity < l.Quantity && l.DueDate < today),
        });

    private static IQueryable<OrderRow> Filter(IQueryable<OrderRow> rows, CustomerOrderFilter filter, Attention attention)
    {
        if (filter.Late == LateFilter.Overdue)
        {
            rows = rows.Where(r => r.IsOverdue);
        }
        else if (filter.Late == LateFilter.Expected)
        {
            rows = rows.Where(r => attention.ExpectedLate.Contains(r.Id));
        }

        if (filter.OnHold)
        {
            rows = rows.Where(r => attention.OnHold.Contains(r.Id));
        }

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

    private sealed record Attention(DateOnly Today, List<Guid> ExpectedLate, List<Guid> OnHold)
    {
        public CustomerOrderSummary ToSummary(OrderRow row) =>
            new(
                row.Id,
                row.Number,
                row.CustomerName,
                row.OrderedOn,
                Enum.Parse<OrderStatus>(row.Status.ToString()),
                row.LineCount,
                row.Quantity,
                row.ShippedQuantity,
                row.NextDueDate,
                row.IsOverdue,
                ExpectedLate.Contains(row.Id),
                OnHold.Contains(row.Id));
    }

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

        public required bool IsOverdue { get; init; }
    }
}

/// <summary>A product an order line can name.</summary>
internal sealed record ProductChoice(Guid Id, string Code, string Name, string Unit);
