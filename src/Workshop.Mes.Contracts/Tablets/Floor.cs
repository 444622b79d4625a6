namespace Workshop.Mes.Contracts.Tablets;

/// <param name="Code">The pairing code shown on the owner's screen, e.g. "ABCD-EFGH".</param>
public sealed record RedeemPairingRequest(string? Code);

/// <summary>The tablet's own credential: send it as <c>Authorization: Device {DeviceToken}</c> from now on.</summary>
public sealed record RedeemedPairing(string DeviceToken, Guid DeviceId, string WorkshopName);

/// <summary>A worker tile on the tablet.</summary>
public sealed record FloorWorkerTile(Guid Id, string DisplayName, string BadgeCode);

/// <summary>A worker signs in on the tablet: by tapping their name (<paramref name="WorkerId"/>) or scanning their badge.</summary>
public sealed record WorkerSignInRequest(Guid? WorkerId, string? BadgeCode, string? Pin);

/// <summary>Send <paramref name="SessionToken"/> as <c>X-Worker-Session</c> with the device credential; it ends at <paramref name="EndsAt"/>.</summary>
public sealed record WorkerSessionStarted(string SessionToken, DateTimeOffset EndsAt, Guid WorkerId, string WorkerName);
