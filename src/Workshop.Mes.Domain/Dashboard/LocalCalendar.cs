namespace Workshop.Mes.Domain.Dashboard;

/// <summary>
/// Folding the rollups' UTC hours onto the workshop's calendar (ADR 0064): the local day and hour an hour falls in,
/// the week (Monday first) and month a day belongs to, and a station's hours on a day (every day but Sunday, as the
/// delivery check counts them).
/// </summary>
public static class LocalCalendar
{
    public static (DateOnly Day, int Hour) LocalHour(DateTimeOffset utcHour, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(utcHour, zone);
        return (DateOnly.FromDateTime(local.DateTime), local.Hour);
    }

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static DateOnly MonthStart(DateOnly day) => new(day.Year, day.Month, 1);

    public static decimal CapacityHours(DateOnly day, decimal hoursPerDay) => day.DayOfWeek == DayOfWeek.Sunday ? 0 : hoursPerDay;

    /// <summary>
    /// The average load per weekday over the working days given (days nobody reported anything are holidays and do
    /// not dilute the average); a working day without load at this station counts as zero.
    /// </summary>
    public static IReadOnlyDictionary<DayOfWeek, (int Days, decimal Average)> WeekdayAverages(
        IReadOnlyDictionary<DateOnly, decimal> loadByDay, IEnumerable<DateOnly> workingDays) =>
        workingDays.Distinct()
            .GroupBy(d => d.DayOfWeek)
            .ToDictionary(
                g => g.Key,
                g => (g.Count(), Math.Round(g.Sum(d => loadByDay.GetValueOrDefault(d)) / g.Count(), 2, MidpointRounding.AwayFromZero)));
}
