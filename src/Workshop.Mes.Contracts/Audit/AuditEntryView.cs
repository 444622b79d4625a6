using System.Text.Json;

namespace Workshop.Mes.Contracts.Audit;

/// <summary>One change in the audit trail: who, what, when, from where, and the values before and after.</summary>
/// <param name="ActorKind">User, Worker, ApiKey or System.</param>
/// <param name="EntityType">The kind of record changed (<c>WorkOrder</c>, <c>ApiKey</c>…).</param>
/// <param name="Action">Created, Updated or Deleted.</param>
/// <param name="Before">The values before the change (for an update, only those that changed, plus the id).</param>
/// <param name="After">The values after the change (for an update, only those that changed, plus the id).</param>
/// <param name="EntityName">What people call the record: a number, a name or a code; a member's display name.</param>
public sealed record AuditEntryView(
    Guid Id,
    DateTimeOffset OccurredAt,
    string ActorKind,
    Guid? ActorId,
    string ActorName,
    Guid? DeviceId,
    string? IpAddress,
    string EntityType,
    Guid EntityId,
    string Action,
    JsonElement? Before,
    JsonElement? After,
    string? EntityName = null);
