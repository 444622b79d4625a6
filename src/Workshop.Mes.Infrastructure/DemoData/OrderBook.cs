using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// Plans the customer orders of the history (a few a week, one to three lines each), the work orders made
/// from them and the few for stock, and what becomes of the recent ones by now.
/// </summary>
internal static class OrderBook
{
    private static readonly (int DayOffset, double Weight)[] _orderDays = [(0, 1.3), (1, 1), (2, 1), (3, 1), (4, 1), (5, 0.4)];

    public static void Plan(ProductionPlan plan, DemoRandom random)
    {
        var profile = plan.Model.Orders;
        var orders = new List<PlannedOrder>();
        for (var monday = DemoCalendar.MondayOf(plan.HistoryStart); monday <= plan.Today; monday = monday.AddDays(7))
        {
            var count = random.PickWeighted(profile.OrdersPerWeek);
            for (var i = 0; i < count; i++)
            {
                var day = monday.AddDays(random.PickWeighted(_orderDays));
                var latestMinute = day.DayOfWeek == DayOfWeek.Saturday ? 12 * 60 : (17 * 60) + 30;
                var at = day.ToDateTime(TimeOnly.MinValue).AddMinutes(random.Between((9 * 60) + 30, latestMinute));
                var order = new PlannedOrder(at, random.Pick(profile.Customers));
                AddLines(plan, order, random);
                if (day >= plan.HistoryStart && at <= plan.NowLocal.AddMinutes(-30))
                {
                    orders.Add(order);
                }
            }
        }

        orders.AddRange(RecentOrders(plan));
        orders.AddRange(FreshOrders(plan, random));

        plan.Orders.AddRange(orders.OrderBy(o => o.OrderedAt));
        foreach (var line in plan.Orders.SelectMany(o => o.Lines))
        {
            AddWorkOrders(plan, line, random);
        }

        AddStockWorkOrders(plan, random);
        var inCreationOrder = plan.WorkOrders.OrderBy(w => w.CreatedAt).ToList();
        plan.WorkOrders.Clear();
        plan.WorkOrders.AddRange(inCreationOrder);
        DecideFates(plan, random);
    }

    /// <summary>The usual allowance for scrap (여유분): six percent and two pieces more than needed.</summary>
    public static int WithAllowance(int need) => need + (int)Math.Ceiling(need * 0.06) + 2;

    /// <summary>The first working morning after <paramref name="at"/>, when the owner releases yesterday's orders.</summary>
    private static DateTime NextMorning(DateTime at, DemoRandom random) =>
        DemoCalendar.At(DemoCalendar.AddWorkingDays(DateOnly.FromDateTime(at), 1), 9).AddMinutes(random.Between(5, 45));

    private static void AddLines(ProductionPlan plan, PlannedOrder order, DemoRandom random)
    {
        var profile = plan.Model.Orders;
        var orderDay = DateOnly.FromDateTime(order.OrderedAt);
        var rush = random.Chance(0.06);
        order.Priority = rush ? WorkOrderPriority.Rush : random.Chance(0.14) ? WorkOrderPriority.High : WorkOrderPriority.Normal;
        var due = rush ? orderDay.AddDays(random.Between(4, 6)) : orderDay.AddDays(random.Between(profile.DueMinDays, profile.DueMaxDays));
        if (due.DayOfWeek == DayOfWeek.Sunday)
        {
            due = due.AddDays(1);
        }

        var products = plan.Model.Products.Select(p => (p, p.Popularity)).ToList();
        var bands = profile.Quantities.Select(q => (q, q.Weight)).ToList();
        var lineCount = Math.Min(random.PickWeighted(profile.LinesPerOrder), products.Count);
        var chosen = new List<ProductModel>();
        while (chosen.Count < lineCount)
        {
            var product = random.PickWeighted(products);
            if (!chosen.Contains(product))
            {
                chosen.Add(product);
            }
        }

        foreach (var product in chosen)
        {
            var band = random.PickWeighted(bands);
            var quantity = RoundTo(random.Between(band.Min, band.Max), profile.QuantityStep, band.Min);
            order.Lines.Add(new PlannedLine(order, product, quantity, due));
        }
    }

    /// <summary>The scripted orders of the last few working days, so that "now" always finds work on the floor.</summary>
    private static IEnumerable<PlannedOrder> RecentOrders(ProductionPlan plan)
    {
        foreach (var recent in plan.Model.Scenario.RecentOrders)
        {
            var day = DemoCalendar.AddWorkingDays(plan.Today, -recent.WorkingDaysAgo);
            var order = new PlannedOrder(DemoCalendar.At(day, recent.Hour, 20), recent.Customer) { IsScripted = true, IsOpenDemand = recent.IsOpenDemand };
            var due = day.AddDays(14);
            foreach (var (code, quantity) in recent.Lines)
            {
                order.Lines.Add(new PlannedLine(order, plan.Model.Product(code), quantity, due.DayOfWeek == DayOfWeek.Sunday ? due.AddDays(1) : due));
            }

            if (order.OrderedAt <= plan.NowLocal.AddMinutes(-30))
            {
                yield return order;
            }
        }
    }

    /// <summary>Two orders not yet released: one from late on the last working day, one from an hour or so ago.</summary>
    private static IEnumerable<PlannedOrder> FreshOrders(ProductionPlan plan, DemoRandom random)
    {
        var candidate = plan.NowLocal.AddMinutes(-60);
        var day = DateOnly.FromDateTime(candidate);
        var closing = day.DayOfWeek == DayOfWeek.Saturday ? new TimeSpan(12, 0, 0) : new TimeSpan(17, 30, 0);
        var latest = DemoCalendar.IsWorkingDay(day) && candidate.TimeOfDay >= new TimeSpan(9, 30, 0) && candidate.TimeOfDay <= closing
            ? candidate
            : PreviousWorkingAfternoon(candidate);
        var yesterday = DemoCalendar.AddWorkingDays(DateOnly.FromDateTime(latest), -1);
        foreach (var at in new[] { DemoCalendar.At(yesterday, yesterday.DayOfWeek == DayOfWeek.Saturday ? 11 : 16, 10), latest })
        {
            var order = new PlannedOrder(at, random.Pick(plan.Model.Orders.Customers));
            AddLines(plan, order, random);
            yield return order;
        }
    }

    private static DateTime PreviousWorkingAfternoon(DateTime time)
    {
        var day = DateOnly.FromDateTime(time);
        var sameDay = DemoCalendar.IsWorkingDay(day) && time.TimeOfDay > new TimeSpan(17, 30, 0);
        var workingDay = sameDay ? day : DemoCalendar.AddWorkingDays(day, -1);
        return DemoCalendar.At(workingDay, workingDay.DayOfWeek == DayOfWeek.Saturday ? 11 : 16, 30);
    }

    private static void AddWorkOrders(ProductionPlan plan, PlannedLine line, DemoRandom random)
    {
        var order = line.Order;
        var createdAt = order.OrderedAt.AddMinutes(random.Between(5, 25));
        var releasedAt = NextMorning(order.OrderedAt, random);

        // Big lines are cut in two work orders so two bundles of work can move at once.
        int[] needs = line.Quantity >= plan.Model.Orders.SplitFrom
            ? [RoundTo(line.Quantity / 2.0, 10, 10), line.Quantity - RoundTo(line.Quantity / 2.0, 10, 10)]
            : [line.Quantity];
        foreach (var need in needs)
        {
            var workOrder = new PlannedWorkOrder(line.Product, line, WithAllowance(need), need, line.DueDate, order.Priority, createdAt)
            {
                ReleasedAt = releasedAt,
            };
            line.WorkOrders.Add(workOrder);
            plan.WorkOrders.Add(workOrder);
        }
    }

    /// <summary>Every few weeks the owner cuts a batch of a basic item for stock, with no customer order.</summary>
    private static void AddStockWorkOrders(ProductionPlan plan, DemoRandom random)
    {
        var profile = plan.Model.Orders;
        var week = 0;
        for (var monday = DemoCalendar.MondayOf(plan.HistoryStart).AddDays(7); monday <= plan.Today; monday = monday.AddDays(7 * profile.StockOrderEveryWeeks), week++)
        {
            var product = plan.Model.Product(profile.StockProductCodes[week % profile.StockProductCodes.Count]);
            var quantity = RoundTo(random.Between(profile.StockQuantity.Min, profile.StockQuantity.Max), profile.QuantityStep, profile.StockQuantity.Min);
            var createdAt = DemoCalendar.At(monday, 9, 10);
            if (createdAt < plan.NowLocal)
            {
                plan.WorkOrders.Add(new PlannedWorkOrder(product, null, quantity, 0, monday.AddDays(21), WorkOrderPriority.Low, createdAt)
                {
                    ReleasedAt = createdAt.AddMinutes(20),
                });
            }
        }
    }

    private static void DecideFates(ProductionPlan plan, DemoRandom random)
    {
        foreach (var workOrder in plan.WorkOrders.Where(w => w.ReleasedAt > plan.NowLocal))
        {
            workOrder.Fate = WorkOrderFate.Draft;
            workOrder.ReleasedAt = null;
        }

        // The last day's orders are still waiting for the owner to release them.
        var latestOrder = plan.Orders.Where(o => !o.IsScripted).Max(o => o.OrderedAt);
        var draftsFrom = DemoCalendar.At(DemoCalendar.AddWorkingDays(DateOnly.FromDateTime(latestOrder), -1), 12);
        var newest = plan.Orders.Where(o => !o.IsScripted && o.OrderedAt >= draftsFrom);
        foreach (var workOrder in newest.SelectMany(o => o.Lines).SelectMany(l => l.WorkOrders))
        {
            workOrder.Fate = WorkOrderFate.Draft;
            workOrder.ReleasedAt = null;
        }

        if (plan.Model.Scenario.PlantPatterns)
        {
            var waitingFrom = plan.NowLocal.AddDays(-DemoPatterns.ShortMaterialWaitingDays);
            foreach (var workOrder in plan.WorkOrders.Where(w => w.Fate == WorkOrderFate.Runs && w.ReleasedAt >= waitingFrom
                && w.Product.BomMaterials.Any(m => m.Item.Code == DemoPatterns.ShortMaterialCode)))
            {
                workOrder.Fate = WorkOrderFate.WaitsForMaterial;
            }
        }

        if (plan.Model.Scenario.HoldAndCancel)
        {
            CancelOneOrder(plan);
            HoldOneBeforeStart(plan, random);
        }
    }

    private static void CancelOneOrder(ProductionPlan plan)
    {
        var target = plan.NowLocal.AddDays(-10);
        var order = plan.Orders
            .Where(o => !o.IsScripted && o.OrderedAt < plan.NowLocal.AddDays(-8) && o.Lines is [{ WorkOrders: [{ Fate: WorkOrderFate.Runs }] }])
            .MinBy(o => Math.Abs((o.OrderedAt - target).TotalHours));
        if (order is null)
        {
            return;
        }

        order.CancelledAt = DemoCalendar.At(DemoCalendar.AddWorkingDays(DateOnly.FromDateTime(order.OrderedAt), 1), 14, 30);
        foreach (var workOrder in order.Lines.SelectMany(l => l.WorkOrders))
        {
            workOrder.Fate = WorkOrderFate.Cancelled;
            workOrder.CancelAt = order.CancelledAt;
        }
    }

    private static void HoldOneBeforeStart(ProductionPlan plan, DemoRandom random)
    {
        var target = plan.NowLocal.AddDays(-6);
        var workOrder = plan.WorkOrders
            .Where(w => w.Fate == WorkOrderFate.Runs && w.Line is { Order: { CancelledAt: null, IsScripted: false } } && w.ReleasedAt < plan.NowLocal.AddDays(-4))
            .MinBy(w => Math.Abs((w.ReleasedAt!.Value - target).TotalHours));
        if (workOrder is null)
        {
            return;
        }

        workOrder.Fate = WorkOrderFate.HeldBeforeStart;
        workOrder.HoldAt = DemoCalendar.AddWorkingMinutes(workOrder.ReleasedAt!.Value, random.Between(30, 120));
        workOrder.HoldReason = plan.Model.Scenario.HoldReasons[0];
    }

    private static int RoundTo(double value, int step, int minimum) => Math.Max(minimum, (int)Math.Round(value / step) * step);
}
