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
        Color = Guard.Required(color, nameof(color));
        Icon = Guard.Required(icon, nameof(icon));
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public CauseCategory Category { get; private set; }

    public string Color { get; private set; } = string.Empty;

    public string Icon { get; private set; } = string.Empty;

    public bool IsActive { get; private set; } = true;

    public void Deactivate() => IsActive = false;
}
