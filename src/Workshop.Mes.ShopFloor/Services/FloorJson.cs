using System.Text.Json;
using System.Text.Json.Serialization;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Contracts.Tablets;

namespace Workshop.Mes.ShopFloor.Services;

/// <summary>The paired tablet as it keeps itself in the browser: its device credential and the workshop's name.</summary>
internal sealed record TabletDevice(string Token, Guid DeviceId, string WorkshopName);

/// <summary>A worker signed in on this tablet this shift: their session stays here so switching back needs no PIN (ADR 0053).</summary>
internal sealed record WorkerSeat(Guid WorkerId, string Name, string Token, DateTimeOffset EndsAt, DateTimeOffset LastUsed);

/// <summary>An event still in the outbox, with the session it was captured under.</summary>
internal sealed record PendingEvent(string? Session, FloorEvent Event);

/// <summary>An event the server refused, as the worker's 반려 list shows it.</summary>
internal sealed record RejectedItem(string Id, FloorEventLike Event, string? Code, string? Message, DateTimeOffset At);

/// <summary>A rejected event as stored; a photo's rejection has kind "Photo", which is no <see cref="FloorEventKind"/>.</summary>
internal sealed record FloorEventLike(Guid? Id, string? Kind, DateTimeOffset? CapturedAt, Guid? StepId, decimal? Good, decimal? Scrap);

internal sealed record OutboxStatus(int Events, int Photos, IReadOnlyList<RejectedItem> Rejected, bool Online);

/// <summary>Problem details as the API answers them: a title, a detail, a stable code, per-field messages.</summary>
internal sealed record Problem(string? Title, string? Detail, string? Code, Dictionary<string, string[]>? Errors)
{
    public string Text => Errors is { Count: > 0 } errors ? string.Join(" ", errors.Values.SelectMany(v => v)) : Detail ?? Title ?? string.Empty;
}

/// <summary>Source-generated JSON for everything the app reads and writes (trimming keeps no reflection metadata).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FloorWork))]
[JsonSerializable(typeof(FloorStep))]
[JsonSerializable(typeof(List<FloorStep>))]
[JsonSerializable(typeof(FloorScan))]
[JsonSerializable(typeof(FloorCatalog))]
[JsonSerializable(typeof(FloorEvent))]
[JsonSerializable(typeof(RedeemPairingRequest))]
[JsonSerializable(typeof(RedeemedPairing))]
[JsonSerializable(typeof(List<FloorWorkerTile>))]
[JsonSerializable(typeof(WorkerSignInRequest))]
[JsonSerializable(typeof(WorkerSessionStarted))]
[JsonSerializable(typeof(TabletDevice))]
[JsonSerializable(typeof(List<WorkerSeat>))]
[JsonSerializable(typeof(FloorWorkstation))]
[JsonSerializable(typeof(List<PendingEvent>))]
[JsonSerializable(typeof(OutboxStatus))]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(Guid))]
[JsonSerializable(typeof(Guid?))]
internal sealed partial class FloorJson : JsonSerializerContext;
