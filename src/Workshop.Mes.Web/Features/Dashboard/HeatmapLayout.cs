using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Dashboard;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>
/// The heat map's cells laid out as a table: weekdays (Monday first) or stations down, the hours that had any output
/// across, each value the defect rate (scrap ÷ good and scrap) of that hour.
/// </summary>
internal sealed record HeatmapLayout(IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<decimal>> Values)
{
    private static readonly DayOfWeek[] _week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static HeatmapLayout Of(DefectHeatmapFigure figure, IStringLocalizer text)
    {
        var cells = figure.Cells.Where(c => c.Good + c.Scrap > 0).ToList();
        if (cells.Count == 0)
        {
            return new HeatmapLayout([], [], []);
        }

        var hours = Enumerable.Range(cells.Min(c => c.Hour), cells.Max(c => c.Hour) - cells.Min(c => c.Hour) + 1).ToList();
        var rows = figure.By == HeatmapGrouping.Hour
            ? _week.Where(d => cells.Any(c => c.Weekday == d)).Select(d => (Key: d.ToString(), Label: text[$"Weekday.{d}"].Value)).ToList()
            : [.. cells.Select(c => (Key: c.WorkstationCode ?? string.Empty, Label: c.WorkstationCode ?? string.Empty)).Distinct().OrderBy(r => r.Key, StringComparer.Ordinal)];
        var values = rows
            .Select(row => (IReadOnlyList<decimal>)hours.Select(hour => RateOf(cells.Where(c => c.Hour == hour && RowKey(c, figure.By) == row.Key))).ToList())
            .ToList();
        return new HeatmapLayout([.. rows.Select(r => r.Label)], [.. hours.Select(h => $"{h}")], values);
    }

    private static string RowKey(HeatmapCell cell, HeatmapGrouping by) => by == HeatmapGrouping.Hour ? cell.Weekday?.ToString() ?? string.Empty : cell.WorkstationCode ?? string.Empty;

    private static decimal RateOf(IEnumerable<HeatmapCell> cells)
    {
        var list = cells.ToList();
        var total = list.Sum(c => c.Good + c.Scrap);
        return total == 0 ? 0 : list.Sum(c => c.Scrap) / total;
    }
}
