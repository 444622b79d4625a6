namespace Workshop.Mes.Domain.WorkOrders;

/// <summary>An open order as the capacity check sees it: work still ahead per workstation and when it is due.</summary>
public sealed record OpenOrderLoad(Guid OrderId, DateOnly DueDate, WorkOrderPriority Priority, string Number, IReadOnlyDictionary<Guid, decimal> RemainingMinutes);

/// <summary>Late: due date passed or the stations cannot finish in time (overdue or expected late, see <see cref="DeliveryOutlook"/>). At risk: over 80% of the capacity left is needed.</summary>
public sealed record DeliveryFlags(bool IsLate, bool IsAtRisk);

/// <summary>
/// Can each open order still be made by its due date? For every station an order still needs, the order's
/// remaining minutes plus those of the open orders ahead of it (due earlier, or the same day with higher
/// priority) are compared with the station's minutes from today to the due date: hours per day × 60 × working
/// days (every day but Sunday, today included).
/// </summary>
public static class DeliveryRisk
{
    public const decimal AtRiskShare = 0.8m;

    public static IReadOnlyDictionary<Guid, DeliveryFlags> Assess(
        IReadOnlyList<OpenOrderLoad> orders, IReadOnlyDictionary<Guid, decimal> hoursPerDayByStation, DateOnly today) =>
        Outlooks(orders, hoursPerDayByStation, today).ToDictionary(o => o.Key, o => new DeliveryFlags(o.Value.IsLate, o.Value.IsAtRisk));

    /// <summary>
    /// The same check, telling overdue (due before today) from expected late (a station cannot fit the work left before
    /// the due date), and naming for an expected-late order the station with the largest shortfall.
    /// </summary>
    public static IReadOnlyDictionary<Guid, DeliveryOutlook> Outlooks(
        IReadOnlyList<OpenOrderLoad> orders, IReadOnlyDictionary<Guid, decimal> hoursPerDayByStation, DateOnly today)
    {
        var queue = orders.OrderBy(o => o.DueDate).ThenByDescending(o => o.Priority).ThenBy(o => o.Number).ToList();
        var outlooks = new Dictionary<Guid, DeliveryOutlook>();
        var loadSoFar = new Dictionary<Guid, decimal>();
        foreach (var order in queue)
        {
            var atRisk = false;
            DeliveryShortfall? worst = null;
            var worstMinutes = 0m;
            var days = WorkingDays(today, order.DueDate);
            foreach (var (station, minutes) in order.RemainingMinutes.OrderBy(r => r.Key))
            {
                var load = loadSoFar.GetValueOrDefault(station) + minutes;
                loadSoFar[station] = load;
                if (minutes <= 0)
                {
                    continue;
                }

                var capacity = hoursPerDayByStation.GetValueOrDefault(station) * 60 * days;
                if (load > capacity && load - capacity > worstMinutes)
                {
                    worstMinutes = load - capacity;
                    worst = new DeliveryShortfall(station, Math.Ceiling(worstMinutes / 6) / 10);
                }
                else if (load > capacity * AtRiskShare)
                {
                    atRisk = true;
                }
            }

            outlooks[order.OrderId] = order.DueDate < today ? DeliveryOutlook.Overdue
                : worst is not null ? new DeliveryOutlook(DeliveryStanding.ExpectedLate, worst)
                : atRisk ? new DeliveryOutlook(DeliveryStanding.AtRisk)
                : DeliveryOutlook.OnTrack;
        }

        return outlooks;
    }

    /// <summary>Every day but Sunday is a working day.</summary>
    public const int WorkingDaysPerWeek = 6;

    /// <summary>
    /// Days from <paramref name="from"/> to <paramref name="to"/>, both included, without Sundays. Counted by whole
    /// weeks and the days left over, not day by day: an order due in 9999 costs the same as one due tomorrow, and
    /// the count reaches <see cref="DateOnly.MaxValue"/> without stepping past it.
    /// </summary>
    public static int WorkingDays(DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        if (days <= 0)
        {
            return 0;
        }

        var (weeks, rest) = Math.DivRem(days, 7);
        var daysToSunday = ((int)DayOfWeek.Sunday - (int)from.DayOfWeek + 7) % 7;
        var sundayInRest = daysToSunday < rest ? 1 : 0;
        return (weeks * WorkingDaysPerWeek) + rest - sundayInRest;
    }
}
