using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>One line of the load download: a day of this week, or a weekday's average over the range.</summary>
internal sealed record LoadExportRow(string StationCode, string StationName, string Period, decimal LoadHours, decimal CapacityHours, bool Overloaded);

/// <summary>The columns of each figure's download, headers from the resources (Korean and English).</summary>
internal static class DashboardExports
{
    public static readonly IReadOnlyList<ExportColumn<TodayFigure>> Today =
    [
        new("Dashboard.Column.Day", r => r.Day),
        new("Dashboard.Column.Good", r => r.Good),
        new("Dashboard.Column.Scrap", r => r.Scrap),
        new("Dashboard.Column.Planned", r => r.Planned),
        new("Dashboard.Column.ShareOfPlan", r => r.ShareOfPlan),
        new("Dashboard.Column.OrdersDue", r => r.OrdersDue),
        new("Dashboard.Column.OrdersDueCompleted", r => r.OrdersDueCompleted),
    ];

    public static readonly IReadOnlyList<ExportColumn<StationWork>> WorkInProgress =
    [
        new("Dashboard.Column.Station", r => r.Code),
        new("Dashboard.Column.Name", r => r.Name),
        new("Dashboard.Column.Running", r => r.Running),
        new("Dashboard.Column.Paused", r => r.Paused),
        new("Dashboard.Column.Waiting", r => r.Waiting),
        new("Dashboard.Column.QuantityInProcess", r => r.QuantityInProcess),
        new("Dashboard.Column.QuantityWaiting", r => r.QuantityWaiting),
    ];

    public static readonly IReadOnlyList<ExportColumn<OrderAlert>> Orders =
    [
        new("Dashboard.Column.WorkOrder", r => r.Number),
        new("Dashboard.Column.Product", r => r.ProductCode),
        new("Dashboard.Column.ProductName", r => r.ProductName),
        new("Dashboard.Column.Quantity", r => r.Quantity),
        new("Dashboard.Column.Good", r => r.GoodQuantity),
        new("Dashboard.Column.DueDate", r => r.DueDate),
        new("Dashboard.Column.Status", r => r.Status),
        new("Dashboard.Column.IsOverdue", r => r.IsOverdue),
        new("Dashboard.Column.IsExpectedLate", r => r.IsExpectedLate),
        new("Dashboard.Column.LateStation", r => r.LateReason?.Workstation),
        new("Dashboard.Column.HoursShort", r => r.LateReason?.HoursShort),
    ];

    public static readonly IReadOnlyList<ExportColumn<ShortageRow>> Shortages =
    [
        new("Dashboard.Column.Item", r => r.ItemCode),
        new("Dashboard.Column.ItemName", r => r.ItemName),
        new("Dashboard.Column.OnHand", r => r.OnHand),
        new("Dashboard.Column.OpenDemand", r => r.OpenDemand),
        new("Dashboard.Column.ReorderPoint", r => r.ReorderPoint),
        new("Dashboard.Column.SafetyStock", r => r.SafetyStock),
        new("Dashboard.Column.BelowReorderPoint", r => r.BelowReorderPoint),
        new("Dashboard.Column.BelowSafetyStock", r => r.BelowSafetyStock),
        new("Dashboard.Column.BlockedOrders", r => r.BlockedOrders),
        new("Dashboard.Column.Shortfall", r => r.Shortfall),
        new("Dashboard.Column.Unit", r => r.Unit),
    ];

    public static readonly IReadOnlyList<ExportColumn<LoadExportRow>> Load =
    [
        new("Dashboard.Column.Station", r => r.StationCode),
        new("Dashboard.Column.Name", r => r.StationName),
        new("Dashboard.Column.Period", r => r.Period),
        new("Dashboard.Column.Load", r => r.LoadHours),
        new("Dashboard.Column.Capacity", r => r.CapacityHours),
        new("Dashboard.Column.Overloaded", r => r.Overloaded),
    ];

    public static readonly IReadOnlyList<ExportColumn<DeliveryWeek>> Delivery =
    [
        new("Dashboard.Column.Week", r => r.WeekStart),
        new("Dashboard.Column.ShippedLines", r => r.ShippedLines),
        new("Dashboard.Column.OnTimeLines", r => r.OnTimeLines),
        new("Dashboard.Column.OnTimeRate", r => r.OnTimeRate),
        new("Dashboard.Column.AverageLeadTimeDays", r => r.AverageLeadTimeDays),
    ];

    public static readonly IReadOnlyList<ExportColumn<DefectRateWeek>> DefectRate =
    [
        new("Dashboard.Column.Week", r => r.WeekStart),
        new("Dashboard.Column.Good", r => r.Good),
        new("Dashboard.Column.Scrap", r => r.Scrap),
        new("Dashboard.Column.Rate", r => r.Rate),
    ];

    public static readonly IReadOnlyList<ExportColumn<DefectCostMonth>> DefectCost =
    [
        new("Dashboard.Column.Month", r => r.MonthStart),
        new("Dashboard.Column.Defects", r => r.Defects),
        new("Dashboard.Column.Quantity", r => r.Quantity),
        new("Dashboard.Column.Material", r => r.Material),
        new("Dashboard.Column.Rework", r => r.ReworkLabour),
        new("Dashboard.Column.LostTime", r => r.LostTime),
        new("Dashboard.Column.Total", r => r.Total),
        new("Dashboard.Column.Change", r => r.Change),
        new("Dashboard.Column.ChangeShare", r => r.ChangeShare),
    ];

    public static readonly IReadOnlyList<ExportColumn<ParetoBar>> DefectPareto =
    [
        new("Dashboard.Column.Label", r => r.Label),
        new("Dashboard.Column.Cause", r => r.Cause),
        new("Dashboard.Column.Defects", r => r.Defects),
        new("Dashboard.Column.Quantity", r => r.Quantity),
        new("Dashboard.Column.Cost", r => r.Cost),
        new("Dashboard.Column.Share", r => r.Share),
        new("Dashboard.Column.CumulativeShare", r => r.CumulativeShare),
    ];

    public static readonly IReadOnlyList<ExportColumn<HeatmapCell>> DefectHeatmap =
    [
        new("Dashboard.Column.Weekday", r => r.Weekday),
        new("Dashboard.Column.Station", r => r.WorkstationCode),
        new("Dashboard.Column.Hour", r => r.Hour),
        new("Dashboard.Column.Good", r => r.Good),
        new("Dashboard.Column.Scrap", r => r.Scrap),
        new("Dashboard.Column.Defects", r => r.Defects),
        new("Dashboard.Column.Cost", r => r.DefectCost),
        new("Dashboard.Column.Rate", r => r.Rate),
    ];

    public static readonly IReadOnlyList<ExportColumn<DowntimeReasonRow>> Downtime =
    [
        new("Dashboard.Column.Code", r => r.Code),
        new("Dashboard.Column.Name", r => r.Name),
        new("Dashboard.Column.PlannedStop", r => r.Planned),
        new("Dashboard.Column.Count", r => r.Count),
        new("Dashboard.Column.Minutes", r => r.Minutes),
    ];

    public static readonly IReadOnlyList<ExportColumn<StationOee>> Oee =
    [
        new("Dashboard.Column.Station", r => r.Code),
        new("Dashboard.Column.Name", r => r.Name),
        new("Dashboard.Column.RunMinutes", r => r.RunMinutes),
        new("Dashboard.Column.DownMinutes", r => r.DownMinutes),
        new("Dashboard.Column.StandardMinutes", r => r.StandardMinutes),
        new("Dashboard.Column.Good", r => r.Good),
        new("Dashboard.Column.Scrap", r => r.Scrap),
        new("Dashboard.Column.Availability", r => r.Availability),
        new("Dashboard.Column.Performance", r => r.Performance),
        new("Dashboard.Column.Quality", r => r.Quality),
        new("Dashboard.Column.Oee", r => r.Oee),
    ];

    public static readonly IReadOnlyList<ExportColumn<DefectLotRow>> DefectLots =
    [
        new("Dashboard.Column.Lot", r => r.LotNumber),
        new("Dashboard.Column.Item", r => r.ItemCode),
        new("Dashboard.Column.ItemName", r => r.ItemName),
        new("Dashboard.Column.Supplier", r => r.Supplier),
        new("Dashboard.Column.ReceivedAt", r => r.ReceivedAt),
        new("Dashboard.Column.WorkOrders", r => r.WorkOrders),
        new("Dashboard.Column.Processed", r => r.Processed),
        new("Dashboard.Column.Scrap", r => r.Scrap),
        new("Dashboard.Column.Rate", r => r.Rate),
        new("Dashboard.Column.Defects", r => r.Defects),
        new("Dashboard.Column.Cost", r => r.DefectCost),
    ];

    /// <summary>This week's days, then the range's weekday averages, station by station.</summary>
    public static IEnumerable<LoadExportRow> LoadRows(LoadFigure figure) =>
        figure.Stations.SelectMany(s =>
            s.ThisWeek.Select(d => new LoadExportRow(s.Code, s.Name, d.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.LoadHours, d.CapacityHours, d.Overloaded))
                .Concat(s.TypicalWeek.Select(w => new LoadExportRow(s.Code, s.Name, w.Weekday.ToString(), w.AverageLoadHours, w.CapacityHours, w.Overloaded))));
}
