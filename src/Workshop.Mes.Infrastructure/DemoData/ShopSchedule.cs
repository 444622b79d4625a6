using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// Schedules released work orders on the floor in release order: each order is cut into bundles (번들) that
/// flow step by step through the stations' lanes, filling the earliest free working time that fits. Scrap
/// is drawn per bundle from the defect profile at the time the bundle's output is reported.
/// </summary>
internal sealed class ShopSchedule
{
    private readonly ProductionPlan _plan;
    private readonly DemoRandom _random;
    private readonly Dictionary<StationModel, List<Lane>> _lanes;

    private ShopSchedule(ProductionPlan plan, DemoRandom random)
    {
        _plan = plan;
        _random = random;
        _lanes = plan.Model.Stations.ToDictionary(s => s, s => s.Lanes.Select(l => new Lane(l)).ToList());
    }

    public static void Plan(ProductionPlan plan, DemoRandom random) => new ShopSchedule(plan, random).Run();

    private void Run()
    {
        var queue = new PriorityQueue<PlannedWorkOrder, (DateTime ReleasedAt, int Priority, int Sequence)>();
        var sequence = 0;
        foreach (var workOrder in _plan.WorkOrders.Where(w => w.Fate == WorkOrderFate.Runs))
        {
            queue.Enqueue(workOrder, (workOrder.ReleasedAt!.Value, -(int)workOrder.Priority, sequence++));
        }

        while (queue.TryDequeue(out var workOrder, out _))
        {
            Schedule(workOrder);
            if (MakeUpFor(workOrder) is { } makeUp)
            {
                _plan.WorkOrders.Add(makeUp);
                if (makeUp.Fate == WorkOrderFate.Runs)
                {
                    queue.Enqueue(makeUp, (makeUp.ReleasedAt!.Value, -(int)makeUp.Priority, sequence++));
                }
            }
        }

        if (_plan.Model.Scenario.HoldAndCancel)
        {
            HoldOneInProgress();
        }

        var ordered = _plan.WorkOrders.OrderBy(w => w.CreatedAt).ToList();
        _plan.WorkOrders.Clear();
        _plan.WorkOrders.AddRange(ordered);
    }

    private void Schedule(PlannedWorkOrder workOrder)
    {
        var product = workOrder.Product;
        var steps = product.Routing;
        var kitReady = workOrder.ReleasedAt!.Value.AddMinutes(15);
        var setupDone = new bool[steps.Count];

        // Bundles are taken up in order at every step: a later bundle never starts before an earlier one.
        var previousStart = new DateTime[steps.Count];
        var remaining = workOrder.Quantity;
        while (remaining > 0)
        {
            var input = Math.Min(product.BundleSize, remaining);
            remaining -= input;
            var ready = kitReady;
            for (var k = 0; k < steps.Count; k++)
            {
                var op = ScheduleBundle(workOrder, k, input, ready > previousStart[k] ? ready : previousStart[k], !setupDone[k]);
                setupDone[k] = true;
                previousStart[k] = op.Start;
                workOrder.Ops.Add(op);
                ready = op.End;
                input = op.Good;
            }
        }

        // The finish is the last report of the step; of two bundles ending together, the one reported last.
        foreach (var step in workOrder.Ops.GroupBy(o => o.StepIndex))
        {
            var lastEnd = step.Max(o => o.End);
            step.Last(o => o.End == lastEnd).IsFinish = true;
        }

        // Now and then the cutter types one piece too many and corrects it a couple of minutes later.
        foreach (var op in workOrder.Ops.Where(o => o.StepIndex == 0 && !o.IsFinish && o.Station.HasOneLane))
        {
            op.Overcounted = _random.Chance(0.015);
        }

        workOrder.CompletedAt = workOrder.Ops.Max(o => o.End);
    }

    private PlannedOp ScheduleBundle(PlannedWorkOrder workOrder, int stepIndex, int input, DateTime ready, bool withSetup)
    {
        var station = workOrder.Product.Stations[stepIndex];
        var step = workOrder.Product.Routing[stepIndex];
        var arrive = station.HoldsLateWeekForMonday && ready.DayOfWeek is DayOfWeek.Thursday or DayOfWeek.Friday or DayOfWeek.Saturday
            ? DemoCalendar.At(DemoCalendar.NextMonday(DateOnly.FromDateTime(ready)), 9)
            : ready;
        var work = Math.Round((double)((withSetup ? step.SetupMinutes : 0) + (step.RunMinutesPerUnit * input)) * _random.Between(0.9, 1.15), 1);

        var pauses = _plan.Model.Pauses;
        var pause = _random.Chance(pauses.Probability)
            ? _random.PickWeighted(pauses.Reasons.Select(r => (r, r.Weight)).ToList())
            : null;
        var pauseMinutes = pause is null ? 0 : _random.Between(pause.MinMinutes, pause.MaxMinutes);

        var (lane, start, end) = Book(station, arrive, work + pauseMinutes);
        if (workOrder.KitAt is null)
        {
            Kit(workOrder, start);
        }

        var worker = _random.PickWeighted(lane.Spec.Workers);
        var rate = _plan.Model.Defects.Rate(end, station, workOrder.OnSuspectLot);
        var scrap = Math.Min(input - 1, _random.Binomial(input, rate));
        var op = new PlannedOp(workOrder, stepIndex, station, worker, start, end)
        {
            Input = input,
            Scrap = scrap,
            DefectCode = scrap > 0 ? PickDefectCode(station, workOrder.OnSuspectLot) : null,
        };

        // Where a pause cannot be reported the lost minutes stay in the bundle's time, unexplained.
        if (pause is not null && station.CanPause(start, end))
        {
            var at = DemoCalendar.AddWorkingMinutes(start, work * _random.Between(0.2, 0.8), lane.Spec.WorksOn);
            op.Pause = new PlannedPause(pause.Reason, at, DemoCalendar.AddWorkingMinutes(at, pauseMinutes, lane.Spec.WorksOn), pause.Note, IsLunch: false);
        }
        else if (pause is null && station.CanPause(start, end) && SpansLunch(start, end) && _random.Chance(pauses.LunchPauseProbability))
        {
            var day = DateOnly.FromDateTime(start);
            var at = day.ToDateTime(TimeOnly.MinValue) + DemoCalendar.LunchStart - TimeSpan.FromSeconds(_random.Between(10, 150));
            var resume = day.ToDateTime(TimeOnly.MinValue) + DemoCalendar.LunchEnd + TimeSpan.FromSeconds(_random.Between(10, 150));
            if (at > start && resume < end)
            {
                op.Pause = new PlannedPause(pauses.Lunch, at, resume, null, IsLunch: true);
            }
        }

        return op;
    }

    /// <summary>Materials go from the store to the floor just before the first bundle is cut, from the latest delivery.</summary>
    private void Kit(PlannedWorkOrder workOrder, DateTime firstStart)
    {
        var releasedAt = workOrder.ReleasedAt!.Value;
        var kitAt = firstStart.AddMinutes(-10);
        workOrder.KitAt = kitAt > releasedAt ? kitAt : releasedAt.AddMinutes(1);
        workOrder.KitReceipts.AddRange(workOrder.Product.BomMaterials.Select(m => _plan.ReceiptFor(m, workOrder.KitAt.Value)));
        workOrder.OnSuspectLot = workOrder.KitReceipts[0].IsSuspect;
    }

    private Domain.Catalog.DefectCode PickDefectCode(StationModel station, bool suspectLot)
    {
        var suspectCodes = _plan.Model.Defects.SuspectLotCodes;
        return suspectLot && suspectCodes.Count > 0 && _random.Chance(0.7)
            ? _random.PickWeighted(suspectCodes)
            : _random.PickWeighted(station.DefectCodes);
    }

    private (Lane Lane, DateTime Start, DateTime End) Book(StationModel station, DateTime arrive, double minutes)
    {
        (Lane Lane, DateTime Start, DateTime End)? best = null;
        foreach (var lane in _lanes[station])
        {
            var (start, end) = lane.FindSlot(arrive, minutes);
            if (best is null || start < best.Value.Start)
            {
                best = (lane, start, end);
            }
        }

        best!.Value.Lane.Book(best.Value.Start, best.Value.End);
        return best.Value;
    }

    private static bool SpansLunch(DateTime start, DateTime end)
    {
        var day = DateOnly.FromDateTime(start);
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return day.DayOfWeek != DayOfWeek.Saturday && start < midnight + DemoCalendar.LunchStart && end > midnight + DemoCalendar.LunchEnd;
    }

    /// <summary>When a line's orders have all finished short of the line's quantity, the owner cuts the rest (추가 작업).</summary>
    private PlannedWorkOrder? MakeUpFor(PlannedWorkOrder workOrder)
    {
        var line = workOrder.Line;
        if (line is null || line.WorkOrders.Any(w => w.Fate != WorkOrderFate.Runs || w.CompletedAt is null || w.CompletedAt > _plan.NowLocal))
        {
            return null;
        }

        var shortfall = line.Quantity - line.WorkOrders.Sum(w => w.PlannedGood);
        var createdAt = DemoCalendar.NextWorkingInstant(line.WorkOrders.Max(w => w.CompletedAt!.Value).AddMinutes(30));
        if (shortfall <= 0 || createdAt > _plan.NowLocal)
        {
            return null;
        }

        var releasedAt = createdAt.AddMinutes(10);
        var makeUp = new PlannedWorkOrder(line.Product, line, OrderBook.WithAllowance(shortfall), shortfall, line.DueDate, WorkOrderPriority.High, createdAt)
        {
            IsMakeUp = true,
            ReleasedAt = releasedAt <= _plan.NowLocal ? releasedAt : null,
            Fate = releasedAt <= _plan.NowLocal ? WorkOrderFate.Runs : WorkOrderFate.Draft,
        };
        line.WorkOrders.Add(makeUp);
        return makeUp;
    }

    /// <summary>One order already on the floor is stopped half-way: nothing is reported on it after the hold.</summary>
    private void HoldOneInProgress()
    {
        var now = _plan.NowLocal;
        var workOrder = _plan.WorkOrders
            .Where(w => w.Fate == WorkOrderFate.Runs && w.Line is not null && !w.IsMakeUp && w.Ops.Count > 0
                && w.Ops.Min(o => o.Start) < now.AddDays(-1) && w.CompletedAt > now)
            .MinBy(w => w.ReleasedAt);
        if (workOrder is null)
        {
            return;
        }

        var firstStart = workOrder.Ops.Min(o => o.Start);
        var holdAt = firstStart + ((now - firstStart) * 0.6);
        workOrder.Fate = WorkOrderFate.HeldInProgress;
        workOrder.HoldAt = holdAt;
        workOrder.HoldReason = _plan.Model.Scenario.HoldReasons[^1];
        workOrder.CompletedAt = null;
        workOrder.Ops.RemoveAll(o => o.Start >= holdAt);
        foreach (var op in workOrder.Ops)
        {
            op.Overcounted = false;
            op.OutputDropped = op.End >= holdAt;
            if (op.Pause is { } pause && pause.ResumeAt >= holdAt)
            {
                op.Pause = null;
            }
        }
    }

    /// <summary>One machine's worth of capacity: the working time it is already booked for, in time order.</summary>
    private sealed class Lane(LaneSpec spec)
    {
        private readonly List<(DateTime Start, DateTime End)> _busy = [];

        public LaneSpec Spec { get; } = spec;

        /// <summary>The earliest slot of <paramref name="minutes"/> working minutes at or after <paramref name="earliest"/> that is free.</summary>
        public (DateTime Start, DateTime End) FindSlot(DateTime earliest, double minutes)
        {
            var start = DemoCalendar.NextWorkingInstant(earliest, Spec.WorksOn);
            var index = FirstEndingAfter(start);
            while (true)
            {
                var end = DemoCalendar.AddWorkingMinutes(start, minutes, Spec.WorksOn);

                // A helper who comes in on one day a week finishes a bundle that day, or starts it the next time.
                if (Spec.WorksOn is not null && end.Date != start.Date)
                {
                    start = DemoCalendar.NextWorkingInstant(start.Date.AddDays(1), Spec.WorksOn);
                    continue;
                }

                while (index < _busy.Count && _busy[index].End <= start)
                {
                    index++;
                }

                if (index < _busy.Count && _busy[index].Start < end)
                {
                    start = DemoCalendar.NextWorkingInstant(_busy[index].End, Spec.WorksOn);
                    continue;
                }

                return (start, end);
            }
        }

        public void Book(DateTime start, DateTime end) => _busy.Insert(FirstEndingAfter(start), (start, end));

        private int FirstEndingAfter(DateTime time)
        {
            int low = 0, high = _busy.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_busy[middle].End <= time)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
