using Workshop.Mes.Domain.ShopFloor;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>Evidence from work orders and what the floor recorded on them (§7.2: coverage, completeness, latency, history, scans).</summary>
internal static class FloorRules
{
    /// <summary>Later than this after the fact, an entry is a back-entry (§7.2 backfill).</summary>
    public static readonly TimeSpan Backfill = TimeSpan.FromHours(4);

    public static MeasuredIndicator WorkOrderCoverage(RuleContext c)
    {
        if (c.Profile.JobsPerMonth <= 0)
        {
            return c.NotMeasured("Assessment.Reason.ProfileJobsNeeded");
        }

        var made = c.Records.WorkOrders.Count(w => c.InWindow(w.CreatedAt));
        var expected = c.Profile.JobsPerMonth * c.Indicator.WindowDays / 30.0;
        return c.Result((int)Math.Ceiling(expected), ("coverage", Math.Min(1, made / expected)));
    }

    /// <summary>Completed work orders whose results (good and scrap, zero allowed) all reached the system within 24 hours.</summary>
    public static MeasuredIndicator ResultCompleteness(RuleContext c)
    {
        var completed = c.Records.WorkOrders.Where(w => w.CompletedAt is { } at && c.InWindow(at)).Select(w => w.Id).ToHashSet();
        var late = c.Records.Events
            .Where(e => completed.Contains(e.WorkOrderId) && e.Kind is ProductionEventKind.Output or ProductionEventKind.Finish && e.ReceivedAt - e.CapturedAt > TimeSpan.FromHours(24))
            .Select(e => e.WorkOrderId).ToHashSet();
        return c.Result(completed.Count, ("same_day_share", Measure.Share(completed.Count - late.Count, completed.Count)));
    }

    public static MeasuredIndicator History(RuleContext c)
    {
        if (c.Records.FirstEvent is not { } first || first > c.AsOf)
        {
            return c.Result(0, ("days_recorded", 0), ("active_week_share", 0));
        }

        var days = (c.AsOf - first).TotalDays;
        var weeks = Measure.WeeksBefore(c.Today, (int)Math.Min(days, c.Indicator.WindowDays));
        var share = Measure.ActiveWeekShare(WorkingDays(c), weeks);
        return c.Result(1, ("days_recorded", Math.Floor(days)), ("active_week_share", weeks.Count == 0 ? 0 : share));
    }

    public static MeasuredIndicator EntryLatency(RuleContext c)
    {
        var events = InWindow(c).ToList();
        var latencies = events.Select(e => Math.Max(0, (e.ReceivedAt - e.CapturedAt).TotalMinutes)).ToList();
        var sameDay = events.Count(e => c.Records.DayOf(e.ReceivedAt) == c.Records.DayOf(e.CapturedAt));
        var backfilled = events.Count(e => e.ReceivedAt - e.CapturedAt > Backfill);
        return c.Result(
            events.Count,
            ("same_day_share", Measure.Share(sameDay, events.Count)),
            ("median_latency_minutes", Measure.Median(latencies)),
            ("backfill_share", Measure.Share(backfilled, events.Count)));
    }

    public static MeasuredIndicator ScanShare(RuleContext c)
    {
        var events = InWindow(c).ToList();
        return c.Result(events.Count, ("scan_share", Measure.Share(events.Count(e => e.Scanned), events.Count)));
    }

    /// <summary>Distinct people recording: each worker who recorded on a tablet, plus the office when it typed records in.</summary>
    public static MeasuredIndicator RecordingUsers(RuleContext c)
    {
        if (c.Profile.ProductionHeadcount == 1)
        {
            return c.DoesNotApply("Assessment.Reason.SinglePersonShop");
        }

        if (c.Profile.ProductionHeadcount <= 0)
        {
            return c.NotMeasured("Assessment.Reason.ProfileHeadcountNeeded");
        }

        var events = InWindow(c).ToList();
        return c.Result(events.Count, ("recording_user_share", Measure.Share(Recorders(events), c.Profile.ProductionHeadcount)));
    }

    public static int Recorders(IReadOnlyCollection<EventRow> events) =>
        events.Where(e => e.DeviceId is not null).Select(e => e.WorkerId).Distinct().Count() + (events.Any(e => e.DeviceId is null) ? 1 : 0);

    /// <summary>Share of the workshop's working days on which a shop-floor tablet recorded something.</summary>
    public static MeasuredIndicator FloorDeviceDays(RuleContext c)
    {
        var events = InWindow(c).ToList();
        var days = events.Select(e => c.Records.DayOf(e.CapturedAt)).Distinct().Count();
        var deviceDays = events.Where(e => e.DeviceId is not null).Select(e => c.Records.DayOf(e.CapturedAt)).Distinct().Count();
        return c.Result(days, ("device_day_share", Measure.Share(deviceDays, days)));
    }

    /// <summary>Workers (by the moment their record was made) who recorded something within 14 days of it.</summary>
    public static MeasuredIndicator FirstEntry(RuleContext c)
    {
        var firstByWorker = c.Records.Events.Where(e => e.ReceivedAt <= c.AsOf).GroupBy(e => e.WorkerId).ToDictionary(g => g.Key, g => g.Min(e => e.CapturedAt));

        // A worker who recorded before their record says it was made (history typed in from the start) existed by then.
        var workers = c.Records.Workers.Where(w => w.IsActive && (CreatedAt(w.Id) <= c.AsOf || firstByWorker.ContainsKey(w.Id))).ToList();
        var entered = workers.Count(w => firstByWorker.TryGetValue(w.Id, out var first) && first <= CreatedAt(w.Id).AddDays(14));
        return c.Result(workers.Count, ("entered_within_14_days_share", Measure.Share(entered, workers.Count)));
    }

    /// <summary>Work orders of the window whose product has its process steps written down, by order count.</summary>
    public static MeasuredIndicator RoutingCoverage(RuleContext c)
    {
        var routed = c.Records.Items.Where(i => i.HasRouting).Select(i => i.Id).ToHashSet();
        var orders = c.Records.WorkOrders.Where(w => c.InWindow(w.CreatedAt)).ToList();
        return c.Result(orders.Count, ("volume_share", Measure.Share(orders.Count(o => routed.Contains(o.ProductId)), orders.Count)));
    }

    /// <summary>S4-DC-01: six months of consistent, complete data (history, field completeness, orders per main product, continuity).</summary>
    public static MeasuredIndicator DataSufficiency(RuleContext c)
    {
        var orders = c.Records.WorkOrders.Where(w => c.InWindow(w.CreatedAt)).ToList();
        var history = c.Records.FirstEvent is { } first && first <= c.AsOf ? Math.Floor((c.AsOf - first).TotalDays) : 0;

        // Complete for analysis: a finished step knows when it started and finished; a defect knows its order and step.
        var finished = c.Records.Steps.Where(s => s.FinishedAt is { } at && c.InWindow(at)).ToList();
        var defects = c.Records.Defects.Where(d => c.InWindow(d.Record.RecordedAt)).ToList();
        var complete = finished.Count(s => s.StartedAt is not null) + defects.Count(d => d.Record.WorkOrderId is not null && d.Record.WorkOrderStepId is not null);
        var completeness = Measure.Share(complete, finished.Count + defects.Count);

        // Main products: the fewest that make up 80 % of the orders; the thinnest of them sets the figure.
        var perProduct = orders.GroupBy(o => o.ProductId).Select(g => g.Count()).OrderDescending().ToList();
        var main = new List<int>();
        foreach (var count in perProduct)
        {
            main.Add(count);
            if (main.Sum() >= 0.8 * orders.Count)
            {
                break;
            }
        }

        var weeks = Measure.WeeksBefore(c.Today, (int)Math.Min(history, c.Indicator.WindowDays));
        return c.Result(
            orders.Count,
            ("history_days", history),
            ("completeness", completeness),
            ("work_orders_per_family", main.Count == 0 ? 0 : main.Min()),
            ("continuity", weeks.Count == 0 ? 0 : Measure.ActiveWeekShare(WorkingDays(c), weeks)));
    }

    private static IEnumerable<EventRow> InWindow(RuleContext c) => c.Records.Events.Where(e => c.InWindow(e.CapturedAt) && e.ReceivedAt <= c.AsOf);

    private static IEnumerable<DateOnly> WorkingDays(RuleContext c) =>
        c.Records.Events.Where(e => e.ReceivedAt <= c.AsOf).Select(e => c.Records.DayOf(e.CapturedAt));

    /// <summary>Records get version-7 ids, whose first 48 bits are the moment they were made (Unix milliseconds).</summary>
    public static DateTimeOffset CreatedAt(Guid versionSeven)
    {
        var bytes = versionSeven.ToByteArray(bigEndian: true);
        var milliseconds = 0L;
        for (var i = 0; i < 6; i++)
        {
            milliseconds = (milliseconds << 8) | bytes[i];
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
