namespace Workshop.Mes.Contracts.Tablets;

/// <summary>A tablet the owner enrolled, as the owner's list shows it.</summary>
public sealed record TabletSummary(Guid Id, string Name, DateTimeOffset PairedAt, DateTimeOffset? LastSeenAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}

/// <param name="DeviceName">What the owner calls the tablet, e.g. "재단대 태블릿".</param>
public sealed record PairTabletRequest(string? DeviceName);

/// <summary>The one-time code to type (or the QR to scan) on the tablet, valid until <paramref name="ExpiresAt"/>.</summary>
public sealed record TabletPairingCode(string Code, string QrUrl, DateTimeOffset ExpiresAt);
