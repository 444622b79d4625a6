using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Orders;
using Workshop.Mes.Web.Features.Tenancy;
using DomainStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>What a list of work orders is narrowed to.</summary>
/// <param name="OpenOnly">Hide completed and cancelled orders.</param>
/// <param name="Search">Part of the number, product code or name, or customer.</param>
[ModuleSurface]
internal sealed record WorkOrderFilter(bool OpenOnly = false, string? Search = null);

/// <summary>One page of the grid, with the total for its pager.</summary>
[ModuleSurface]
internal sealed record WorkOrderGridPage(IReadOnlyList<WorkOrderSummary> Items, int TotalCount);

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
        var rows = Filter(Rows(db), filter);
        var total = await rows.CountAsync(cancellationToken);
        var sorted = sort switch
        {
            WorkOrderSort.DueDateDescending => rows.OrderByDescending(r => r.DueDate).ThenByDescending(r => r.Number),
            WorkOrderSort.Number => rows.OrderBy(r => r.Number),
            WorkOrderSort.NumberDescending => rows.OrderByDescending(r => r.Number),
            _ => rows.OrderBy(r => r.DueDate).ThenBy(r => r.Number),
        };
        var items = await sorted.Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var today = member.Workshop.Today(clock);
        var flags = await WorkOrderReader.DeliveryFlagsAsync(db, today, cancellationToken);
        return new WorkOrderGridPage(items.Select(r => ToSummary(r, today, flags)).ToList(), total);
    }

    /// <summary>Cursor paging for the API: newest number first; the cursor is the last number seen.</summary>
    public async Task<Page<WorkOrderSummary>> ListPageAsync(
        WorkshopMember member, WorkOrderFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = Filter(Rows(db), filter);
        if (Paging.DecodeCursor(cursor) is { } after)
        {
            rows = rows.Where(r => string.Compare(r.Number, after) < 0);
        }

        var items = await rows.OrderByDescending(r => r.Number).Take(limit + 1).ToListAsync(cancellationToken);
        var next = items.Count > limit ? Paging.EncodeCursor(items[limit - 1].Number) : null;
        var today = member.Workshop.Today(clock);
        var flags = await WorkOrderReader.DeliveryFlagsAsync(db, today, cancellationToken);
        return new Page<WorkOrderSummary>(items.Take(limit).Select(r => ToSummary(r, today, flags)).ToList(), next);
    }

    /// <summary>Every order the filter selects, newest number first, for the CSV and Excel download.</summary>
    public async Task<IReadOnlyList<WorkOrderSummary>> ExportAsync(WorkshopMember member, WorkOrderFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Export);
        await using var db = member.OpenData(contexts);
        var items = await Filter(Rows(db), filter).OrderByDescending(r => r.Number).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        var today = member.Workshop.Today(clock);
        var flags = await WorkOrderReader.DeliveryFlagsAsync(db, today, cancellationToken);
        return [.. items.Select(r => ToSummary(r, today, flags))];
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
        };

    private static IQueryable<WorkOrderRow> Filter(IQueryable<WorkOrderRow> rows, WorkOrderFilter filter)
    {
        if (filter.OpenOnly)
        {
            rows = rows.Where(r => r.Status != DomainStatus.Completed && r.Status != DomainStatus.Cancelled);
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

    private static WorkOrderSummary ToSummary(WorkOrderRow row, DateOnly today, IReadOnlyDictionary<Guid, Domain.WorkOrders.DeliveryFlags> flags) =>
        new(
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
            (row.DueDate < today || flags.GetValueOrDefault(row.Id)?.IsLate == true) && row.Status is not (DomainStatus.Completed or DomainStatus.Cancelled),
            row.CustomerName,
            flags.GetValueOrDefault(row.Id)?.IsAtRisk == true);

    // Initialised by member, not by constructor, so EF Core can filter and sort on its properties.
    private sealed class WorkOrderRow
    {
        public required Guid Id { get; init; }

        public required string Number { get; init; }

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
    }
}
