namespace Workshop.Mes.Contracts.Dashboard;

/// <summary>Good and scrap reported in one week, over every step.</summary>
/// <param name="Rate">Scrap ÷ (good + scrap); null when nothing was reported.</param>
public sealed record DefectRateWeek(DateOnly WeekStart, decimal Good, decimal Scrap, decimal? Rate);

public sealed record DefectRateFigure(decimal Good, decimal Scrap, decimal? Rate, IReadOnlyList<DefectRateWeek> Weeks);

/// <summary>What the defects recorded in one month cost, in KRW (ADR 0048).</summary>
/// <param name="Change">Total less the previous month's; null for the first month.</param>
/// <param name="ChangeShare">The change as a share of the previous month; null when there is no previous month or it cost nothing.</param>
public sealed record DefectCostMonth(
    DateOnly MonthStart, int Defects, decimal Quantity, decimal Material, decimal ReworkLabour, decimal LostTime, decimal Total, decimal? Change, decimal? ChangeShare);

public sealed record DefectCostFigure(decimal Total, IReadOnlyList<DefectCostMonth> Months);

/// <summary>One bar of the Pareto, most costly first.</summary>
/// <param name="DefectCodeId">The code to open the defect list on (by code).</param>
/// <param name="Cause">The 4M+E category (by cause), or the code's own.</param>
/// <param name="Share">This bar's share of the cost.</param>
/// <param name="CumulativeShare">This bar's and the bars before it, of the cost.</param>
/// <param name="Link">The defect list filtered to this bar and the range.</param>
public sealed record ParetoBar(
    string Key, string Label, Guid? DefectCodeId, string Cause, int Defects, decimal Quantity, decimal Cost, decimal Share, decimal CumulativeShare, string Link);

public sealed record DefectParetoFigure(ParetoGrouping By, int Defects, decimal Quantity, decimal Cost, IReadOnlyList<ParetoBar> Bars);

/// <summary>One cell of the heat map: a local hour of day against a weekday or a station.</summary>
/// <param name="Hour">0 to 23 on the workshop's clock.</param>
/// <param name="Weekday">By hour: the weekday; by station: null.</param>
/// <param name="WorkstationId">By station: the station; by hour: null.</param>
/// <param name="Rate">Scrap ÷ (good + scrap); null when nothing was reported.</param>
public sealed record HeatmapCell(
    int Hour, DayOfWeek? Weekday, Guid? WorkstationId, string? WorkstationCode, decimal Good, decimal Scrap, int Defects, decimal DefectCost, decimal? Rate);

public sealed record DefectHeatmapFigure(HeatmapGrouping By, IReadOnlyList<HeatmapCell> Cells);

/// <summary>A purchased material lot and the defects of the work orders that used it.</summary>
/// <param name="WorkOrders">Work orders that were issued or backflushed from the lot.</param>
/// <param name="Processed">Good and scrap over every step of those orders.</param>
/// <param name="Rate">Scrap ÷ processed; null when nothing was processed.</param>
/// <param name="Defects">Defect records naming the lot.</param>
public sealed record DefectLotRow(
    Guid LotId,
    string LotNumber,
    Guid ItemId,
    string ItemCode,
    string ItemName,
    string? Supplier,
    DateTimeOffset ReceivedAt,
    int WorkOrders,
    decimal Processed,
    decimal Scrap,
    decimal? Rate,
    int Defects,
    decimal DefectCost);

public sealed record DefectLotsFigure(IReadOnlyList<DefectLotRow> Lots);
