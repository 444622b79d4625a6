using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Orders;
using Workshop.Mes.Web.Features.Tenancy;
using DeliveryStanding = Workshop.Mes.Domain.WorkOrders.DeliveryStanding;
using DomainStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>What a list of work orders is narrowed to (the query string of the page and the API, ADR 0071).</summary>
/// <param name="OpenOnly">Hide completed and cancelled orders.</param>
/// <param name="Search">Part of the number, product code or name, or customer.</param>
/// <param name="Late">Only overdue, or only expected-late orders.</param>
/// <param name="OnHold">Only orders on hold.</param>
/// <param name="StationId">Only orders with a step at this workstation.</param>
/// <param name="ProductId">Only orders for this product.</param>
/// <param name="WorkerId">Only orders this worker recorded work on.</param>
/// <param name="DueFrom">Due on or after this day.</param>
/// <param name="DueTo">Due on or before this day.</param>
[ModuleSurface]
internal sealed record WorkOrderFilter(
    bool OpenOnly = false,
    string? Search = null,
    LateFilter? Late = null,
    bool OnHold = false,
    Guid? StationId = null,
    Guid? ProductId = null,
    Guid? WorkerId = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null)
{
    /// <summary>How many of the folded filters (station, product, worker, due from, due to) are set, for the phone's filter button.</summary>
    public int ActiveCount => new object?[] { StationId, ProductId, WorkerId, DueFrom, DueTo }.Count(v => v is not null);
}

/// <summary>The two kinds of late a list can be narrowed to: <c>late=overdue</c> and <c>late=expected</c>.</summary>
[ModuleSurface]
internal enum LateFilter
{
    Overdue,
    Expected,
}

/// <summary>One page of the grid, with the total for its pager.</summary>
[ModuleSurface]
internal sealed record WorkOrderGridPage(IReadOnlyList<WorkOrderSummary> Items, int TotalCount);

/// <summary>Something a list can be narrowed to, as its picker shows it.</summary>
internal sealed record FilterChoice(Guid Id, string Name);

/// <summary>The stations, products and workers the work-order list can be narrowed to.</summary>
internal sealed record WorkOrderFilterChoices(IReadOnlyList<FilterChoice> Stations, IReadOnlyList<FilterChoice> Products, IReadOnlyList<FilterChoice> Workers);

[ModuleSurface]
internal enum WorkOrderSort
{
    DueDate,
    DueDateDescending,
    Number,
    NumberDescending,
}

/// <summary>Reads work orders for the owner's list and the API, always inside one workshop.</summary>
[ModuleSurface]
internal sealed class WorkOrderListService(MesContexts contexts, TimeProvider clock)
{
    /// <summary>Offset paging with a total, for the grid's pager.</summary>
    public async Task<WorkOrderGridPage> ListForGridAsync(
        WorkshopMember member, WorkOrderFilter filter, WorkOrderSort sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var outlooks = await WorkOrderReader.OutlooksAsync(db, member.Workshop.Today(clock), cancellationToken);
        var rows = Filter(db, Rows(db), filter, outlooks);
        var total = await rows.CountAsync(cancellationToken);
        var sorted = sort switch
        {
            WorkOrderSort.DueDateDescending => rows.OrderByDescending(r => r.DueDate).ThenByDescending(r => r.Number),
            WorkOrderSort.Number => rows.OrderBy(r => r.Number),
            WorkOrderSort.NumberDescending => rows.OrderByDescending(r => r.Number),
            _ => rows.OrderBy(r => r.DueDate).ThenBy(r => r.Number),
        };
        var items = await sorted.Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new WorkOrderGridPage(items.Select(r => ToSummary(r, outlooks)).ToList(), total);
    }

    /// <summary>Cursor paging for the API: newest number first; the cursor is the last number seen.</summary>
    public async Task<Page<WorkOrderSummary>> ListPageAsync(
        WorkshopMember member, WorkOrderFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var outlooks = await WorkOrderReader.OutlooksAsync(db, member.Workshop.Today(clock), cancellationToken);
        var rows = Filter(db, Rows(db), filter, outlooks);
        if (Paging.DecodeCursor(cursor) is { } after)
        {
            rows = rows.Where(r => string.Compare(r.Number, after) < 0);
        }

        var items = await rows.OrderByDescending(r => r.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var next = items.Count > limit ? Paging.EncodeCursor(items[limit - 1].Number) : null;
        return new Page<WorkOrderSummary>(items.Take(limit).Select(r => ToSummary(r, outlooks)).ToList(), next);
    }

    /// <summary>Every order the filter selects, newest number first, for the CSV and Excel download.</summary>
    public async Task<IReadOnlyList<WorkOrderSummary>> ExportAsync(WorkshopMember member, WorkOrderFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Export);
        await using var db = member.OpenData(contexts);
        var outlooks = await WorkOrderReader.OutlooksAsync(db, member.Workshop.Today(clock), cancellationToken);
        var items = await Filter(db, Rows(db), filter, outlooks).OrderByDescending(r => r.Number).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        return [.. items.Select(r => ToSummary(r, outlooks))];
    }

    /// <summary>
    /// How many orders the filter's other parts select are overdue, expected late and on hold: the counts on the list's
    /// chips, so each tells what choosing it would leave.
    /// </summary>
    public async Task<AttentionCounts> CountsAsync(WorkshopMember member, WorkOrderFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var outlooks = await WorkOrderReader.OutlooksAsync(db, member.Workshop.Today(clock), cancellationToken);
        var rows = Filter(db, Rows(db), filter with { Late = null, OnHold = false }, outlooks);
        var overdue = await Filter(db, rows, new WorkOrderFilter(Late: LateFilter.Overdue), outlooks).CountAsync(cancellationToken);
        var expected = await Filter(db, rows, new WorkOrderFilter(Late: LateFilter.Expected), outlooks).CountAsync(cancellationToken);
        var onHold = await rows.CountAsync(r => r.Status == DomainStatus.OnHold, cancellationToken);
        return new AttentionCounts(overdue, expected, onHold);
    }

    /// <summary>The stations, products and workers of the workshop, for the list's drill-down pickers.</summary>
    public async Task<WorkOrderFilterChoices> ChoicesAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var stations = await CatalogReads.Workstations(db).OrderBy(w => w.Code).Select(w => new FilterChoice(w.Id, w.Name)).ToListAsync(cancellationToken);
        var products = await CatalogReads.Items(db).Where(i => i.Kind == ItemKind.Product)
            .OrderBy(i => i.Code).Select(i => new FilterChoice(i.Id, i.Code + " · " + i.Name)).ToListAsync(cancellationToken);
        var workers = await WorkshopReads.Workers(db).OrderBy(w => w.DisplayName).Select(w => new FilterChoice(w.Id, w.DisplayName)).ToListAsync(cancellationToken);
        return new WorkOrderFilterChoices(stations, products, workers);
    }

    public static bool ReadsCursor(string? cursor) => Paging.DecodeCursor(cursor) is not null;

    private static IQueryable<WorkOrderRow> Rows(MesDbContext db) =>
        from order in db.WorkOrders.AsNoTracking().IgnoreAutoIncludes()
        join product in CatalogReads.Items(db) on order.ProductId equals product.Id
        join line in OrderReads.CustomerOrderLines(db) on order.CustomerOrderLineId equals (Guid?)line.Id into lines
        from line in lines.DefaultIfEmpty()
        join customerOrder in OrderReads.CustomerOrders(db) on (Guid?)line.CustomerOrderId equals (Guid?)customerOrder.Id into customerOrders
        from customerOrder in customerOrders.DefaultIfEmpty()
        select new WorkOrderRow
        {
            Id = order.Id,
            Number = order.Number,
            ProductId = order.ProductId,
            ProductCode = product.Code,
            ProductName = product.Name,
            Quantity = order.Quantity,
            Unit = product.Unit,
            DueDate = order.DueDate,
            Priority = order.Priority,
            Status = order.Status,
            GoodQuantity = db.WorkOrderSteps.Where(s => s.WorkOrderId == order.Id).OrderByDescending(s => s.Sequence).Select(s => s.GoodQuantity).FirstOrDefault(),
            Progress = db.WorkOrderSteps
                .Where(s => s.WorkOrderId == order.Id)
                .Select(s => s.GoodQuantity >= order.Quantity ? 1m : s.GoodQuantity / order.Quantity)
                .Average(share => (decimal?)share) ?? 0m,
            CustomerName = customerOrder == null ? null : customerOrder.CustomerName,
            CustomerOrderId = customerOrder == null ? null : customerOrder.Id,
        };

    private static IQueryable<WorkOrderRow> Filter(MesDbContext db, IQueryable<WorkOrderRow> rows, WorkOrderFilter filter, OpenOrderOutlooks outlooks)
    {
        if (filter.OpenOnly)
        {
            rows = rows.Where(r => r.Status != DomainStatus.Completed && r.Status != DomainStatus.Cancelled);
        }

        if (filter.Late == LateFilter.Overdue)
        {
            var today = outlooks.Today;
            rows = rows.Where(r => r.DueDate < today && r.Status != DomainStatus.Completed && r.Status != DomainStatus.Cancelled);
        }
        else if (filter.Late == LateFilter.Expected)
        {
            var expected = outlooks.InStanding(DeliveryStanding.ExpectedLate);
            rows = rows.Where(r => expected.Contains(r.Id));
        }

        if (filter.OnHold)
        {
            rows = rows.Where(r => r.Status == DomainStatus.OnHold);
        }

        if (filter.StationId is { } station)
        {
            rows = rows.Where(r => db.WorkOrderSteps.Any(s => s.WorkOrderId == r.Id && s.WorkstationId == station));
        }

        if (filter.ProductId is { } product)
        {
            rows = rows.Where(r => r.ProductId == product);
        }

        if (filter.WorkerId is { } worker)
        {
            rows = rows.Where(r => db.ProductionEvents.Any(e => e.WorkOrderId == r.Id && e.WorkerId == worker));
        }

        if (filter.DueFrom is { } from)
        {
            rows = rows.Where(r => r.DueDate >= from);
        }

        if (filter.DueTo is { } to)
        {
            rows = rows.Where(r => r.DueDate <= to);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = Paging.Contains(filter.Search);
            rows = rows.Where(r =>
                EF.Functions.ILike(r.Number, pattern)
                || EF.Functions.ILike(r.ProductCode, pattern)
                || EF.Functions.ILike(r.ProductName, pattern)
                || (r.CustomerName != null && EF.Functions.ILike(r.CustomerName, pattern)));
        }

        return rows;
    }

    private static WorkOrderSummary ToSummary(WorkOrderRow row, OpenOrderOutlooks outlooks)
    {
        var outlook = outlooks.Of(row.Id, row.Status, row.DueDate);
        return new(
            row.Id,
            row.Number,
            row.ProductCode,
            row.ProductName,
            row.Quantity,
            row.Unit,
            row.DueDate,
            Enum.Parse<WorkOrderPriority>(row.Priority.ToString()),
            Enum.Parse<WorkOrderStatus>(row.Status.ToString()),
            row.GoodQuantity,
            Math.Round(row.Progress, 4),
            outlook.IsLate,
            row.CustomerName,
            outlook.IsAtRisk,
            outlook.IsOverdue,
            outlook.IsExpectedLate,
            outlooks.ReasonOf(outlook),
            row.CustomerOrderId);
    }

    // Initialised by member, not by constructor, so EF Core can filter and sort on its properties.
    private sealed class WorkOrderRow
    {
        public required Guid Id { get; init; }

        public required string Number { get; init; }

        public required Guid ProductId { get; init; }

        public required string ProductCode { get; init; }

        public required string ProductName { get; init; }

        public required decimal Quantity { get; init; }

        public required string Unit { get; init; }

        public required DateOnly DueDate { get; init; }

        public required Domain.WorkOrders.WorkOrderPriority Priority { get; init; }

        public required DomainStatus Status { get; init; }

        public required decimal GoodQuantity { get; init; }

        public required decimal Progress { get; init; }

        public required string? CustomerName { get; init; }

        public required Guid? CustomerOrderId { get; init; }
    }
}
