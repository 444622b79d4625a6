using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>
/// §7.3's anti-gaming checks over the 90 days before a date: records typed in bulk long after the fact, steps finished
/// impossibly fast, and all capture by one person in a workshop of several.
/// </summary>
internal static class IntegrityChecks
{
    public const int BatchSize = 10;
    public static readonly TimeSpan BatchSpan = TimeSpan.FromMinutes(5);

    /// <summary>Below this share of its standard time, a step cannot have been done (§7.3).</summary>
    public const decimal ImpossibleShare = 0.10m;

    public static IntegrityFlags Check(WorkshopRecords records, WorkshopProfile profile, DateTimeOffset asOf)
    {
        var from = asOf.AddDays(-90);
        var events = records.Events.Where(e => e.CapturedAt > from && e.ReceivedAt <= asOf).ToList();
        var batches = BulkBatches(events);
        var impossible = records.Steps.Count(s => s.FinishedAt is { } at && at > from && at <= asOf && IsImpossible(s));
        var singleUser = profile.ProductionHeadcount > 1 && events.Count >= 20 && FloorRules.Recorders(events) <= 1;
        return new IntegrityFlags(batches > 0, batches, impossible > 0, impossible, singleUser, []);
    }

    /// <summary>Runs of ten or more records by one recorder (a worker's tablet, or the office) received within five minutes, each made over four hours after the fact.</summary>
    public static int BulkBatches(IReadOnlyList<EventRow> events)
    {
        var batches = 0;
        foreach (var recorder in events.Where(e => e.ReceivedAt - e.CapturedAt > FloorRules.Backfill).GroupBy(e => e.DeviceId is null ? Guid.Empty : e.WorkerId))
        {
            var received = recorder.Select(e => e.ReceivedAt).Order().ToList();
            var start = 0;
            for (var end = 0; end < received.Count; end++)
            {
                while (received[end] - received[start] > BatchSpan)
                {
                    start++;
                }

                if (end - start + 1 == BatchSize)
                {
                    batches++;
                    start = end + 1;
                }
            }
        }

        return batches;
    }

    public static bool IsImpossible(StepRow step)
    {
        var standard = step.SetupMinutes + (step.RunMinutesPerUnit * (step.Good + step.Scrap));
        return standard > 0 && step.ActualMinutes > 0 && step.ActualMinutes < standard * ImpossibleShare;
    }
}
