namespace Workshop.Mes.Contracts.ShopFloor;

public enum RejectedEventStatus
{
    Open,
    Reassigned,
    Dismissed,
}

/// <summary>A floor event the server refused, as the owner's list shows it, until re-assigned or dismissed.</summary>
public sealed record RejectedFloorEvent(
    Guid Id,
    Guid ClientEventId,
    FloorEventKind Kind,
    DateTimeOffset CapturedAt,
    DateTimeOffset ReceivedAt,
    string? WorkerName,
    string? DeviceName,
    string? WorkOrderNumber,
    int? Sequence,
    string? Operation,
    decimal? Good,
    decimal? Scrap,
    string Code,
    string Reason,
    RejectedEventStatus Status,
    string? Resolution);

/// <summary>Records the refused event again, on another step.</summary>
public sealed record ReassignRejectedEventRequest(Guid? StepId);

public sealed record DismissRejectedEventRequest(string? Reason);
