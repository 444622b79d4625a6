using System.Globalization;
using Workshop.Mes.Contracts.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>The KPI baseline and stage trend, self versus data, the roadmap and the peer benchmark (§11 items 8–11).</summary>
internal sealed partial class StageReportPages
{
    /// <summary>The five KPIs of the last 90 days beside the previous assessment's, then the stage week by week.</summary>
    public void Kpis()
    {
        layout.Section(words["Section.8"]);
        var previous = report.PreviousKpis;
        var rows = KpiLines(report.Kpis, previous, words).Select(k => new ReportRow([k.Name, k.Current, k.Previous, k.Change]));
        layout.Table([40, 20, 20, 20], [words["Col.Kpi"], words["Col.Current"], words["Col.Previous"], words["Col.Change"]], rows, layout.Pen.Small, 1, 2, 3);
        if (previous is null)
        {
            layout.Paragraph(words["Kpi.NoPrevious"], layout.Pen.Small, layout.Pen.Grey);
        }

        layout.Heading(words["Kpi.Trend"]);
        if (report.Trend.Count == 0)
        {
            layout.Paragraph(words["Kpi.NoTrend"]);
            return;
        }

        layout.Block(80 * Mm, (canvas, area) => StageReportCharts.Trend(canvas, area, report.Trend, words));
    }

    /// <summary>The KPI rows the PDF and the workbook share: name, value now, value before, change.</summary>
    public static IEnumerable<(string Name, string Current, string Previous, string Change)> KpiLines(KpiDocument now, KpiDocument? before, StageReportText words)
    {
        (string Key, Func<KpiDocument, double?> Value, Func<double?, string> Show)[] kpis =
        [
            ("otd", k => k.OnTimeDelivery, StageReportText.Percent),
            ("defect_rate", k => k.DefectRate, StageReportText.Percent),
            ("lead_time", k => k.LeadTimeDays, v => words.Value(v, "days")),
            ("stock_accuracy", k => k.StockAccuracy, StageReportText.Percent),
            ("output_per_hour", k => k.OutputPerLabourHour, v => v is { } x ? x.ToString("#,0.##", CultureInfo.CurrentCulture) : "–"),
        ];
        foreach (var (key, value, show) in kpis)
        {
            var current = value(now);
            var earlier = before is null ? null : value(before);
            var change = current is { } c && earlier is { } e
                ? key switch
                {
                    "lead_time" => words["Unit.days", Signed(c - e)],
                    "output_per_hour" => Signed(c - e),
                    _ => words["Points", ((c - e) * 100).ToString("+0.#;-0.#;0", CultureInfo.CurrentCulture)],
                }
                : "–";
            yield return (words.Kpi(key), show(current), show(earlier), change);
        }
    }

    private static string Signed(double value) => Math.Round(value, 2).ToString("+#,0.##;-#,0.##;0", CultureInfo.CurrentCulture);

    /// <summary>Overclaims and underclaims with the owner's answer, the data and the gap; the calibration index.</summary>
    public void SelfVersusData()
    {
        layout.Section(words["Section.9"], newPage: false, keep: 40 * Mm);
        layout.Pairs([(words["Self.Calibration"], StageReportText.Fraction(report.SelfVersusData.Calibration))]);
        layout.Paragraph(words["Self.Caption", StageReportText.Fraction(OverclaimAt)], layout.Pen.Small, layout.Pen.Grey);
        Claims(words["Self.Overclaims"], report.SelfVersusData.Overclaims);
        Claims(words["Self.Underclaims"], report.SelfVersusData.Underclaims);
    }

    private void Claims(string title, IReadOnlyList<string> ids)
    {
        layout.Heading(title);
        var lines = ids.Select(id => report.Indicators.FirstOrDefault(i => i.Id == id)).OfType<IndicatorDocument>().ToList();
        if (lines.Count == 0)
        {
            layout.Paragraph(words["None"]);
            return;
        }

        layout.Table(
            [16, 54, 10, 14, 10, 12],
            [words["Col.Indicator"], words["Col.Question"], words["Col.Self"], words["Col.Data"], words["Col.Grade"], words["Col.Discrepancy"]],
            lines.Select(i => new ReportRow([i.Id, words.Of(i.Question), StageReportText.Self(i), $"{i.Band} {StageReportText.Fraction(i.Achievement)}", i.Grade, words.Discrepancy(i.Discrepancy, OverclaimAt)])),
            layout.Pen.Small,
            2, 3, 5);
    }

    /// <summary>Now, next and later: the action, what it moves, what it costs, its programme and when it is done.</summary>
    public void Roadmap()
    {
        layout.Section(words["Section.10"]);
        layout.Paragraph(words["Roadmap.Caption"], layout.Pen.Small, layout.Pen.Grey);
        foreach (var horizon in new[] { "Now", "Next", "Later" })
        {
            var items = report.Roadmap.Where(r => r.Horizon == horizon).ToList();
            layout.Heading(words.Horizon(horizon));
            if (items.Count == 0)
            {
                layout.Paragraph(words["None"]);
                continue;
            }

            layout.Table(
                [14, 40, 13, 9, 13, 14, 33],
                [words["Col.Indicator"], words["Col.Action"], words["Col.Kpi"], words["Col.Cost"], words["Col.Programme"], words["Col.Priority"], words["Col.DoneWhen"]],
                items.Select(r => new ReportRow(
                [
                    r.Indicator,
                    $"{words.Of(r.Action)} ({words.Strand(r.Strand)})",
                    words.Kpi(r.Kpi),
                    words.CostBand(r.CostBand),
                    words.Programme(r.Programme),
                    Priority(r),
                    words.DoneWhen(r.DoneWhen),
                ])),
                layout.Pen.Tiny);
        }
    }

    /// <summary>"18.9 = 3 × 0.70 × 3 × 3": gate weight × (1 − achievement) × impact × feasibility.</summary>
    private static string Priority(RoadmapDocument item) =>
        string.Create(CultureInfo.CurrentCulture, $"{item.Priority:0.##} = {item.GateWeight:0.##} × {1 - item.Achievement:0.00} × {item.Impact} × {item.Feasibility}");

    /// <summary>The peer cell, its size and where the workshop stands, or why nothing is shown.</summary>
    public void Peers()
    {
        layout.Section(words["Section.11"], newPage: false, keep: 40 * Mm);
        if (report.Peers is not { } peers)
        {
            layout.Paragraph(words["Peers.TooSmall"]);
            return;
        }

        layout.Pairs(
        [
            (words["Peers.Cell"], peers.Cell),
            (words["Peers.Count"], peers.Count.ToString("#,0", CultureInfo.CurrentCulture)),
            (words["Peers.StagePercentile"], Percentile(peers.StagePercentile)),
            (words["Peers.IndexPercentile"], Percentile(peers.IndexPercentile)),
            (words["Peers.Median"], StageReportText.Fraction(peers.MedianStage)),
            (words["Peers.P90"], StageReportText.Fraction(peers.P90Stage)),
        ]);
        if (peers.Fallback)
        {
            layout.Paragraph(words["Peers.Fallback"], layout.Pen.Small, layout.Pen.Grey);
        }
    }

    private string Percentile(double? value) => value is { } v ? words["Percentile", Math.Round(v).ToString("0", CultureInfo.CurrentCulture)] : "–";
}
