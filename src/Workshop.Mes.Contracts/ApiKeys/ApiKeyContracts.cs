namespace Workshop.Mes.Contracts.ApiKeys;

/// <summary>An API key as its owner sees it later: never the key itself, only its last characters.</summary>
/// <param name="Hint">The key's last four characters, to tell keys apart (shown as <c>mes.…abcd</c>).</param>
public sealed record ApiKeySummary(
    Guid Id,
    string Name,
    string Role,
    string Hint,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt);

/// <summary>A new key for an integration.</summary>
/// <param name="Name">What the key is for, up to 100 characters (<c>ERP sync</c>).</param>
/// <param name="Role">Manager, Worker or Consultant; never Owner.</param>
public sealed record CreateApiKeyRequest(string? Name, string? Role);

/// <summary>The created key: <see cref="Key"/> is shown this once and cannot be read again.</summary>
public sealed record CreatedApiKey(ApiKeySummary ApiKey, string Key);
