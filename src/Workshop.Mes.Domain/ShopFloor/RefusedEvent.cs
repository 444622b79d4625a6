using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.ShopFloor;

public enum RefusedEventStatus
{
    Open,
    Reassigned,
    Dismissed,
}

/// <summary>
/// A floor event the server refused (the order was cancelled meanwhile, the step is finished, a bad quantity), kept
/// as sent for the owner to re-assign to another step or dismiss with a reason; never silently dropped. A resend
/// of the same event id answers the same refusal.
/// </summary>
public sealed class RefusedEvent : VersionedTenantEntity
{
    private RefusedEvent()
    {
    }

    public RefusedEvent(Guid workshopId, Guid clientEventId, string kind, string payload, DateTimeOffset capturedAt, DateTimeOffset receivedAt, Guid? workerId, Guid? deviceId, Guid? stepId, string code, string reason)
        : base(workshopId)
    {
        ClientEventId = clientEventId;
        Kind = kind;
        Payload = payload;
        CapturedAt = capturedAt.ToUniversalTime();
        ReceivedAt = receivedAt.ToUniversalTime();
        WorkerId = workerId;
        DeviceId = deviceId;
        WorkOrderStepId = stepId;
        Code = code;
        Reason = reason;
    }

    public Guid ClientEventId { get; private set; }

    /// <summary>The event's kind as the tablet named it.</summary>
    public string Kind { get; private set; } = string.Empty;

    /// <summary>The event as sent (JSON).</summary>
    public string Payload { get; private set; } = string.Empty;

    public DateTimeOffset CapturedAt { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public Guid? WorkerId { get; private set; }

    public Guid? DeviceId { get; private set; }

    public Guid? WorkOrderStepId { get; private set; }

    public string Code { get; private set; } = string.Empty;

    /// <summary>The reason in the language of whoever sent it.</summary>
    public string Reason { get; private set; } = string.Empty;

    public RefusedEventStatus Status { get; private set; } = RefusedEventStatus.Open;

    public string? Resolution { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    /// <summary>The event recorded in its place when re-assigned.</summary>
    public Guid? ReassignedEventId { get; private set; }

    public void Reassigned(Guid newEventId, string resolution, DateTimeOffset now)
    {
        EnsureOpen();
        Status = RefusedEventStatus.Reassigned;
        ReassignedEventId = newEventId;
        Resolution = resolution;
        ResolvedAt = now.ToUniversalTime();
    }

    public void Dismiss(string reason, DateTimeOffset now)
    {
        EnsureOpen();
        Status = RefusedEventStatus.Dismissed;
        Resolution = Guard.Required(reason, nameof(reason));
        ResolvedAt = now.ToUniversalTime();
    }

    private void EnsureOpen()
    {
        if (Status != RefusedEventStatus.Open)
        {
            throw new DomainRuleException("refused_event.resolved", "This event has already been resolved.");
        }
    }
}
