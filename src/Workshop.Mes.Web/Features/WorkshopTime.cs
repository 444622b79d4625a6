using System.Globalization;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// Moments and days on the workshop's wall clock: the day a moment falls on, the instant a day starts (for "from"
/// and "to" filters), and the <c>datetime-local</c> form fields read and write (<c>2026-11-23T14:30</c>) where
/// people enter work after the fact (shipped at, done at).
/// </summary>
internal static class WorkshopTime
{
    /// <summary>The workshop's date at that moment.</summary>
    public static DateOnly DayOf(DateTimeOffset moment, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    /// <summary>Midnight starting the day on the workshop's clock, as a UTC instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    private static readonly string[] _formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    public static string ToField(DateTimeOffset moment, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString(_formats[0], CultureInfo.InvariantCulture);

    /// <summary>The moment the field names on the workshop's clock; null when it is empty or not a date and time.</summary>
    public static DateTimeOffset? FromField(string? field, TimeZoneInfo zone) =>
        DateTime.TryParseExact(field, _formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, zone.GetUtcOffset(local))
            : null;
}
