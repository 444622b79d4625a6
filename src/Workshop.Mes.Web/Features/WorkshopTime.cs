using System.Globalization;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// A moment as the workshop's wall clock shows it, in the form a <c>datetime-local</c> field reads and writes
/// (<c>2026-11-23T14:30</c>). Fields where people enter work after the fact (shipped at, done at) use it both ways.
/// </summary>
internal static class WorkshopTime
{
    private static readonly string[] _formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    public static string ToField(DateTimeOffset moment, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString(_formats[0], CultureInfo.InvariantCulture);

    /// <summary>The moment the field names on the workshop's clock; null when it is empty or not a date and time.</summary>
    public static DateTimeOffset? FromField(string? field, TimeZoneInfo zone) =>
        DateTime.TryParseExact(field, _formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, zone.GetUtcOffset(local))
            : null;
}
