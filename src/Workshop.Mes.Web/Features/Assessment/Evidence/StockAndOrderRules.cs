using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>Evidence from the stock ledger, counts, master data and the order-to-shipment chain.</summary>
internal static class StockAndOrderRules
{
    /// <summary>Units measured in bulk: a count within ±2 % matches (§6 S3-OI-02).</summary>
    private static readonly HashSet<string> _bulkUnits = new(StringComparer.OrdinalIgnoreCase) { "m", "cm", "mm", "마", "yd", "kg", "g", "l", "ml" };

    public static MeasuredIndicator MaterialRecords(RuleContext c)
    {
        var released = c.Records.WorkOrders.Where(w => w.ReleasedAt is { } at && c.InWindow(at)).Select(w => w.Id).ToHashSet();
        var issued = c.Records.Moves.Where(m => m.WorkOrderId is { } id && released.Contains(id) && m.Kind is StockMovementKind.Issue or StockMovementKind.Backflush)
            .Select(m => m.WorkOrderId!.Value).Distinct().Count();
        var weeks = Measure.WeeksBefore(c.Today, c.Indicator.WindowDays);
        var receiptWeeks = c.Records.Moves.Where(m => m.Kind == StockMovementKind.Receipt && c.InWindow(m.OccurredAt))
            .Select(m => Measure.WeekOf(c.Records.DayOf(m.OccurredAt))).ToHashSet();
        return c.Result(released.Count, ("issue_share", Measure.Share(issued, released.Count)), ("receipt_week_share", Measure.Share(weeks.Count(receiptWeeks.Contains), weeks.Count)));
    }

    /// <summary>1 − the share of duplicate names among items and customers, times the share of items with a unit.</summary>
    public static MeasuredIndicator MasterData(RuleContext c)
    {
        var items = c.Records.Items.Where(i => i.IsActive).ToList();
        var names = items.Select(i => i.Name).Concat(c.Records.CustomerNames).Select(Measure.Folded).Where(n => n.Length > 0).ToList();
        var duplicates = names.GroupBy(n => n).Where(g => g.Count() > 1).Sum(g => g.Count() - 1);
        var described = items.Count(i => !string.IsNullOrWhiteSpace(i.Unit));
        var quality = (1 - Measure.Share(duplicates, names.Count)) * Measure.Share(described, items.Count);
        return c.Result(items.Count, ("master_quality", quality));
    }

    /// <summary>Count lines that matched the ledger, and balances below zero against the window's movements.</summary>
    public static MeasuredIndicator StockAccuracy(RuleContext c)
    {
        if (!c.Profile.KeepsStock)
        {
            return c.DoesNotApply("Assessment.Reason.NoStockKept");
        }

        var units = c.Records.Items.ToDictionary(i => i.Id, i => i.Unit);
        var lines = c.Records.Counts.Where(l => c.InWindow(l.CountedAt)).ToList();
        var matching = lines.Count(l => Matches(l, _bulkUnits.Contains(units.GetValueOrDefault(l.ItemId, string.Empty))));
        var moves = c.Records.Moves.Count(m => c.InWindow(m.OccurredAt));
        return c.Result(lines.Count, ("count_accuracy", Measure.Share(matching, lines.Count)), ("negative_share", moves == 0 ? 0 : Measure.Share(c.Records.NegativeBalances, moves)));
    }

    private static bool Matches(CountRow line, bool bulk) =>
        bulk ? Math.Abs(line.Counted - line.OnHand) <= Math.Abs(line.OnHand) * StockCountLine.BulkTolerance : line.Counted == line.OnHand;

    /// <summary>Shipped lots whose producing work order consumed at least one material lot (§7.2 genealogy coverage).</summary>
    public static MeasuredIndicator Genealogy(RuleContext c)
    {
        var lots = c.Records.Shipments.Where(s => c.InWindow(s.ShippedAt)).SelectMany(s => s.LotIds).Distinct().ToList();
        var traced = lots.Count(lot => c.Records.LotProducers.GetValueOrDefault(lot) is { } producer
            && c.Records.Moves.Any(m => m.WorkOrderId == producer && m.LotId is not null && m.OccurredAt <= c.AsOf && m.Kind is StockMovementKind.Issue or StockMovementKind.Backflush));
        return c.Result(lots.Count, ("genealogy_share", Measure.Share(traced, lots.Count)));
    }

    /// <summary>Shipped orders whose every shipped line has a work order with a record at each of its steps (§7.2 chain completeness).</summary>
    public static MeasuredIndicator OrderChain(RuleContext c)
    {
        var shipments = c.Records.Shipments.Where(s => c.InWindow(s.ShippedAt)).ToList();
        var byLine = c.Records.WorkOrders.Where(w => w.CustomerOrderLineId is not null).ToLookup(w => w.CustomerOrderLineId!.Value);
        var recordedSteps = c.Records.Events.Where(e => e.ReceivedAt <= c.AsOf).Select(e => e.StepId).ToHashSet();
        var stepsByOrder = c.Records.Steps.ToLookup(s => s.WorkOrderId);
        bool Recorded(OrderRow order) => stepsByOrder[order.Id].Any() && stepsByOrder[order.Id].All(s => recordedSteps.Contains(s.Id));

        var orders = shipments.GroupBy(s => s.CustomerOrderId).ToList();
        var complete = orders.Count(o => o.SelectMany(s => s.OrderLineIds).Distinct().All(line => byLine[line].Any(Recorded)));
        return c.Result(orders.Count, ("chain_share", Measure.Share(complete, orders.Count)));
    }

    /// <summary>Work orders carry a due date; and in how many of the last four weeks someone opened the late-order view or the dashboard.</summary>
    public static MeasuredIndicator LateRiskUse(RuleContext c)
    {
        var orders = c.Records.WorkOrders.Count(w => c.InWindow(w.CreatedAt));
        var weeks = Measure.RecentWeeks(c.Today, 4).ToHashSet();
        var viewed = c.Records.Visits.Where(v => v.Day <= c.Today).Select(v => Measure.WeekOf(v.Day)).Distinct().Count(weeks.Contains);

        // A work order cannot be made without a due date, so every one carries it.
        return c.Result(orders, ("due_date_share", orders == 0 ? 0 : 1), ("weeks_viewed", viewed));
    }

    /// <summary>Orders and work orders that came in through an API key rather than being typed.</summary>
    public static MeasuredIndicator Integration(RuleContext c)
    {
        var created = c.Records.OrdersCreated.Where(o => c.InWindow(o.At)).ToList();
        return c.Result(created.Count, ("integrated_share", Measure.Share(created.Count(o => o.Actor == Domain.Audit.ActorKind.ApiKey), created.Count)));
    }
}
