using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>
/// The stage report's indicators and evidence as an Excel workbook (§11, ADR 0081), written by MiniExcel from the
/// frozen document with headers in the reader's language: summary, every indicator with each metric's value and its
/// thresholds, the ladder, the dimensions, the roadmap and the KPIs. Numbers stay numbers; text stays text (MiniExcel
/// writes no formula, so a name like <c>=HYPERLINK(…)</c> is shown as typed).
/// </summary>
internal static class StageReportWorkbook
{
    public static byte[] Render(StageReportDocument report, IStringLocalizer text, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.FindSystemTimeZoneById(Tenant.DefaultTimeZone);
        var words = new StageReportText(text);
        var sheets = new Dictionary<string, object>
        {
            [words["Sheet.Summary"]] = Summary(report, words, zone),
            [words["Sheet.Indicators"]] = Indicators(report, words),
            [words["Sheet.Ladder"]] = Ladder(report, words),
            [words["Sheet.Dimensions"]] = Dimensions(report, words),
            [words["Sheet.Roadmap"]] = Roadmap(report, words),
            [words["Sheet.Kpi"]] = Kpis(report, words),
            [words["Sheet.Trend"]] = Trend(report, words),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Summary(StageReportDocument report, StageReportText words, TimeZoneInfo zone)
    {
        var p = report.Provenance;
        (string Key, object? Value)[] lines =
        [
            ("Field.Workshop", report.Workshop.Name),
            ("Field.Industry", report.Workshop.Industry),
            ("Field.Headcount", report.Workshop.ProductionHeadcount),
            ("Field.JobsPerMonth", report.Workshop.JobsPerMonth),
            ("Field.Cluster", report.Workshop.Cluster),
            ("Field.SizeBand", words[$"Size.{report.Workshop.SizeBand}"]),
            ("Field.Stage", report.GatedStage),
            ("Field.FractionalStage", Math.Round(report.FractionalStage, 2)),
            ("Field.Index", Math.Round(report.Index, 1)),
            ("Field.Confidence", Math.Round(report.Confidence, 2)),
            ("Field.ConfidenceLevel", words[$"Confidence.{report.ConfidenceLevel}"]),
            ("Field.Blocking", string.Join(", ", report.Blocking)),
            ("Field.Calibration", report.SelfVersusData.Calibration is { } c ? Math.Round(c, 2) : null),
            ("Field.Assessor", p.Assessor),
            ("Field.AssessedAt", Formats.Date(p.AssessedAt, zone)),
            ("Field.WindowFrom", Formats.Date(p.WindowFrom)),
            ("Field.WindowTo", Formats.Date(p.WindowTo)),
            ("Field.Model", p.ModelVersion),
            ("Field.RulesHash", p.RulesHash),
            ("Field.Number", p.Number ?? words["NotFinalised"]),
            ("Field.SnapshotId", p.SnapshotId?.ToString()),
            ("Field.Previous", p.PreviousAssessedAt is { } previous ? Formats.Date(previous, zone) : null),
            ("Field.PreviousStage", p.PreviousFractionalStage is { } stage ? Math.Round(stage, 2) : null),
            ("Field.SignOff", report.SignOffNote),
        ];
        return [.. lines.Select(l => Row(words, ("Col.Item", words[l.Key]), ("Col.Figure", l.Value)))];
    }

    private static List<Dictionary<string, object?>> Indicators(StageReportDocument report, StageReportText words)
    {
        var metrics = report.Indicators.Select(i => i.Metrics.Count).DefaultIfEmpty(0).Max();
        return [.. report.Indicators.Select(i =>
        {
            var row = Row(
                words,
                ("Col.Indicator", i.Id),
                ("Col.Stage", i.Stage),
                ("Col.Dimension", words.Dimension(i.Dimension, report.Dimensions)),
                ("Col.Must", words[i.Must ? "Yes" : "No"]),
                ("Col.Area", i.Area is null ? null : words.Area(i.Area)),
                ("Col.Question", words.Of(i.Question)),
                ("Col.Achievement", Math.Round(i.Achievement, 3)),
                ("Col.Band", i.NotApplicable ? null : i.Band),
                ("Col.Grade", i.Grade),
                ("Col.Count", i.Count),
                ("Col.Window", i.WindowDays),
                ("Col.Self", i.SelfValue),
                ("Col.Discrepancy", i.Discrepancy is { } d ? Math.Round(d, 3) : null),
                ("Col.Notes", words.Notes(i)));
            for (var m = 0; m < metrics; m++)
            {
                var metric = m < i.Metrics.Count ? i.Metrics[m] : null;
                var n = m + 1;
                row[words["Col.MetricName", n]] = metric is null ? null : words.Of(metric.Name);
                row[words["Col.MetricValue", n]] = metric?.Value;
                row[words["Col.MetricP", n]] = metric?.P;
                row[words["Col.MetricL", n]] = metric?.L;
                row[words["Col.MetricF", n]] = metric?.F;
            }

            return row;
        })];
    }

    private static List<Dictionary<string, object?>> Ladder(StageReportDocument report, StageReportText words) =>
        [.. report.Ladder.Select(g => Row(
            words,
            ("Col.Stage", g.Stage),
            ("Col.Item", words[$"StageName.{g.Stage}"]),
            ("Col.Mean", g.Mean),
            ("Col.Result", words[g.Attained ? "Ladder.Attained" : "Ladder.NotAttained"]),
            ("Col.Failures", string.Join(", ", g.Failures.Select(words.Failure))),
            ("Col.Stability", words["Ladder.Stable", g.StableWeeks, g.WeeksLookedAt]),
            ("Col.Musts", string.Join(", ", g.Musts.Select(m => $"{m.Id} {m.Band} {StageReportText.Fraction(m.Achievement)}")))))];

    private static List<Dictionary<string, object?>> Dimensions(StageReportDocument report, StageReportText words) =>
        [.. report.Dimensions.Select(d => Row(
            words,
            ("Col.Dimension", words.Of(d.Name)),
            ("Col.Gated", d.Gated),
            ("Col.Fractional", Math.Round(d.Fractional, 2)),
            ("Col.PeerMedian", d.PeerMedian),
            ("Col.PeerP90", d.PeerP90),
            ("Col.Lagging", words[d.Lagging ? "Yes" : "No"]),
            ("Col.Island", words[d.Island ? "Yes" : "No"])))];

    private static List<Dictionary<string, object?>> Roadmap(StageReportDocument report, StageReportText words) =>
        [.. report.Roadmap.Select(r => Row(
            words,
            ("Col.Horizon", words.Horizon(r.Horizon)),
            ("Col.Indicator", r.Indicator),
            ("Col.Action", words.Of(r.Action)),
            ("Col.Kpi", words.Kpi(r.Kpi)),
            ("Col.Cost", words.CostBand(r.CostBand)),
            ("Col.Programme", words.Programme(r.Programme)),
            ("Col.Strand", words.Strand(r.Strand)),
            ("Col.Priority", Math.Round(r.Priority, 2)),
            ("Col.Achievement", Math.Round(r.Achievement, 3)),
            ("Col.DoneWhen", words.DoneWhen(r.DoneWhen))))];

    private static List<Dictionary<string, object?>> Kpis(StageReportDocument report, StageReportText words) =>
        [.. StageReportPages.KpiLines(report.Kpis, report.PreviousKpis, words).Select(k => Row(
            words, ("Col.Kpi", k.Name), ("Col.Current", k.Current), ("Col.Previous", k.Previous), ("Col.Change", k.Change)))];

    private static List<Dictionary<string, object?>> Trend(StageReportDocument report, StageReportText words) =>
        [.. report.Trend.Select(t => Row(
            words, ("Col.Week", Formats.Date(t.WeekOf)), ("Col.Gated", t.Gated), ("Col.Fractional", Math.Round(t.Fractional, 2)), ("Col.Index", Math.Round(t.Index, 1))))];

    /// <summary>One sheet row keyed by its headers in the reader's language.</summary>
    private static Dictionary<string, object?> Row(StageReportText words, params (string Header, object? Value)[] cells) =>
        cells.ToDictionary(c => words[c.Header], c => c.Value is IFormattable and not (int or double or decimal) ? ((IFormattable)c.Value).ToString(null, CultureInfo.InvariantCulture) : c.Value);
}
