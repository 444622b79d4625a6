using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Quality;

/// <summary>A stretch of time a station stood still (비가동), with its reason.</summary>
public sealed class Downtime : TenantEntity
{
    private Downtime()
    {
    }

    public Downtime(Guid workshopId, Guid workstationId, Guid reasonId, DateTimeOffset startedAt, Guid? workerId, Guid? startEventId = null)
        : base(workshopId)
    {
        StartEventId = startEventId;
        WorkstationId = workstationId;
        ReasonId = reasonId;
        StartedAt = startedAt.ToUniversalTime();
        WorkerId = workerId;
    }

    public Guid WorkstationId { get; private set; }

    public Guid ReasonId { get; private set; }

    public Guid? WorkerId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? Note { get; private set; }

    /// <summary>The tablet's id of the downtime-start event, which the downtime end refers to.</summary>
    public Guid? StartEventId { get; private set; }

    /// <summary>The tablet's id of the downtime-end event, so a resent end is a no-op.</summary>
    public Guid? EndEventId { get; private set; }

    public bool IsOpen => EndedAt is null;

    public void End(DateTimeOffset endedAt, string? note = null, Guid? endEventId = null)
    {
        if (EndedAt is not null)
        {
            throw new DomainRuleException("downtime.already_ended", "The downtime has already ended.");
        }

        if (endedAt <= StartedAt)
        {
            throw new DomainRuleException("downtime.end_before_start", "A downtime must end after it starts.");
        }

        EndedAt = endedAt.ToUniversalTime();
        Note = note;
        EndEventId = endEventId;
    }

    /// <summary>Length so far; an open downtime counts up to <paramref name="now"/>.</summary>
    public TimeSpan Duration(DateTimeOffset now) => (EndedAt ?? now) - StartedAt;
}
