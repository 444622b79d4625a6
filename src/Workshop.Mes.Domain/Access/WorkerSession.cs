using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Access;

/// <summary>
/// A worker signed in on one tablet with their PIN. It ends when they sign out, at the end of the shift, or
/// when the tablet is revoked.
/// </summary>
public sealed class WorkerSession : TenantEntity
{
    private WorkerSession()
    {
    }

    public WorkerSession(Guid workshopId, Guid workerId, Guid deviceId, DateTimeOffset startedAt, DateTimeOffset endsAt)
        : base(workshopId)
    {
        if (endsAt <= startedAt)
        {
            throw new DomainRuleException("session.ends_before_start", "A session must end after it starts.");
        }

        WorkerId = workerId;
        DeviceId = deviceId;
        StartedAt = startedAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
    }

    public Guid WorkerId { get; private set; }

    public Guid DeviceId { get; private set; }

    public string TokenHash { get; private set; } = string.Empty;

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public CredentialToken IssueToken()
    {
        var token = CredentialToken.Create(CredentialToken.WorkerSessionPrefix, WorkshopId, Id);
        TokenHash = token.SecretHash;
        return token;
    }

    public bool IsActiveAt(DateTimeOffset now) => EndedAt is null && now < EndsAt;

    /// <summary>Whether the token is this session's, on this device, and the session is still running.</summary>
    public bool Accepts(CredentialToken token, Guid deviceId, DateTimeOffset now) =>
        token.Id == Id && deviceId == DeviceId && IsActiveAt(now) && SecretHash.Matches(token.Secret, TokenHash);

    public void End(DateTimeOffset now) => EndedAt ??= now.ToUniversalTime();
}
