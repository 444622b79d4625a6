namespace Workshop.Mes.Contracts.Catalog;

/// <summary>An item as the lists and its detail page show it. <c>Version</c> is the ETag to send back as <c>If-Match</c>.</summary>
/// <param name="Kind">Material, Component or Product.</param>
/// <param name="BackflushLocationId">Where backflush takes it from; null for the workshop's default.</param>
/// <param name="Supplier">Who the workshop buys it from (공급처); null when nobody has said.</param>
public sealed record ItemView(
    Guid Id,
    string Code,
    string Name,
    string Kind,
    string Unit,
    decimal StandardCost,
    decimal ReorderPoint,
    decimal SafetyStock,
    int LeadTimeDays,
    bool LotTracked,
    Guid? BackflushLocationId,
    bool IsActive,
    uint Version,
    string? Supplier = null) : IVersionedView;

/// <summary>One BOM line with what the component is.</summary>
public sealed record BomLineView(Guid Id, Guid ComponentId, string ComponentCode, string ComponentName, string ComponentUnit, decimal QuantityPer, uint Version) : IVersionedView;

/// <summary>One routing step, in the order the product is made.</summary>
public sealed record RoutingStepView(
    Guid Id,
    int Sequence,
    string Operation,
    Guid WorkstationId,
    string WorkstationCode,
    string WorkstationName,
    decimal SetupMinutes,
    decimal RunMinutesPerUnit,
    bool RequiresInspection,
    uint Version) : IVersionedView;

/// <summary>A machine or bench. <c>State</c> is Available, Down or Retired.</summary>
public sealed record WorkstationView(Guid Id, string Code, string Name, decimal HoursPerDay, string State, uint Version) : IVersionedView;

/// <summary>Where stock sits. <c>Kind</c> is Store, Floor, FinishedGoods or Quarantine.</summary>
/// <param name="ConsumptionRank">Where backflush takes components from, lowest first (line side 1, store 2); null: never.</param>
public sealed record LocationView(Guid Id, string Code, string Name, string Kind, uint Version, int? ConsumptionRank = null) : IVersionedView;

/// <summary>A kind of defect. <c>Category</c> is one of the 4M+E: Man, Machine, Material, Method, Measurement, Environment.</summary>
public sealed record DefectCodeView(Guid Id, string Code, string Name, string Category, string Color, string Icon, bool IsActive, uint Version) : IVersionedView;

/// <summary>Why work stopped; planned stops are not losses.</summary>
public sealed record DowntimeReasonView(Guid Id, string Code, string Name, bool Planned, uint Version) : IVersionedView;

/// <summary>A person on the floor. Whether they have a PIN, never the PIN.</summary>
public sealed record WorkerView(Guid Id, string DisplayName, string BadgeCode, decimal HourlyCost, bool IsActive, bool HasPin, bool IsLocked, uint Version) : IVersionedView;

/// <summary>A row the API hands out with its id and the version to send back as <c>If-Match</c>.</summary>
public interface IVersionedView
{
    Guid Id { get; }

    uint Version { get; }
}
