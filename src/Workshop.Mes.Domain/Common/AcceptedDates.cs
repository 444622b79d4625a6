using System.Globalization;

namespace Workshop.Mes.Domain.Common;

/// <summary>
/// The days a person may enter anywhere (due dates, order dates, expiry, ship and work times, filters): 2000-01-01
/// to 2100-12-31. Wide enough for any real order or lot, narrow enough that date arithmetic never reaches the ends
/// of the calendar (ADR 0027).
/// </summary>
public static class AcceptedDates
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>The ends as people write them in messages, <c>yyyy-MM-dd</c>.</summary>
    public static string EarliestText => Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc cref="EarliestText"/>
    public static string LatestText => Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool Contains(DateOnly day) => day >= Earliest && day <= Latest;

    /// <summary>A moment counts by its day in UTC; a workshop's own day differs from it by hours, never by years.</summary>
    public static bool Contains(DateTimeOffset moment) => Contains(DateOnly.FromDateTime(moment.UtcDateTime));
}
