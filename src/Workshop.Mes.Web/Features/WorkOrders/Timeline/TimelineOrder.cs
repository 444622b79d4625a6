using Workshop.Mes.Contracts.WorkOrders;

namespace Workshop.Mes.Web.Features.WorkOrders.Timeline;

/// <summary>
/// The order of a work order's timeline. The page shows times to the minute, and a paper sheet typed in the office
/// gives times to the minute too, so within one minute entries follow the order in which they were recorded: the
/// release before the first step typed at that minute, one step's finish before the next step's start. Entries
/// recorded together (one sheet saved at once) follow their exact time, then the routing, then the natural order of
/// a step (start, output, finish).
/// </summary>
internal static class TimelineOrder
{
    /// <summary>An entry and when the server recorded it (for an entry stamped as it happened, its own time).</summary>
    public sealed record Recorded(TimelineEntry Entry, DateTimeOffset At);

    public static IReadOnlyList<TimelineEntry> Sort(IEnumerable<Recorded> entries) =>
        [.. entries
            .OrderBy(e => Minute(e.Entry.At))
            .ThenBy(e => e.At)
            .ThenBy(e => e.Entry.At)
            .ThenBy(e => e.Entry.StepSequence ?? 0)
            .ThenBy(e => e.Entry.Kind)
            .Select(e => e.Entry)];

    private static DateTimeOffset Minute(DateTimeOffset at) =>
        new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
}
