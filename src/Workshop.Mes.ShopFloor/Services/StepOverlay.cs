using Workshop.Mes.Contracts.ShopFloor;

namespace Workshop.Mes.ShopFloor.Services;

/// <summary>
/// What the worker sees at once: the step as the server last said, with the events still waiting in the outbox laid
/// over it in capture order (optimistic; the server's answer replaces it once they are sent).
/// </summary>
internal static class StepOverlay
{
    public static FloorStep Apply(FloorStep step, IEnumerable<FloorEvent> waiting)
    {
        foreach (var e in waiting.Where(e => e.StepId == step.StepId).OrderBy(e => e.CapturedAt))
        {
            step = Apply(step, e);
        }

        return step;
    }

    public static FloorStep Apply(FloorStep step, FloorEvent e) => e.Kind switch
    {
        FloorEventKind.Start or FloorEventKind.Resume => step with { State = FloorStepState.Running, MyRunningSince = e.CapturedAt },
        FloorEventKind.Pause => step with { State = FloorStepState.Paused, MyRunningSince = null },
        FloorEventKind.Report => step with { Good = step.Good + (e.Good ?? 0), Scrap = step.Scrap + (e.Scrap ?? 0) },
        FloorEventKind.Finish => step with
        {
            Good = step.Good + (e.Good ?? 0),
            Scrap = step.Scrap + (e.Scrap ?? 0),
            State = FloorStepState.Finished,
            MyRunningSince = null,
        },
        _ => step,
    };

    /// <summary>The good count a report starts from: what the previous step passed on, less what this step already reported.</summary>
    public static decimal SuggestedGood(FloorStep step) => Math.Max(0, step.PassedOn - step.Good - step.Scrap);

    /// <summary>Station downtimes still open: the server's, plus starts waiting in the outbox, less ends waiting in it.</summary>
    public static IReadOnlyList<FloorDowntime> OpenDowntimes(IEnumerable<FloorDowntime> known, IReadOnlyList<FloorEvent> waiting, Guid workstationId, Func<Guid, string> reasonName)
    {
        var open = known.Where(d => d.WorkstationId == workstationId).ToList();
        foreach (var e in waiting.OrderBy(e => e.CapturedAt))
        {
            if (e is { Kind: FloorEventKind.DowntimeStart, Id: { } id, DowntimeReasonId: { } reason } && e.WorkstationId == workstationId)
            {
                open.Add(new FloorDowntime(id, workstationId, reason, reasonName(reason), e.CapturedAt ?? DateTimeOffset.UtcNow));
            }
            else if (e.Kind == FloorEventKind.DowntimeEnd)
            {
                open.RemoveAll(d => d.StartEventId == e.DowntimeStartId);
            }
        }

        return open;
    }
}
