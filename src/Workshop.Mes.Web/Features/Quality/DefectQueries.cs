using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Quality;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Dashboard;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using DomainStatus = Workshop.Mes.Domain.Quality.DefectStatus;

namespace Workshop.Mes.Web.Features.Quality;

/// <summary>
/// Defect records as the quality pages and the API read them: the list (grid, API page, download), one defect with
/// its cost, lot, station, worker, photos and workflow, and the before/after comparison of a closed one (ADR 0067).
/// </summary>
internal sealed class DefectQueries(MesContexts contexts, TimeProvider clock)
{
    public async Task<(IReadOnlyList<DefectSummary> Items, int Total)> ListForGridAsync(
        WorkshopMember member, DefectFilter filter, DefectSort sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var rows = Filter(Rows(db), filter, member.Workshop.Zone);
        var total = await rows.CountAsync(cancellationToken);
        var items = await Sort(rows, sort).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items.Select(ToSummary).ToList(), total);
    }

    public async Task<Page<DefectSummary>> ListPageAsync(
        WorkshopMember member, DefectFilter filter, DefectSort sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var page = await Paging.OffsetPageAsync(Sort(Filter(Rows(db), filter, member.Workshop.Zone), sort), cursor, limit, cancellationToken);
        return new Page<DefectSummary>(page.Items.Select(ToSummary).ToList(), page.NextCursor);
    }

    public async Task<IReadOnlyList<DefectSummary>> ExportAsync(WorkshopMember member, DefectFilter filter, DefectSort sort, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Export);
        await using var db = member.OpenData(contexts);
        var rows = await Sort(Filter(Rows(db), filter, member.Workshop.Zone), sort).Take(Exports.TableExport.MaxRows).ToListAsync(cancellationToken);
        return rows.Select(ToSummary).ToList();
    }

    public async Task<DefectView?> GetAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var defect = await QualityReads.DefectRecords(db).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        return defect is null ? null : await ViewAsync(db, member, defect, cancellationToken);
    }

    /// <summary>
    /// The defect rate of what a closed defect's action targeted, before and after closing; null when there is no such
    /// defect, a rule error while it is not closed.
    /// </summary>
    public async Task<DefectComparison?> ComparisonAsync(WorkshopMember member, Guid id, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var defect = await QualityReads.DefectRecords(db).SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (defect is null)
        {
            return null;
        }

        if (defect.Status != DomainStatus.Closed || defect.ClosedAt is not { } closedAt)
        {
            throw new Domain.Common.DomainRuleException("defect.not_closed", "The comparison is made once the defect is closed.");
        }

        var now = clock.GetUtcNow();
        var station = defect.TargetWorkstationId;
        var before = await WindowAsync(db, defect, station, DefectRateComparison.Before(closedAt), cancellationToken);
        var after = await WindowAsync(db, defect, station, DefectRateComparison.After(closedAt, now), cancellationToken);
        var verdict = DefectRateComparison.Judge(before, after);
        return new DefectComparison(
            defect.Id,
            defect.DefectCodeId,
            defect.ItemId,
            station,
            Window(before),
            Window(after),
            now >= closedAt + DefectRateComparison.WindowLength,
            Enum.Parse<DefectRateVerdict>(verdict.ToString()));
    }

    /// <summary>The choices the list's filters and the workflow's pickers offer.</summary>
    public async Task<QualityChoices> ChoicesAsync(WorkshopMember member, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var codes = await CatalogReads.DefectCodes(db).OrderBy(c => c.Code).Select(c => new QualityChoice(c.Id, c.Code, c.Name)).ToListAsync(cancellationToken);
        var stations = await CatalogReads.Workstations(db).OrderBy(w => w.Code).Select(w => new QualityChoice(w.Id, w.Code, w.Name)).ToListAsync(cancellationToken);
        var products = await CatalogReads.Items(db).Where(i => i.Kind == ItemKind.Product).OrderBy(i => i.Code).Select(i => new QualityChoice(i.Id, i.Code, i.Name)).ToListAsync(cancellationToken);
        var workers = await WorkshopReads.Workers(db).Where(w => w.IsActive).OrderBy(w => w.DisplayName).Select(w => new QualityChoice(w.Id, w.BadgeCode, w.DisplayName)).ToListAsync(cancellationToken);
        var reasons = await CatalogReads.DowntimeReasons(db).OrderBy(r => r.Code).Select(r => new QualityChoice(r.Id, r.Code, r.Name)).ToListAsync(cancellationToken);
        return new QualityChoices(codes, stations, products, workers, reasons);
    }

    /// <summary>Lots a suspected lot may name, by part of their number, for the analysis picker.</summary>
    public async Task<IReadOnlyList<QualityChoice>> LotsAsync(WorkshopMember member, string? search, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var lots = InventoryReads.Lots(db);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = Paging.Contains(search);
            lots = lots.Where(l => EF.Functions.ILike(l.LotNumber, pattern));
        }

        return await lots.OrderByDescending(l => l.ReceivedAt).Take(30)
            .Select(l => new QualityChoice(l.Id, l.LotNumber, l.SupplierName ?? string.Empty)).ToListAsync(cancellationToken);
    }

    internal static async Task<DefectView> ViewAsync(MesDbContext db, WorkshopMember member, DefectRecord d, CancellationToken cancellationToken)
    {
        var code = await CatalogReads.DefectCodes(db).SingleAsync(c => c.Id == d.DefectCodeId, cancellationToken);
        var item = await CatalogReads.Items(db).SingleAsync(i => i.Id == d.ItemId, cancellationToken);
        Guid[] stationIds = [.. new[] { d.WorkstationId, d.SuspectedWorkstationId }.OfType<Guid>()];
        var stations = await CatalogReads.Workstations(db).Where(w => stationIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        Guid[] lotIds = [.. new[] { d.MaterialLotId, d.SuspectedLotId }.OfType<Guid>()];
        var lots = await InventoryReads.Lots(db).Where(l => lotIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, l => l.LotNumber, cancellationToken);
        Guid[] workerIds = [.. new[] { d.WorkerId, d.ActionOwnerId }.OfType<Guid>()];
        var workers = await WorkshopReads.Workers(db).Where(w => workerIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.DisplayName, cancellationToken);
        var orderNumber = d.WorkOrderId is { } orderId
            ? await WorkOrderReads.WorkOrders(db).Where(o => o.Id == orderId).Select(o => o.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        var photos = await QualityReads.DefectPhotos(db).Where(p => p.DefectRecordId == d.Id).OrderBy(p => p.TakenAt).Select(p => p.Id).ToListAsync(cancellationToken);

        string? Name(Dictionary<Guid, string> names, Guid? id) => id is { } key ? names.GetValueOrDefault(key) : null;

        var analysis = d.RootCause is null
            ? null
            : new DefectAnalysisView(d.RootCause, Cause(d.CauseCategory), d.SuspectedLotId, Name(lots, d.SuspectedLotId), d.SuspectedWorkstationId, Name(stations, d.SuspectedWorkstationId), d.AnalysedAt);
        var closure = d.CorrectiveAction is null || d.ClosedAt is not { } closedAt
            ? null
            : new DefectClosureView(d.CorrectiveAction, d.ActionOwnerId, Name(workers, d.ActionOwnerId), d.ActionDueOn, closedAt);
        var mayChange = member.Can(Area.Quality, Operation.Change);
        return new DefectView(
            d.Id,
            d.Number,
            d.RecordedAt,
            Status(d.Status),
            d.Quantity,
            item.Unit,
            Enum.Parse<DefectDisposition>(d.Disposition.ToString()),
            new DefectCostView(d.Cost.Material, d.Cost.ReworkLabour, d.Cost.LostTime, d.Cost.Total),
            code.Id,
            code.Code,
            code.Name,
            Cause(d.CauseCategory),
            item.Id,
            item.Code,
            item.Name,
            d.MaterialLotId,
            Name(lots, d.MaterialLotId),
            d.WorkstationId,
            Name(stations, d.WorkstationId),
            d.WorkerId,
            Name(workers, d.WorkerId),
            d.WorkOrderId,
            orderNumber,
            d.Note,
            photos,
            analysis,
            closure,
            mayChange && d.Status == DomainStatus.Open,
            mayChange && d.Status == DomainStatus.Analysed,
            d.Version);
    }

    internal static async Task<RateWindow> WindowAsync(
        MesDbContext db, DefectRecord defect, Guid? station, (DateTimeOffset From, DateTimeOffset To) window, CancellationToken cancellationToken)
    {
        var (from, to) = window;
        var rollups = DashboardReads.ProductionRollups(db).Where(r => r.ProductId == defect.ItemId && r.Hour >= from && r.Hour < to);
        var defects = QualityReads.DefectRecords(db).Where(d => d.DefectCodeId == defect.DefectCodeId && d.ItemId == defect.ItemId && d.RecordedAt >= from && d.RecordedAt < to);
        if (station is { } stationId)
        {
            rollups = rollups.Where(r => r.WorkstationId == stationId);
            defects = defects.Where(d => d.WorkstationId == stationId);
        }

        var output = await rollups.SumAsync(r => r.GoodQuantity + r.ScrapQuantity, cancellationToken);
        var defective = await defects.SumAsync(d => d.Quantity, cancellationToken);
        return new RateWindow(from, to, output, defective);
    }

    private static DefectRateWindow Window(RateWindow window) => new(window.From, window.To, window.Output, window.Defective, window.Rate);

    private static IQueryable<DefectRow> Rows(MesDbContext db) =>
        from d in QualityReads.DefectRecords(db).IgnoreAutoIncludes()
        join code in CatalogReads.DefectCodes(db) on d.DefectCodeId equals code.Id
        join item in CatalogReads.Items(db) on d.ItemId equals item.Id
        join s in CatalogReads.Workstations(db) on d.WorkstationId equals s.Id into stations
        from station in stations.DefaultIfEmpty()
        join w in WorkshopReads.Workers(db) on d.WorkerId equals w.Id into workers
        from worker in workers.DefaultIfEmpty()
        select new DefectRow
        {
            Id = d.Id,
            Number = d.Number,
            RecordedAt = d.RecordedAt,
            Status = d.Status,
            DefectCodeId = code.Id,
            DefectCode = code.Code,
            DefectName = code.Name,
            Cause = d.CauseCategory,
            ProductId = item.Id,
            ProductCode = item.Code,
            ProductName = item.Name,
            WorkstationId = d.WorkstationId,
            WorkstationName = station == null ? null : station.Name,
            WorkerId = d.WorkerId,
            WorkerName = worker == null ? null : worker.DisplayName,
            Quantity = d.Quantity,
            Disposition = d.Disposition,
            Cost = d.Cost.Material + d.Cost.ReworkLabour + d.Cost.LostTime,
        };

    private static IQueryable<DefectRow> Filter(IQueryable<DefectRow> rows, DefectFilter filter, TimeZoneInfo zone)
    {
        if (filter.Status is { } status)
        {
            var domain = Enum.Parse<DomainStatus>(status.ToString());
            rows = rows.Where(r => r.Status == domain);
        }

        if (filter.Cause is { } cause)
        {
            var domain = Enum.Parse<CauseCategory>(cause.ToString());
            rows = rows.Where(r => r.Cause == domain);
        }

        if (filter.DefectCodeId is { } codeId)
        {
            rows = rows.Where(r => r.DefectCodeId == codeId);
        }

        if (filter.WorkstationId is { } stationId)
        {
            rows = rows.Where(r => r.WorkstationId == stationId);
        }

        if (filter.ProductId is { } productId)
        {
            rows = rows.Where(r => r.ProductId == productId);
        }

        if (filter.WorkerId is { } workerId)
        {
            rows = rows.Where(r => r.WorkerId == workerId);
        }

        if (filter.From is { } from)
        {
            var start = WorkshopTime.StartOf(from, zone);
            rows = rows.Where(r => r.RecordedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = WorkshopTime.StartOf(to.AddDays(1), zone);
            rows = rows.Where(r => r.RecordedAt < end);
        }

        return rows;
    }

    private static IOrderedQueryable<DefectRow> Sort(IQueryable<DefectRow> rows, DefectSort sort) => sort switch
    {
        DefectSort.RecordedAt => rows.OrderBy(r => r.RecordedAt).ThenBy(r => r.Number),
        DefectSort.CostDescending => rows.OrderByDescending(r => r.Cost).ThenByDescending(r => r.RecordedAt).ThenByDescending(r => r.Number),
        DefectSort.Cost => rows.OrderBy(r => r.Cost).ThenBy(r => r.RecordedAt).ThenBy(r => r.Number),
        _ => rows.OrderByDescending(r => r.RecordedAt).ThenByDescending(r => r.Number),
    };

    private static DefectSummary ToSummary(DefectRow r) => new(
        r.Id, r.Number, r.RecordedAt, Status(r.Status), r.DefectCodeId, r.DefectCode, r.DefectName, Cause(r.Cause), r.ProductId, r.ProductCode, r.ProductName,
        r.WorkstationId, r.WorkstationName, r.WorkerId, r.WorkerName, r.Quantity, Enum.Parse<DefectDisposition>(r.Disposition.ToString()), r.Cost);

    private static Contracts.Quality.DefectStatus Status(DomainStatus status) => Enum.Parse<Contracts.Quality.DefectStatus>(status.ToString());

    private static DefectCause Cause(CauseCategory category) => Enum.Parse<DefectCause>(category.ToString());

    // Initialised by member, not by constructor, so EF Core can filter and sort on its properties.
    private sealed class DefectRow
    {
        public required Guid Id { get; init; }

        public required string Number { get; init; }

        public required DateTimeOffset RecordedAt { get; init; }

        public required DomainStatus Status { get; init; }

        public required Guid DefectCodeId { get; init; }

        public required string DefectCode { get; init; }

        public required string DefectName { get; init; }

        public required CauseCategory Cause { get; init; }

        public required Guid ProductId { get; init; }

        public required string ProductCode { get; init; }

        public required string ProductName { get; init; }

        public required Guid? WorkstationId { get; init; }

        public required string? WorkstationName { get; init; }

        public required Guid? WorkerId { get; init; }

        public required string? WorkerName { get; init; }

        public required decimal Quantity { get; init; }

        public required Disposition Disposition { get; init; }

        public required decimal Cost { get; init; }
    }
}

/// <summary>Something a filter or picker offers: a defect code, station, product, worker, downtime reason or lot.</summary>
internal sealed record QualityChoice(Guid Id, string Code, string Name)
{
    public string Label => string.IsNullOrEmpty(Name) ? Code : $"{Code} · {Name}";
}

internal sealed record QualityChoices(
    IReadOnlyList<QualityChoice> DefectCodes,
    IReadOnlyList<QualityChoice> Workstations,
    IReadOnlyList<QualityChoice> Products,
    IReadOnlyList<QualityChoice> Workers,
    IReadOnlyList<QualityChoice> DowntimeReasons);
