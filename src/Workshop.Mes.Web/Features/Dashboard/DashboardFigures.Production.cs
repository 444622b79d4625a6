using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using ContractStatus = Workshop.Mes.Contracts.WorkOrders.WorkOrderStatus;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>Production figures: today against plan, work in progress, late and at-risk orders, shortages, load against capacity.</summary>
internal sealed partial class DashboardFigures
{
    public const string OverdueOrdersLink = "/work-orders?late=overdue";
    public const string ExpectedLateOrdersLink = "/work-orders?late=expected";
    public const string HeldOrdersLink = "/work-orders?hold=true";

    private static readonly WorkOrderStatus[] _planned = [WorkOrderStatus.Released, WorkOrderStatus.InProgress, WorkOrderStatus.OnHold, WorkOrderStatus.Completed];
    private static readonly WorkOrderStatus[] _onTheFloor = [WorkOrderStatus.Released, WorkOrderStatus.InProgress];

    /// <summary>
    /// Today's good pieces out of each product's last routing station (finished pieces; with a station filter, that
    /// station's good), scrap at every step, against the quantity of today's due orders that were released.
    /// </summary>
    public async Task<TodayFigure> TodayAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.WorkOrders);
        var today = Today(member);
        var made = await Rollups(db, today, today, filter, member.Workshop.Zone)
            .Where(r => r.ProductId != null)
            .GroupBy(r => new { r.WorkstationId, r.ProductId })
            .Select(g => new { g.Key.WorkstationId, g.Key.ProductId, Good = g.Sum(r => r.GoodQuantity), Scrap = g.Sum(r => r.ScrapQuantity) })
            .ToListAsync(cancellationToken);
        var lastStations = (await CatalogReads.RoutingSteps(db).Select(s => new { s.ProductId, s.Sequence, s.WorkstationId }).ToListAsync(cancellationToken))
            .GroupBy(s => s.ProductId)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Sequence)!.WorkstationId);
        var good = made
            .Where(m => filter.WorkstationId is not null || (lastStations.TryGetValue(m.ProductId!.Value, out var last) && last == m.WorkstationId))
            .Sum(m => m.Good);

        var due = WorkOrderReads.WorkOrders(db).Where(o => o.DueDate == today && _planned.Contains(o.Status));
        if (filter.ProductId is { } product)
        {
            due = due.Where(o => o.ProductId == product);
        }

        var orders = await due.Select(o => new { o.Quantity, o.Status }).ToListAsync(cancellationToken);
        var planned = orders.Sum(o => o.Quantity);
        return new TodayFigure(
            today, good, made.Sum(m => m.Scrap), planned, FigureShares.Share(good, planned), orders.Count, orders.Count(o => o.Status == WorkOrderStatus.Completed));
    }

    /// <summary>Open steps per station of the released and running orders: running, paused, and waiting with pieces ready.</summary>
    public async Task<WorkInProgressFigure> WorkInProgressAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.WorkOrders);
        var orders = WorkOrderReads.WorkOrders(db).Where(o => _onTheFloor.Contains(o.Status));
        if (filter.ProductId is { } product)
        {
            orders = orders.Where(o => o.ProductId == product);
        }

        var steps = await (from s in WorkOrderReads.WorkOrderSteps(db)
                           join o in orders on s.WorkOrderId equals o.Id
                           select new { s.WorkOrderId, o.Quantity, s.Sequence, s.WorkstationId, s.State, s.GoodQuantity, s.ScrapQuantity })
            .ToListAsync(cancellationToken);
        var work = new Dictionary<Guid, (int Running, int Paused, int Waiting, decimal InProcess, decimal Ready)>();
        foreach (var order in steps.GroupBy(s => s.WorkOrderId))
        {
            decimal? previousGood = null;
            foreach (var step in order.OrderBy(s => s.Sequence))
            {
                var left = Math.Max(0, (previousGood ?? step.Quantity) - step.GoodQuantity - step.ScrapQuantity);
                previousGood = step.GoodQuantity;
                var (running, paused, waiting, inProcess, ready) = work.GetValueOrDefault(step.WorkstationId);
                work[step.WorkstationId] = step.State switch
                {
                    StepState.Running => (running + 1, paused, waiting, inProcess + left, ready),
                    StepState.Paused => (running, paused + 1, waiting, inProcess + left, ready),
                    StepState.Pending when left > 0 => (running, paused, waiting + 1, inProcess, ready + left),
                    _ => (running, paused, waiting, inProcess, ready),
                };
            }
        }

        var stations = await StationsAsync(db, filter, cancellationToken);
        return new WorkInProgressFigure(stations
            .Select(w => (Station: w, Work: work.GetValueOrDefault(w.Id)))
            .Select(x => new StationWork(x.Station.Id, x.Station.Code, x.Station.Name, x.Work.Running, x.Work.Paused, x.Work.Waiting, x.Work.InProcess, x.Work.Ready))
            .ToList());
    }

    /// <summary>Open orders with the work-order list's own overdue, expected-late and at-risk flags (never recomputed here), and the held ones.</summary>
    public async Task<OrdersFigure> OrdersAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        member.Demand(Area.WorkOrders, Operation.Read);
        string? productCode = null;
        if (filter.ProductId is { } product)
        {
            await using var db = member.OpenData(contexts);
            productCode = await CatalogReads.Items(db).Where(i => i.Id == product).Select(i => i.Code).SingleOrDefaultAsync(cancellationToken) ?? string.Empty;
        }

        var list = await workOrders.ListForGridAsync(member, new WorkOrderFilter(OpenOnly: true), WorkOrderSort.DueDate, 0, int.MaxValue, cancellationToken);
        var open = list.Items
            .Where(o => o.Status is ContractStatus.Released or ContractStatus.InProgress or ContractStatus.OnHold)
            .Where(o => productCode is null || o.ProductCode == productCode)
            .ToList();
        var alerts = open.Where(o => o.IsOverdue || o.IsExpectedLate)
            .OrderByDescending(o => o.IsOverdue).ThenBy(o => o.DueDate).ThenBy(o => o.Number, StringComparer.Ordinal)
            .Select(o => new OrderAlert(o.Id, o.Number, o.ProductCode, o.ProductName, o.Quantity, o.GoodQuantity, o.DueDate, o.Status, o.IsOverdue, o.IsExpectedLate, o.LateReason))
            .ToList();
        return new OrdersFigure(
            open.Count,
            open.Count(o => o.IsOverdue),
            open.Count(o => o.IsExpectedLate),
            open.Count(o => o.IsAtRisk && !o.IsLate),
            open.Count(o => o.Status == ContractStatus.OnHold),
            OverdueOrdersLink,
            ExpectedLateOrdersLink,
            HeldOrdersLink,
            alerts);
    }

    /// <summary>
    /// Materials below their reorder point (once open orders have theirs) or safety stock, or that open orders need
    /// more of than is on hand; those blocking orders first.
    /// </summary>
    public async Task<ShortagesFigure> ShortagesAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.Inventory);
        var onHand = await AvailableStock.ByItemAsync(db, null, cancellationToken);
        var demand = await OpenMaterialDemand.ByItemAsync(db, null, null, cancellationToken);
        var open = OpenWorkOrders.Statuses.ToArray();
        var waiting = (await (from m in WorkOrderReads.WorkOrderMaterials(db)
                              join o in WorkOrderReads.WorkOrders(db) on m.WorkOrderId equals o.Id
                              where open.Contains(o.Status) && m.RequiredQuantity > m.ConsumedQuantity
                              select new { m.ItemId, m.WorkOrderId }).Distinct().ToListAsync(cancellationToken))
            .GroupBy(m => m.ItemId).ToDictionary(g => g.Key, g => g.Count());
        var demanded = demand.Keys.ToArray();
        var items = await CatalogReads.Items(db)
            .Where(i => i.IsActive && (i.ReorderPoint > 0 || i.SafetyStock > 0 || demanded.Contains(i.Id)))
            .ToListAsync(cancellationToken);

        var rows = new List<ShortageRow>();
        foreach (var item in items)
        {
            var have = onHand.GetValueOrDefault(item.Id);
            var need = demand.GetValueOrDefault(item.Id);
            var belowReorder = ReorderRule.Evaluate(have, need, item.ReorderPoint, item.SafetyStock) is not null;
            var belowSafety = item.SafetyStock > 0 && have < item.SafetyStock;
            var shortfall = Math.Max(0, need - have);
            if (belowReorder || belowSafety || shortfall > 0)
            {
                rows.Add(new ShortageRow(
                    item.Id, item.Code, item.Name, item.Unit, have, need, item.ReorderPoint, item.SafetyStock, belowReorder, belowSafety,
                    shortfall > 0 ? waiting.GetValueOrDefault(item.Id) : 0, shortfall));
            }
        }

        return new ShortagesFigure([.. rows.OrderByDescending(r => r.BlockedOrders).ThenByDescending(r => r.Shortfall).ThenBy(r => r.ItemCode, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// Standard hours reported per station and local day (pieces × the routing's minutes per piece) against the
    /// station's hours: this week day by day, the range's average per weekday over the days the workshop worked, and
    /// the open orders' remaining work against the hours left this week.
    /// </summary>
    public async Task<LoadFigure> LoadAsync(WorkshopMember member, DashboardFilter filter, CancellationToken cancellationToken)
    {
        await using var db = Open(member, Area.WorkOrders);
        var zone = member.Workshop.Zone;
        var today = Today(member);
        var weekStart = LocalCalendar.WeekStart(today);
        var weekEnd = weekStart.AddDays(6);
        var first = filter.From < weekStart ? filter.From : weekStart;
        var last = filter.To > weekEnd ? filter.To : weekEnd;

        var reported = await Rollups(db, first, last, filter, zone)
            .Where(r => r.WorkstationId != null && r.ProductId != null && r.GoodQuantity + r.ScrapQuantity != 0)
            .Select(r => new { Station = r.WorkstationId!.Value, Product = r.ProductId!.Value, r.Hour, Pieces = r.GoodQuantity + r.ScrapQuantity })
            .ToListAsync(cancellationToken);
        var minutesPerPiece = await StandardMinutesAsync(db, cancellationToken);
        var load = new Dictionary<(Guid Station, DateOnly Day), decimal>();
        foreach (var r in reported)
        {
            var day = LocalCalendar.LocalHour(r.Hour, zone).Day;
            load[(r.Station, day)] = load.GetValueOrDefault((r.Station, day)) + (r.Pieces * minutesPerPiece.GetValueOrDefault((r.Product, r.Station)) / 60);
        }

        var (rangeStart, rangeEnd) = Instants(filter.From, filter.To, zone);
        var workingDays = (await db.ProductionRollups.AsNoTracking()
                .Where(r => r.Hour >= rangeStart && r.Hour < rangeEnd && r.GoodQuantity + r.ScrapQuantity != 0)
                .Select(r => r.Hour).Distinct().ToListAsync(cancellationToken))
            .Select(h => LocalCalendar.LocalHour(h, zone).Day).Distinct().ToList();

        var open = OpenWorkOrders.Statuses.ToArray();
        var openSteps = await (from s in WorkOrderReads.WorkOrderSteps(db)
                               join o in WorkOrderReads.WorkOrders(db) on s.WorkOrderId equals o.Id
                               where open.Contains(o.Status) && s.State != StepState.Finished
                               select new { Step = s, o.Quantity }).ToListAsync(cancellationToken);
        var openWork = openSteps.GroupBy(s => s.Step.WorkstationId).ToDictionary(g => g.Key, g => g.Sum(s => s.Step.RemainingMinutes(s.Quantity)) / 60);

        var stations = await StationsAsync(db, filter, cancellationToken);
        var week = Enumerable.Range(0, 7).Select(weekStart.AddDays).ToList();
        return new LoadFigure(weekStart, stations.Select(station =>
        {
            var byDay = load.Where(l => l.Key.Station == station.Id).ToDictionary(l => l.Key.Day, l => l.Value);
            var thisWeek = week.Select(day =>
            {
                var hours = Math.Round(byDay.GetValueOrDefault(day), 2, MidpointRounding.AwayFromZero);
                var capacity = LocalCalendar.CapacityHours(day, station.HoursPerDay);
                return new StationDayLoad(day, hours, capacity, hours > capacity);
            }).ToList();
            var typical = LocalCalendar.WeekdayAverages(byDay, workingDays)
                .OrderBy(d => ((int)d.Key + 6) % 7)
                .Select(d =>
                {
                    var capacity = d.Key == DayOfWeek.Sunday ? 0 : station.HoursPerDay;
                    return new WeekdayLoad(d.Key, d.Value.Days, d.Value.Average, capacity, d.Value.Average > capacity);
                }).ToList();
            var remaining = Math.Round(openWork.GetValueOrDefault(station.Id), 2, MidpointRounding.AwayFromZero);
            var left = week.Where(d => d >= today).Sum(d => LocalCalendar.CapacityHours(d, station.HoursPerDay));
            return new StationLoad(station.Id, station.Code, station.Name, station.HoursPerDay, thisWeek, typical, remaining, left, remaining > left);
        }).ToList());
    }
}
