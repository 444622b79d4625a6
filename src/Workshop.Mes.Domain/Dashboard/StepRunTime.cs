using Workshop.Mes.Domain.ShopFloor;

namespace Workshop.Mes.Domain.Dashboard;

/// <summary>
/// A step's run minutes for the rollups (ADR 0063): the time anyone of its crew ran it (the union of its closed
/// labour intervals, pauses excluded), per UTC hour. Unlike labour minutes it depends on the step's events alone.
/// </summary>
public static class StepRunTime
{
    public static IReadOnlyDictionary<DateTimeOffset, decimal> ByHour(IEnumerable<LabourInterval> intervals)
    {
        var result = new Dictionary<DateTimeOffset, decimal>();
        foreach (var (start, end) in Union(intervals.Where(i => i.End > i.Start).Select(i => (i.Start, i.End!.Value))))
        {
            foreach (var (hour, minutes) in HourBuckets.Split(start, end))
            {
                result[hour] = result.GetValueOrDefault(hour) + minutes;
            }
        }

        return result;
    }

    /// <summary>The step's run minutes per hour from its events (in any order).</summary>
    public static IReadOnlyDictionary<DateTimeOffset, decimal> ByHour(Guid stepId, IEnumerable<ProductionEvent> events) =>
        ByHour(LabourTime.Intervals(stepId, ProductionEvents.InCaptureOrder(events)));

    private static List<(DateTimeOffset Start, DateTimeOffset End)> Union(IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> spans)
    {
        var merged = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, span.End > merged[^1].End ? span.End : merged[^1].End);
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
