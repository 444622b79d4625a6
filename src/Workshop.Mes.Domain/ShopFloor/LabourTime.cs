namespace Workshop.Mes.Domain.ShopFloor;

/// <summary>A worker on a step from <see cref="Start"/> until <see cref="End"/> (null: still running).</summary>
public sealed record LabourInterval(Guid WorkerId, Guid StepId, DateTimeOffset Start, DateTimeOffset? End);

/// <summary>
/// Actual minutes (ADR 0045): when each worker ran each step, pauses excluded, and a worker's time split equally
/// between the steps they ran at the same moment (garment piecework runs several bundles at once).
/// </summary>
public static class LabourTime
{
    /// <summary>
    /// The intervals of a step's crew, from its events in capture order: a start opens the starter's interval
    /// (a second worker's start joins); a pause closes every open interval and a resume reopens them with the
    /// resumer's; a finish closes all.
    /// </summary>
    public static IReadOnlyList<LabourInterval> Intervals(Guid stepId, IEnumerable<ProductionEvent> inCaptureOrder)
    {
        var open = new Dictionary<Guid, DateTimeOffset>();
        var paused = new HashSet<Guid>();
        var intervals = new List<LabourInterval>();
        void CloseAll(DateTimeOffset at)
        {
            intervals.AddRange(open.Select(o => new LabourInterval(o.Key, stepId, o.Value, at)));
            open.Clear();
        }

        foreach (var e in inCaptureOrder)
        {
            switch (e.Kind)
            {
                case ProductionEventKind.Start:
                    open.TryAdd(e.WorkerId, e.CapturedAt);
                    break;
                case ProductionEventKind.Pause:
                    paused = [.. open.Keys];
                    CloseAll(e.CapturedAt);
                    break;
                case ProductionEventKind.Resume:
                    paused.Add(e.WorkerId);
                    foreach (var worker in paused)
                    {
                        open.TryAdd(worker, e.CapturedAt);
                    }

                    paused.Clear();
                    break;
                case ProductionEventKind.Finish:
                    CloseAll(e.CapturedAt);
                    paused.Clear();
                    break;
                default:
                    break;
            }
        }

        intervals.AddRange(open.Select(o => new LabourInterval(o.Key, stepId, o.Value, null)));
        return intervals;
    }

    /// <summary>
    /// Minutes per step and worker from closed intervals. Where one worker's intervals overlap, each moment is
    /// shared equally by all of them (a still-running interval takes its share but is not counted until it closes).
    /// </summary>
    public static IReadOnlyDictionary<(Guid StepId, Guid WorkerId), decimal> Minutes(IEnumerable<LabourInterval> intervals)
    {
        var result = new Dictionary<(Guid StepId, Guid WorkerId), decimal>();
        foreach (var worker in intervals.Where(i => i.End is null || i.End > i.Start).GroupBy(i => i.WorkerId))
        {
            var list = worker.ToList();
            foreach (var closed in list.Where(i => i.End is not null))
            {
                result.TryAdd((closed.StepId, worker.Key), 0);
            }

            var moments = list.Select(i => i.Start).Concat(list.Where(i => i.End is not null).Select(i => i.End!.Value)).Distinct().Order().ToList();
            for (var m = 0; m < moments.Count - 1; m++)
            {
                var (from, to) = (moments[m], moments[m + 1]);
                var active = list.Where(i => i.Start <= from && (i.End is null || i.End >= to)).ToList();
                if (active.Count == 0)
                {
                    continue;
                }

                var share = (decimal)(to - from).TotalMinutes / active.Count;
                foreach (var running in active.Where(i => i.End is not null))
                {
                    result[(running.StepId, worker.Key)] += share;
                }
            }
        }

        return result.ToDictionary(r => r.Key, r => Math.Round(r.Value, 2, MidpointRounding.AwayFromZero));
    }
}

/// <summary>Production events in the order they happened: capture time, then arrival, then id.</summary>
public static class ProductionEvents
{
    public static IReadOnlyList<ProductionEvent> InCaptureOrder(IEnumerable<ProductionEvent> events) =>
        events.OrderBy(e => e.CapturedAt).ThenBy(e => e.ReceivedAt).ThenBy(e => e.Id).ToList();
}

/// <summary>A worker's actual minutes on a step (a projection of the events, recomputed with each).</summary>
public sealed class StepLabour : Common.TenantEntity
{
    private StepLabour()
    {
    }

    public StepLabour(Guid workshopId, Guid workOrderStepId, Guid workerId, decimal minutes)
        : base(workshopId)
    {
        WorkOrderStepId = workOrderStepId;
        WorkerId = workerId;
        Minutes = minutes;
    }

    public Guid WorkOrderStepId { get; private set; }

    public Guid WorkerId { get; private set; }

    public decimal Minutes { get; private set; }

    public void Set(decimal minutes) => Minutes = Common.Guard.NotNegative(minutes, nameof(minutes));
}
