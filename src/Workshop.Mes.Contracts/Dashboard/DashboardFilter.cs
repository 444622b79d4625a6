namespace Workshop.Mes.Contracts.Dashboard;

/// <summary>What every dashboard figure is narrowed to: workshop-local days, both included, and optionally one station or product.</summary>
/// <param name="From">First day, on the workshop's calendar.</param>
/// <param name="To">Last day, on the workshop's calendar, included.</param>
/// <param name="WorkstationId">Only this workstation.</param>
/// <param name="ProductId">Only this product (item).</param>
public sealed record DashboardFilter(DateOnly From, DateOnly To, Guid? WorkstationId = null, Guid? ProductId = null);

/// <summary>How the defect Pareto groups defects.</summary>
public enum ParetoGrouping
{
    /// <summary>By defect code (불량유형).</summary>
    Code,

    /// <summary>By 4M+E cause category.</summary>
    Cause,
}

/// <summary>What the defect heat map puts against the hour of day.</summary>
public enum HeatmapGrouping
{
    /// <summary>Hour of day × weekday.</summary>
    Hour,

    /// <summary>Hour of day × workstation.</summary>
    Station,
}
