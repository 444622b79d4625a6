using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.UnitTests.Domain;

/// <summary>Small builders shared by the domain tests: a workshop, its work orders (through <see cref="WorkOrderBuilder"/>) and floor events.</summary>
internal static class DomainBuilders
{
    public static readonly Guid WorkshopId = Guid.CreateVersion7();

    public static readonly Guid WorkerId = Guid.CreateVersion7();

    public static readonly Guid DowntimeReasonId = Guid.CreateVersion7();

    public static readonly Guid DefectCodeId = Guid.CreateVersion7();

    /// <summary>9 o'clock on a Tuesday morning in Seoul.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(9));

    public static readonly DateOnly Today = new(2026, 11, 10);

    /// <summary>
    /// Work orders for a product of its own (or <paramref name="productId"/>) on a routing of <paramref name="steps"/>
    /// steps and no BOM: ten pieces due in two weeks, worked by <see cref="WorkerId"/>.
    /// </summary>
    public static WorkOrderBuilder AWorkOrder(int steps = 2, Guid? productId = null)
    {
        var product = productId ?? Guid.CreateVersion7();
        return new WorkOrderBuilder(WorkshopId, product, Routing(product, steps), []) { At = Now, Quantity = 10, Due = Today.AddDays(14), WorkerId = WorkerId };
    }

    public static RoutingStep RoutingStep(
        Guid productId,
        int sequence,
        Guid? workstationId = null,
        decimal setupMinutes = 10,
        decimal runMinutesPerUnit = 2,
        string? operation = null) =>
        new(WorkshopId, productId, sequence, operation ?? $"Operation {sequence}", workstationId ?? Guid.CreateVersion7(), setupMinutes, runMinutesPerUnit, requiresInspection: false);

    /// <summary>A routing of <paramref name="steps"/> steps numbered 10, 20, 30…, each at its own station.</summary>
    public static List<RoutingStep> Routing(Guid productId, int steps) =>
        [.. Enumerable.Range(1, steps).Select(i => RoutingStep(productId, i * 10))];

    public static EventContext Context(
        WorkOrder order,
        Guid stepId,
        Guid? workerId = null,
        DateTimeOffset? capturedAt = null,
        DateTimeOffset? receivedAt = null)
    {
        var captured = capturedAt ?? Now;
        return new EventContext(order.WorkshopId, Guid.CreateVersion7(), order.Id, stepId, workerId ?? WorkerId, DeviceId: null, captured, receivedAt ?? captured);
    }

    public static ProductionEvent RecordStart(this WorkOrder order, WorkOrderStep step, Guid? workerId = null, DateTimeOffset? at = null) =>
        order.RecordEvent(ProductionEvent.Start(Context(order, step.Id, workerId, at)));

    public static ProductionEvent RecordPause(this WorkOrder order, WorkOrderStep step, Guid? workerId = null) =>
        order.RecordEvent(ProductionEvent.Pause(Context(order, step.Id, workerId), DowntimeReasonId));

    public static ProductionEvent RecordResume(this WorkOrder order, WorkOrderStep step, Guid? workerId = null) =>
        order.RecordEvent(ProductionEvent.Resume(Context(order, step.Id, workerId)));

    public static ProductionEvent RecordOutput(this WorkOrder order, WorkOrderStep step, decimal good, decimal scrap = 0, Guid? workerId = null) =>
        order.RecordEvent(ProductionEvent.Output(Context(order, step.Id, workerId), good, scrap, scrap > 0 ? DefectCodeId : null));

    public static ProductionEvent RecordFinish(this WorkOrder order, WorkOrderStep step, decimal good = 0, decimal scrap = 0, Guid? workerId = null, DateTimeOffset? at = null) =>
        order.RecordEvent(ProductionEvent.Finish(Context(order, step.Id, workerId, at), good, scrap, scrap > 0 ? DefectCodeId : null));

    public static ProductionEvent RecordCorrection(this WorkOrder order, ProductionEvent corrected, decimal goodDelta, decimal scrapDelta) =>
        order.RecordEvent(
            ProductionEvent.Correction(Context(order, corrected.WorkOrderStepId), corrected, goodDelta, scrapDelta, "Miscounted at the bench"),
            corrected);

    /// <summary>Starts (where needed) and finishes every step, each with the order's full quantity good.</summary>
    public static void FinishAllSteps(this WorkOrder order)
    {
        foreach (var step in order.Steps)
        {
            if (step.State == StepState.Pending)
            {
                order.RecordStart(step);
            }

            order.RecordFinish(step, good: order.Quantity);
        }
    }

    private static ProductionEvent RecordEvent(this WorkOrder order, ProductionEvent productionEvent, ProductionEvent? corrected = null)
    {
        order.Record(productionEvent, corrected);
        return productionEvent;
    }
}
