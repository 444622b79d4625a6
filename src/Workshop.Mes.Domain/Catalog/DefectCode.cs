using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Catalog;

/// <summary>The 4M+E cause categories: man, machine, material, method, measurement, environment.</summary>
public enum CauseCategory
{
    Man,
    Machine,
    Material,
    Method,
    Measurement,
    Environment,
}

/// <summary>A kind of defect the floor reports (불량유형), with the colour and icon the tablet shows.</summary>
public sealed class DefectCode : VersionedTenantEntity
{
    private DefectCode()
    {
    }

    public DefectCode(Guid workshopId, string code, string name, CauseCategory category, string color, string icon)
        : base(workshopId)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        Category = category;
        Restyle(color, icon);
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public CauseCategory Category { get; private set; }

    public string Color { get; private set; } = string.Empty;

    public string Icon { get; private set; } = string.Empty;

    public bool IsActive { get; private set; } = true;

    public void Describe(string code, string name, CauseCategory category)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        Category = category;
    }

    /// <summary>The colour (<c>#RRGGBB</c>) and the icon (one of <see cref="DefectLook.Icons"/>) the tablet shows.</summary>
    public void Restyle(string color, string icon)
    {
        Color = DefectLook.IsColor(color)
            ? color
            : throw new DomainRuleException("defect_code.color", "A colour is written #RRGGBB.");
        Icon = DefectLook.Icons.Contains(icon)
            ? icon
            : throw new DomainRuleException("defect_code.icon", "Choose one of the offered icons.");
    }

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
