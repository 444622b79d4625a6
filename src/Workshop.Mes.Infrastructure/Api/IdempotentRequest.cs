using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Infrastructure.Api;

/// <summary>
/// A creating request made with an <c>Idempotency-Key</c>: the key, a hash of what was asked, and once it has
/// finished, the response to replay when the same key comes again (docs/architecture.md §6). Kept for a day.
/// </summary>
public sealed class IdempotentRequest : ITenantOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private IdempotentRequest()
    {
    }

    public IdempotentRequest(Guid workshopId, string key, string requestHash, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7();
        WorkshopId = workshopId;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public Guid Id { get; private set; }

    public Guid WorkshopId { get; private set; }

    /// <summary>SHA-256 of the client's key with its caller and role: keys of different callers never meet.</summary>
    public string Key { get; private set; } = string.Empty;

    /// <summary>SHA-256 of method, path, query and body: the same key with anything else is refused (422).</summary>
    public string RequestHash { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Null while the first request is still running.</summary>
    public int? StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public string? Location { get; private set; }

    public string? ETag { get; private set; }

    public byte[]? ResponseBody { get; private set; }

    public bool IsFinished => StatusCode is not null;

    public bool IsExpired(DateTimeOffset now) => now - CreatedAt > Lifetime;

    public void Finish(int statusCode, string? contentType, string? location, string? etag, byte[] body)
    {
        StatusCode = statusCode;
        ContentType = contentType;
        Location = location;
        ETag = etag;
        ResponseBody = body;
    }
}
