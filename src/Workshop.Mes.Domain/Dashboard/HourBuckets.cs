namespace Workshop.Mes.Domain.Dashboard;

/// <summary>The UTC hour a rollup counts a moment or a stretch of time in (ADR 0063).</summary>
public static class HourBuckets
{
    /// <summary>The start of the UTC hour holding <paramref name="at"/>.</summary>
    public static DateTimeOffset HourOf(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    /// <summary>
    /// The minutes of [<paramref name="start"/>, <paramref name="end"/>) in each UTC hour it covers, in order; an
    /// empty or backwards stretch covers none. Each share is rounded to four decimals, the rollup's column scale.
    /// </summary>
    public static IReadOnlyList<(DateTimeOffset Hour, decimal Minutes)> Split(DateTimeOffset start, DateTimeOffset end)
    {
        var parts = new List<(DateTimeOffset, decimal)>();
        var from = start.ToUniversalTime();
        var to = end.ToUniversalTime();
        if (to <= from)
        {
            return parts;
        }

        for (var hour = HourOf(from); hour < to; hour = hour.AddHours(1))
        {
            var slice = (to < hour.AddHours(1) ? to : hour.AddHours(1)) - (from > hour ? from : hour);
            parts.Add((hour, Minutes(slice)));
        }

        return parts;
    }

    /// <summary>A length in minutes, to four decimals.</summary>
    public static decimal Minutes(TimeSpan length) => Math.Round((decimal)length.Ticks / TimeSpan.TicksPerMinute, 4, MidpointRounding.AwayFromZero);
}
