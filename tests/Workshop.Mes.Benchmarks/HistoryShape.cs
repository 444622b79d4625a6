namespace Workshop.Mes.Benchmarks;

/// <summary>
/// The pure arithmetic of the dashboard benchmark's synthetic history (ADR 0073): how many events each workshop gets,
/// which days are worked, how a day's events split into steps, and percentiles of measured times.
/// </summary>
internal static class HistoryShape
{
    /// <summary>
    /// Zipf-sized workshops (size ∝ 1/rank): the largest gets <paramref name="largest"/>, the others share
    /// <paramref name="rest"/> as ranks 2, 3, … would, with as many workshops as make the ranks' sizes add up (at most
    /// <paramref name="maxOthers"/>). Every size is at least one and the others add up to <paramref name="rest"/> exactly.
    /// </summary>
    public static IReadOnlyList<long> OtherWorkshopSizes(long largest, long rest, int maxOthers)
    {
        if (rest <= 0 || largest <= 0)
        {
            return [];
        }

        // Ranks 2..n: largest × (1/2 + … + 1/n) reaches rest.
        var weights = new List<double>();
        var covered = 0.0;
        for (var rank = 2; weights.Count < maxOthers && covered < rest; rank++)
        {
            weights.Add(1.0 / rank);
            covered += largest / (double)rank;
        }

        var total = weights.Sum();
        var sizes = weights.Select(w => Math.Max(1L, (long)Math.Floor(rest * w / total))).ToArray();

        // What flooring left over goes to the largest of them, so the total is exact.
        sizes[0] += rest - sizes.Sum();
        return sizes;
    }

    /// <summary>Working days (Monday to Saturday) in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public static IReadOnlyList<DateOnly> WorkingDays(DateOnly from, DateOnly to)
    {
        var days = new List<DateOnly>();
        for (var day = from; day < to; day = day.AddDays(1))
        {
            if (day.DayOfWeek != DayOfWeek.Sunday)
            {
                days.Add(day);
            }
        }

        return days;
    }

    /// <summary>
    /// Spreads <paramref name="total"/> events over <paramref name="slots"/> (days) as evenly as whole numbers allow:
    /// slot i gets the difference of the running totals, so they add up exactly.
    /// </summary>
    public static long Share(long total, int slots, int index) =>
        (long)((decimal)total * (index + 1) / slots) - (long)((decimal)total * index / slots);

    /// <summary>
    /// How many work orders a line of <paramref name="steps"/> stations runs on a day with <paramref name="lineEvents"/>
    /// events, each step about <paramref name="perStep"/> events: at least one, and never so many that a step gets fewer
    /// than two (a start and a finish). Zero when the day has too few for one order's steps.
    /// </summary>
    public static int OrdersForDay(long lineEvents, int steps, int perStep) =>
        lineEvents < 2 * steps ? 0 : (int)Math.Clamp(Math.Round(lineEvents / (double)(perStep * steps)), 1, lineEvents / (2 * steps));

    /// <summary>The nearest-rank percentile (p in 0..1) of unsorted values; NaN for none.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
