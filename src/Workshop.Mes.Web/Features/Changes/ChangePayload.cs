using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workshop.Mes.Web.Features.Changes;

/// <summary>
/// The notification's text: a few short JSON fields (about 110 bytes, far below PostgreSQL's 8000-byte limit).
/// Anything that does not read as a published change is ignored by the listener, never passed on.
/// </summary>
internal static class ChangePayload
{
    /// <summary>The one channel every instance listens on.</summary>
    public const string Channel = "mes_changes";

    public static string Format(WorkshopChange change)
    {
        if (change.Kind == ChangeKind.Reconnected || !Enum.IsDefined(change.Kind))
        {
            throw new ArgumentException("Only a change that happened is published.", nameof(change));
        }

        return JsonSerializer.Serialize(new Wire(change.WorkshopId, change.Kind.ToString(), change.SubjectId));
    }

    /// <summary>The change the payload carries, or null when it is not one (not JSON, no workshop, an unknown kind).</summary>
    public static WorkshopChange? Parse(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return null;
        }

        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(payload);
        }
        catch (JsonException)
        {
            return null;
        }

        return wire is { WorkshopId: { } workshop, Kind: { } name }
            && workshop != Guid.Empty
            && Enum.TryParse<ChangeKind>(name, ignoreCase: false, out var kind)
            && kind.ToString() == name
            && kind != ChangeKind.Reconnected
                ? new WorkshopChange(workshop, kind, wire.SubjectId)
                : null;
    }

    private sealed record Wire(
        [property: JsonPropertyName("w")] Guid? WorkshopId,
        [property: JsonPropertyName("k")] string? Kind,
        [property: JsonPropertyName("s")][property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? SubjectId);
}
