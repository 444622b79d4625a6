using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>What a rule sees: the records, the profile, the date measured at and the indicator's window.</summary>
internal sealed record RuleContext(WorkshopRecords Records, WorkshopProfile Profile, DateTimeOffset AsOf, IndicatorDefinition Indicator)
{
    public DateTimeOffset WindowStart => AsOf.AddDays(-Indicator.WindowDays);

    public bool InWindow(DateTimeOffset moment) => moment > WindowStart && moment <= AsOf;

    public DateOnly Today => Records.DayOf(AsOf);

    /// <summary>A measured result: sufficient when it rests on at least the indicator's minimum count.</summary>
    public MeasuredIndicator Result(int count, params (string Key, double Value)[] values) =>
        new(Indicator.Id, values.ToDictionary(v => v.Key, v => Math.Round(v.Value, 4)), count, count >= Indicator.MinimumCount, false, count >= Indicator.MinimumCount ? null : "Assessment.Reason.TooFewRecords");

    /// <summary>
    /// A feature the product does not have yet (forecasts, simulation, automation…): measured honestly as not there, every
    /// metric at its worst, with the reason, so the indicator is rated N on evidence rather than given a value.
    /// </summary>
    public MeasuredIndicator NotInProduct(string reason) =>
        new(Indicator.Id, Indicator.Metrics.ToDictionary(m => m.Key, m => m.Worst), 0, true, false, reason);

    public MeasuredIndicator NotMeasured(string reason) => MeasuredIndicator.NotMeasured(Indicator.Id, reason);

    public MeasuredIndicator DoesNotApply(string reason) => MeasuredIndicator.DoesNotApply(Indicator.Id, reason);
}

/// <summary>Small arithmetic the rules share.</summary>
internal static class Measure
{
    public static double Share(int part, int whole) => whole == 0 ? 0 : Math.Min(1, (double)part / whole);

    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>The Monday of a day's week.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The whole weeks (Monday to Sunday) that end inside the last <paramref name="days"/> up to <paramref name="today"/>.</summary>
    public static IReadOnlyList<DateOnly> WeeksBefore(DateOnly today, int days)
    {
        var last = WeekOf(today).AddDays(-7);
        var first = today.AddDays(-days);
        var weeks = new List<DateOnly>();
        for (var week = last; week >= first; week = week.AddDays(-7))
        {
            weeks.Add(week);
        }

        return weeks;
    }

    /// <summary>"The last <paramref name="count"/> weeks" as an owner counts them: this week so far and the weeks before it, by their Mondays.</summary>
    public static IReadOnlyList<DateOnly> RecentWeeks(DateOnly today, int count) =>
        Enumerable.Range(0, count).Select(w => WeekOf(today).AddDays(-7 * w)).ToList();

    /// <summary>Share of the given weeks in which work was recorded on at least three days (§7.2 continuity).</summary>
    public static double ActiveWeekShare(IEnumerable<DateOnly> workingDays, IReadOnlyList<DateOnly> weeks)
    {
        var daysPerWeek = workingDays.Distinct().GroupBy(WeekOf).ToDictionary(g => g.Key, g => g.Count());
        return Share(weeks.Count(w => daysPerWeek.GetValueOrDefault(w) >= 3), weeks.Count);
    }

    /// <summary>A name reduced for spotting duplicates: case, spaces and punctuation do not count.</summary>
    public static string Folded(string name) => new(name.ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
