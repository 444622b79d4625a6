using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Dashboard;

/// <summary>
/// That a person opened one of the owner's views on a day: one row per person, view and day, however often it was
/// opened. It is how the assessment tells a dashboard that is read weekly from one that is not (S3-AD-01, S3-OI-05).
/// </summary>
public sealed class DashboardVisit : TenantEntity
{
    public const string Dashboard = "dashboard";
    public const string LateRisk = "late_risk";

    private DashboardVisit()
    {
    }

    public DashboardVisit(Guid workshopId, Guid userId, string view, DateOnly day)
        : base(workshopId)
    {
        UserId = userId;
        View = view;
        Day = day;
    }

    public Guid UserId { get; private set; }

    public string View { get; private set; } = string.Empty;

    public DateOnly Day { get; private set; }
}
