namespace Workshop.Mes.Contracts.Catalog;

// Requests are classes with setters: the pages bind their forms to the same types the API reads.

/// <summary>Creates or changes an item.</summary>
public sealed class ItemRequest
{
    /// <summary>Unique in the workshop, e.g. <c>BL-01</c>.</summary>
    public string? Code { get; set; }

    public string? Name { get; set; }

    /// <summary>Material, Component or Product.</summary>
    public string? Kind { get; set; }

    /// <summary>Unit of measure as people write it: ea, m, yd, kg, 장.</summary>
    public string? Unit { get; set; }

    public decimal StandardCost { get; set; }

    public decimal ReorderPoint { get; set; }

    public decimal SafetyStock { get; set; }

    public int LeadTimeDays { get; set; }

    public bool LotTracked { get; set; }

    /// <summary>A location of the workshop, or null for the default.</summary>
    public Guid? BackflushLocationId { get; set; }

    /// <summary>Who the workshop buys it from (공급처), up to 200 characters; blank for nobody.</summary>
    public string? Supplier { get; set; }
}

/// <summary>Adds a component to a product's BOM.</summary>
public sealed class BomLineRequest
{
    public Guid ComponentId { get; set; }

    /// <summary>How much of the component one unit of the product uses; above zero.</summary>
    public decimal QuantityPer { get; set; }
}

/// <summary>Changes a BOM line's quantity.</summary>
public sealed class BomQuantityRequest
{
    public decimal QuantityPer { get; set; }
}

/// <summary>Adds (at the end) or changes a routing step.</summary>
public sealed class RoutingStepRequest
{
    public string? Operation { get; set; }

    public Guid WorkstationId { get; set; }

    public decimal SetupMinutes { get; set; }

    /// <summary>Above zero.</summary>
    public decimal RunMinutesPerUnit { get; set; }

    public bool RequiresInspection { get; set; }
}

/// <summary>Every step id of the routing, in the new order.</summary>
public sealed class RoutingOrderRequest
{
    public List<Guid> StepIds { get; set; } = [];
}

public sealed class WorkstationRequest
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    /// <summary>Above 0, at most 24.</summary>
    public decimal HoursPerDay { get; set; } = 8;

    /// <summary>Available, Down or Retired (Available when absent).</summary>
    public string? State { get; set; }
}

public sealed class LocationRequest
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    /// <summary>Store, Floor, FinishedGoods or Quarantine.</summary>
    public string? Kind { get; set; }

    /// <summary>
    /// Where backflush takes components from, 1 first (the line side) to 99; 0 takes the location out of the order.
    /// Absent: unchanged, or for a new location floor 1, store 2, others never. Quarantine is never in the order.
    /// </summary>
    public int? ConsumptionRank { get; set; }
}

public sealed class DefectCodeRequest
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    /// <summary>Man, Machine, Material, Method, Measurement or Environment.</summary>
    public string? Category { get; set; }

    /// <summary><c>#RRGGBB</c>.</summary>
    public string? Color { get; set; }

    /// <summary>A Material icon name from the offered list, e.g. <c>content_cut</c>.</summary>
    public string? Icon { get; set; }

    public bool IsActive { get; set; } = true;
}

public sealed class DowntimeReasonRequest
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public bool Planned { get; set; }
}

public sealed class WorkerRequest
{
    public string? DisplayName { get; set; }

    /// <summary>Unique in the workshop; printed as a QR code on the badge.</summary>
    public string? BadgeCode { get; set; }

    public decimal HourlyCost { get; set; }
}

/// <summary>A new PIN the owner sets for a worker.</summary>
public sealed class PinResetRequest
{
    public string? Pin { get; set; }
}
