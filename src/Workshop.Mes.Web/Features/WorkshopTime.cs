using System.Globalization;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// Moments and days on the workshop's wall clock: the day a moment falls on, the instant a day starts (for "from"
/// and "to" filters), and the wall-clock time a <c>MomentField</c> shows where people enter work after the fact
/// (shipped at, done at).
/// </summary>
internal static class WorkshopTime
{
    /// <summary>The workshop's date at that moment.</summary>
    public static DateOnly DayOf(DateTimeOffset moment, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    /// <summary>Midnight starting the day on the workshop's clock, as a UTC instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    /// <summary>The moment as the workshop's clock shows it: what a <c>MomentField</c> offers.</summary>
    public static DateTime ToWallClock(DateTimeOffset moment, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(moment, zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>The instant a wall-clock time names in the workshop; null when none was entered.</summary>
    public static DateTimeOffset? FromWallClock(DateTime? local, TimeZoneInfo zone) =>
        local is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), zone.GetUtcOffset(value)) : null;

    private static readonly string[] _timesOfDay = ["H:mm", "HH:mm", "HHmm", "%H"];

    /// <summary>A time of day as people type it (14:30, 9:05, 1430, 0930, 9); null when it is none.</summary>
    public static TimeOnly? ReadTimeOfDay(string? text) =>
        TimeOnly.TryParseExact(text?.Trim(), _timesOfDay, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
}
