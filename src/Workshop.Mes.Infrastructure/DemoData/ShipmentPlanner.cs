namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// Plans when each order line leaves: an hour or two after its last pieces are packed, or, when it will
/// miss its due date, what is ready goes on the due date and the rest follows.
/// </summary>
internal static class ShipmentPlanner
{
    public static void Plan(ProductionPlan plan, DemoRandom random)
    {
        var now = plan.NowLocal;
        foreach (var order in plan.Orders.Where(o => o.CancelledAt is null))
        {
            var departures = new List<(DateTime At, PlannedLine Line, int Quantity)>();
            foreach (var line in order.Lines)
            {
                var lastStep = line.Product.Routing.Count - 1;
                var outputs = line.WorkOrders
                    .SelectMany(w => w.Ops)
                    .Where(o => o.StepIndex == lastStep && !o.OutputDropped && o.End <= now)
                    .OrderBy(o => o.End)
                    .ToList();

                var readyAt = ReadyAt(outputs, line.Quantity);
                var dueCut = DemoCalendar.At(line.DueDate, line.DueDate.DayOfWeek == DayOfWeek.Saturday ? 11 : 15);
                var shipped = 0;
                var lateByDays = readyAt is null || DateOnly.FromDateTime(readyAt.Value) > line.DueDate;
                if (lateByDays && dueCut <= now)
                {
                    var readyByDue = outputs.Where(o => o.End <= dueCut).Sum(o => o.Good);
                    var partial = Math.Min(readyByDue / 10 * 10, line.Quantity - 10);
                    if (partial >= Math.Max(10, line.Quantity * 0.3))
                    {
                        departures.Add((DemoCalendar.AddWorkingMinutes(dueCut, random.Between(60, 90)), line, partial));
                        shipped = partial;
                    }
                }

                if (readyAt is { } ready)
                {
                    departures.Add((DemoCalendar.AddWorkingMinutes(ready, random.Between(60, 150)), line, line.Quantity - shipped));
                }
            }

            // Lines leaving the same day go in one shipment, when the last of them is ready.
            foreach (var day in departures.Where(d => d.At <= now).GroupBy(d => DateOnly.FromDateTime(d.At)).OrderBy(g => g.Key))
            {
                var shipment = new PlannedShipment(order, day.Max(d => d.At));
                shipment.Lines.AddRange(day.GroupBy(d => d.Line).Select(g => (g.Key, g.Sum(d => d.Quantity))));
                plan.Shipments.Add(shipment);
            }
        }

        var inTimeOrder = plan.Shipments.OrderBy(s => s.At).ToList();
        plan.Shipments.Clear();
        plan.Shipments.AddRange(inTimeOrder);
    }

    private static DateTime? ReadyAt(List<PlannedOp> outputs, int quantity)
    {
        var cumulative = 0;
        foreach (var output in outputs)
        {
            cumulative += output.Good;
            if (cumulative >= quantity)
            {
                return output.End;
            }
        }

        return null;
    }
}
