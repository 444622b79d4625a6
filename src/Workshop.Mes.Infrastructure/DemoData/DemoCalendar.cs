namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// The workshops' week in Seoul local time: 09:00–18:00 with lunch 12:00–13:00 on weekdays, 09:00–13:00 on
/// Saturday, closed on Sunday. The simulation works in local wall-clock <see cref="DateTime"/>s and converts
/// to UTC instants only when it builds entities.
/// </summary>
internal static class DemoCalendar
{
    /// <summary>Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset is exact.</summary>
    public static readonly TimeSpan SeoulOffset = TimeSpan.FromHours(9);

    public static readonly TimeSpan WorkStart = TimeSpan.FromHours(9);

    public static readonly TimeSpan LunchStart = TimeSpan.FromHours(12);

    public static readonly TimeSpan LunchEnd = TimeSpan.FromHours(13);

    public static readonly TimeSpan WorkEnd = TimeSpan.FromHours(18);

    private static readonly (TimeSpan From, TimeSpan To)[] _weekdayShifts = [(WorkStart, LunchStart), (LunchEnd, WorkEnd)];
    private static readonly (TimeSpan From, TimeSpan To)[] _saturdayShifts = [(WorkStart, TimeSpan.FromHours(13))];

    public static DateTime ToLocal(DateTimeOffset instant) => instant.ToOffset(SeoulOffset).DateTime;

    public static DateTimeOffset ToInstant(DateTime local) =>
        new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), SeoulOffset).ToUniversalTime();

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now));

    public static DateTime At(DateOnly day, int hour, int minute = 0) => day.ToDateTime(new TimeOnly(hour, minute));

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek != DayOfWeek.Sunday;

    public static IReadOnlyList<(TimeSpan From, TimeSpan To)> Shifts(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Sunday => [],
        DayOfWeek.Saturday => _saturdayShifts,
        _ => _weekdayShifts,
    };

    /// <summary>The working day <paramref name="days"/> working days after (or before, if negative) <paramref name="day"/>.</summary>
    public static DateOnly AddWorkingDays(DateOnly day, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var remaining = Math.Abs(days);
        var current = day;
        while (remaining > 0)
        {
            current = current.AddDays(step);
            if (IsWorkingDay(current))
            {
                remaining--;
            }
        }

        return current;
    }

    /// <summary>The next Monday strictly after <paramref name="day"/>.</summary>
    public static DateOnly NextMonday(DateOnly day)
    {
        var days = ((int)DayOfWeek.Monday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(days == 0 ? 7 : days);
    }

    /// <summary>The Monday of the week <paramref name="day"/> falls in.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The first working instant at or after <paramref name="time"/>, on days the lane works.</summary>
    public static DateTime NextWorkingInstant(DateTime time, Func<DateOnly, bool>? worksOn = null)
    {
        var day = DateOnly.FromDateTime(time);
        for (var i = 0; i < 400; i++, day = day.AddDays(1))
        {
            if (worksOn is not null && !worksOn(day))
            {
                continue;
            }

            foreach (var (from, to) in Shifts(day))
            {
                var end = day.ToDateTime(TimeOnly.MinValue) + to;
                if (time < end)
                {
                    var start = day.ToDateTime(TimeOnly.MinValue) + from;
                    return time > start ? time : start;
                }
            }
        }

        throw new InvalidOperationException("No working time within a year of " + time.ToString("O"));
    }

    /// <summary>Walks <paramref name="minutes"/> of working time from <paramref name="time"/>, skipping lunch, evenings and Sundays.</summary>
    public static DateTime AddWorkingMinutes(DateTime time, double minutes, Func<DateOnly, bool>? worksOn = null)
    {
        var remaining = minutes;
        var cursor = NextWorkingInstant(time, worksOn);
        while (true)
        {
            var shiftEnd = EndOfShift(cursor);
            var available = (shiftEnd - cursor).TotalMinutes;
            if (remaining <= available)
            {
                return cursor.AddSeconds(Math.Round(remaining * 60));
            }

            remaining -= available;
            cursor = NextWorkingInstant(shiftEnd, worksOn);
        }
    }

    private static DateTime EndOfShift(DateTime instant)
    {
        var day = DateOnly.FromDateTime(instant);
        foreach (var (from, to) in Shifts(day))
        {
            var end = day.ToDateTime(TimeOnly.MinValue) + to;
            if (instant >= day.ToDateTime(TimeOnly.MinValue) + from && instant < end)
            {
                return end;
            }
        }

        throw new InvalidOperationException("Not a working instant: " + instant.ToString("O"));
    }
}
