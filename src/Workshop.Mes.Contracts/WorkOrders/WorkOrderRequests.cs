namespace Workshop.Mes.Contracts.WorkOrders;

/// <summary>A new work order, for stock or for a customer order line.</summary>
public sealed record CreateWorkOrderRequest(
    Guid? ProductId,
    decimal? Quantity,
    DateOnly? DueDate,
    WorkOrderPriority? Priority = null,
    Guid? CustomerOrderLineId = null);

/// <summary>Changes to a draft order; a field left out stays as it is.</summary>
public sealed record UpdateWorkOrderRequest(decimal? Quantity = null, DateOnly? DueDate = null, WorkOrderPriority? Priority = null);

/// <param name="AcknowledgeShortages">Release although components are short; without it a shortage is refused with 409.</param>
public sealed record ReleaseWorkOrderRequest(bool AcknowledgeShortages = false);

public sealed record HoldWorkOrderRequest(string? Reason);

public enum ProgressKind
{
    Start,
    Output,
    Finish,
}

/// <summary>A lot scanned for a component, used by the backflush instead of first-expiring-first.</summary>
public sealed record LotChoice(Guid ItemId, Guid LotId);

/// <summary>Progress at one step as it happened on the floor, entered now or after the fact from paper.</summary>
/// <param name="Kind">start, output or finish.</param>
/// <param name="GoodQuantity">Good units made (output and finish).</param>
/// <param name="ScrapQuantity">Units scrapped; needs a defect code.</param>
/// <param name="WorkerId">Who did the work; left out, the work is recorded under the person entering it.</param>
/// <param name="At">When it happened; left out, now.</param>
/// <param name="Lots">Lots scanned for the components the last step backflushes.</param>
public sealed record RecordProgressRequest(
    ProgressKind? Kind,
    decimal? GoodQuantity = null,
    decimal? ScrapQuantity = null,
    Guid? DefectCodeId = null,
    Guid? WorkerId = null,
    DateTimeOffset? At = null,
    IReadOnlyList<LotChoice>? Lots = null);

/// <summary>A product or worker to pick in a form.</summary>
public sealed record PickOption(Guid Id, string Code, string Name);
