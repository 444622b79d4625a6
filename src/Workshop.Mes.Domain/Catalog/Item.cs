using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Catalog;

public enum ItemKind
{
    Material,
    Component,
    Product,
}

/// <summary>Anything the workshop buys, makes or sells, with the numbers that drive costing and reordering.</summary>
public sealed class Item : VersionedTenantEntity
{
    /// <summary>The longest supplier name kept, the same as a lot's.</summary>
    public const int SupplierMaxLength = 200;

    private Item()
    {
    }

    public Item(Guid workshopId, string code, string name, ItemKind kind, string unit, decimal standardCost)
        : base(workshopId)
    {
        Code = Guard.Required(code, nameof(code));
        Kind = kind;
        Rename(name);
        Unit = Guard.Required(unit, nameof(unit));
        StandardCost = Guard.NotNegative(standardCost, nameof(standardCost));
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public ItemKind Kind { get; private set; }

    /// <summary>Unit of measure as people write it: ea, m, yd, kg, 장.</summary>
    public string Unit { get; private set; } = string.Empty;

    public decimal StandardCost { get; private set; }

    public decimal ReorderPoint { get; private set; }

    public decimal SafetyStock { get; private set; }

    public int LeadTimeDays { get; private set; }

    public bool LotTracked { get; private set; }

    /// <summary>Who the workshop buys it from (공급처), as people write it; null when nobody has said.</summary>
    public string? Supplier { get; private set; }

    public bool IsActive { get; private set; } = true;

    /// <summary>
    /// Where backflush takes this component from when output is reported; null means the workshop's first floor
    /// location, then its first store.
    /// </summary>
    public Guid? BackflushLocationId { get; private set; }

    public void Rename(string name) => Name = Guard.Required(name, nameof(name));

    /// <summary>Changes what people call and count the item by; ids keep every use of it linked.</summary>
    public void Describe(string code, ItemKind kind, string unit)
    {
        Code = Guard.Required(code, nameof(code));
        Kind = kind;
        Unit = Guard.Required(unit, nameof(unit));
    }

    public void ChangeStandardCost(decimal standardCost) => StandardCost = Guard.NotNegative(standardCost, nameof(standardCost));

    public void SetPlanning(decimal reorderPoint, decimal safetyStock, int leadTimeDays)
    {
        Guard.NotNegative(reorderPoint, nameof(reorderPoint));
        Guard.NotNegative(safetyStock, nameof(safetyStock));
        Guard.NotNegative(leadTimeDays, nameof(leadTimeDays));
        if (safetyStock > reorderPoint && reorderPoint > 0)
        {
            throw new DomainRuleException(
                "item.safety_stock_above_reorder_point",
                "Safety stock cannot be above the reorder point.");
        }

        ReorderPoint = reorderPoint;
        SafetyStock = safetyStock;
        LeadTimeDays = leadTimeDays;
    }

    public void TrackLots(bool lotTracked) => LotTracked = lotTracked;

    /// <summary>Names the supplier; blank clears it.</summary>
    public void BuyFrom(string? supplier) => Supplier = TypedText.CleanOrNull(supplier);

    public void ConsumeFrom(Guid? backflushLocationId) => BackflushLocationId = backflushLocationId;

    public void Deactivate() => IsActive = false;

    public void Reactivate() => IsActive = true;
}
