namespace Workshop.Mes.Domain.Access;

/// <summary>When a worker's tablet session ends: at the end of their shift, and never later than a long shift.</summary>
public static class ShiftRules
{
    public static readonly TimeOnly DefaultShiftEnd = new(19, 0);
    public static readonly TimeSpan LongestSession = TimeSpan.FromHours(12);

    /// <summary>
    /// The next shift end after sign-in, in the workshop's time zone. Someone signing in after the shift has
    /// ended (overtime, a night job) gets the longest session instead of one that runs into tomorrow's shift.
    /// </summary>
    public static DateTimeOffset SessionEnd(DateTimeOffset signedInAt, TimeOnly shiftEnd, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(signedInAt, zone);
        var endToday = new DateTimeOffset(local.Date + shiftEnd.ToTimeSpan(), local.Offset);
        var end = endToday > local ? endToday : signedInAt + LongestSession;
        return end - signedInAt > LongestSession ? signedInAt + LongestSession : end.ToUniversalTime();
    }
}
