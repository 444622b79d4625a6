using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Catalog;

/// <summary>Why work stopped (비가동 사유); planned stops such as lunch do not count as losses.</summary>
public sealed class DowntimeReason : VersionedTenantEntity
{
    private DowntimeReason()
    {
    }

    public DowntimeReason(Guid workshopId, string code, string name, bool planned)
        : base(workshopId)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        Planned = planned;
    }

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public bool Planned { get; private set; }

    public void Describe(string code, string name, bool planned)
    {
        Code = Guard.Required(code, nameof(code));
        Name = Guard.Required(name, nameof(name));
        Planned = planned;
    }
}
