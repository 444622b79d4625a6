using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.ShopFloor;

namespace Workshop.Mes.Domain.WorkOrders;

public enum StepState
{
    Pending,
    Running,
    Paused,
    Finished,
}

/// <summary>
/// A step of a released order (공정), copied from the routing. Its state and quantities are a projection
/// of the production events recorded against it.
/// </summary>
public sealed class WorkOrderStep : TenantEntity
{
    private WorkOrderStep()
    {
    }

    internal WorkOrderStep(WorkOrder order, RoutingStep routing)
        : base(order.WorkshopId)
    {
        WorkOrderId = order.Id;
        Sequence = routing.Sequence;
        Operation = routing.Operation;
        WorkstationId = routing.WorkstationId;
        SetupMinutes = routing.SetupMinutes;
        RunMinutesPerUnit = routing.RunMinutesPerUnit;
        RequiresInspection = routing.RequiresInspection;
    }

    public Guid WorkOrderId { get; private set; }

    public int Sequence { get; private set; }

    public string Operation { get; private set; } = string.Empty;

    public Guid WorkstationId { get; private set; }

    public decimal SetupMinutes { get; private set; }

    public decimal RunMinutesPerUnit { get; private set; }

    public bool RequiresInspection { get; private set; }

    public StepState State { get; private set; } = StepState.Pending;

    public decimal GoodQuantity { get; private set; }

    public decimal ScrapQuantity { get; private set; }

    public DateTimeOffset? StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    /// <summary>Minutes worked on the step by everyone, pauses excluded, shared time split (a projection, see <see cref="ShopFloor.LabourTime"/>).</summary>
    public decimal ActualMinutes { get; private set; }

    public void SetActualMinutes(decimal minutes) => ActualMinutes = Guard.NotNegative(minutes, nameof(minutes));

    public decimal RemainingMinutes(decimal orderQuantity)
    {
        var remainingUnits = Math.Max(0, orderQuantity - GoodQuantity);
        var setup = State == StepState.Pending ? SetupMinutes : 0;
        return setup + (RunMinutesPerUnit * remainingUnits);
    }

    internal void Apply(ProductionEvent e, ProductionEvent? corrected)
    {
        State = StepRules.Next(State, e.Kind);
        switch (e.Kind)
        {
            case ProductionEventKind.Start:
                StartedAt ??= e.CapturedAt;
                break;
            case ProductionEventKind.Output:
            case ProductionEventKind.Finish:
                GoodQuantity += e.GoodQuantity;
                ScrapQuantity += e.ScrapQuantity;
                if (e.Kind == ProductionEventKind.Finish)
                {
                    FinishedAt = e.CapturedAt;
                }

                break;
            case ProductionEventKind.Correction:
                ApplyCorrection(e, corrected);
                break;
            case ProductionEventKind.Pause:
            case ProductionEventKind.Resume:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "Unknown production event kind.");
        }
    }

    /// <summary>
    /// Rebuilds the step from all its events in capture order, as if they had arrived in that order; the first event
    /// the order makes illegal throws, naming that event's rule.
    /// </summary>
    internal void Rebuild(IReadOnlyList<ProductionEvent> inCaptureOrder)
    {
        var byId = inCaptureOrder.ToDictionary(e => e.Id);
        State = StepState.Pending;
        GoodQuantity = 0;
        ScrapQuantity = 0;
        StartedAt = null;
        FinishedAt = null;
        foreach (var e in inCaptureOrder)
        {
            Apply(e, e.CorrectsEventId is { } corrected ? byId.GetValueOrDefault(corrected) : null);
        }
    }

    private void ApplyCorrection(ProductionEvent correction, ProductionEvent? corrected)
    {
        if (corrected is null
            || corrected.Id != correction.CorrectsEventId
            || corrected.WorkOrderStepId != Id
            || corrected.Kind is not (ProductionEventKind.Output or ProductionEventKind.Finish))
        {
            throw new DomainRuleException(
                "production_event.correction_target_invalid",
                "A correction must refer to an earlier output or finish of the same step.");
        }

        var good = GoodQuantity + correction.GoodQuantity;
        var scrap = ScrapQuantity + correction.ScrapQuantity;
        if (good < 0 || scrap < 0)
        {
            throw new DomainRuleException(
                "production_event.correction_below_zero",
                "A correction cannot take the step's quantities below zero.");
        }

        GoodQuantity = good;
        ScrapQuantity = scrap;
    }
}

/// <summary>Which production event may follow which step state; a pure table for the tablet and the server alike.</summary>
public static class StepRules
{
    public static bool Allows(StepState state, ProductionEventKind kind) => TryNext(state, kind, out _);

    public static StepState Next(StepState state, ProductionEventKind kind) =>
        TryNext(state, kind, out var next)
            ? next
            : throw new DomainRuleException(
                "production_event.illegal_for_step",
                $"A step that is {state} cannot take a {kind} event.",
                state.ToString(),
                kind.ToString());

    private static bool TryNext(StepState state, ProductionEventKind kind, out StepState next)
    {
        next = (state, kind) switch
        {
            (StepState.Pending, ProductionEventKind.Start) => StepState.Running,

            // Another worker joining a running step is normal on a small floor.
            (StepState.Running, ProductionEventKind.Start) => StepState.Running,
            (StepState.Running, ProductionEventKind.Pause) => StepState.Paused,
            (StepState.Paused, ProductionEventKind.Resume) => StepState.Running,
            (StepState.Running or StepState.Paused, ProductionEventKind.Output) => state,
            (StepState.Running or StepState.Paused, ProductionEventKind.Finish) => StepState.Finished,
            (StepState.Running or StepState.Paused or StepState.Finished, ProductionEventKind.Correction) => state,
            _ => (StepState)(-1),
        };
        return Enum.IsDefined(next);
    }
}
