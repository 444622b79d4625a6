using SkiaSharp;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>The stage ladder with its gate table, the dimension radar and the functional-area heat map (§11 items 3–5).</summary>
internal sealed partial class StageReportPages
{
    private static readonly string[] _areas = ["Production", "Quality", "Inventory", "OrdersDelivery", "Equipment"];

    /// <summary>Each stage from the top: a bar of its mean, attained or why not, and its must indicators with their bands.</summary>
    public void Ladder()
    {
        layout.Section(words["Section.3"]);
        var gates = report.Ladder.OrderByDescending(g => g.Stage).ToList();
        layout.Block(gates.Count * 9 * Mm, (canvas, area) =>
        {
            using var fill = new SKPaint { Color = _accent, IsAntialias = true };
            using var track = new SKPaint { Color = new SKColor(0xee, 0xee, 0xee) };
            var barLeft = area.Left + (62 * Mm);
            var barWidth = area.Width - (62 * Mm) - (30 * Mm);
            for (var i = 0; i < gates.Count; i++)
            {
                var gate = gates[i];
                var top = area.Top + (i * 9 * Mm);
                var ink = gate.Attained ? layout.Pen.Ink : layout.Pen.Grey;
                canvas.DrawText(words.StageName(gate.Stage), area.Left, top + (5 * Mm), SKTextAlign.Left, layout.Pen.Body, ink);
                canvas.DrawRect(barLeft, top + (1.5f * Mm), barWidth, 5 * Mm, track);
                canvas.DrawRect(barLeft, top + (1.5f * Mm), barWidth * (float)Math.Clamp(gate.Mean ?? 0, 0, 1), 5 * Mm, fill);
                var threshold = barLeft + (barWidth * 0.7f);
                canvas.DrawLine(threshold, top + (0.5f * Mm), threshold, top + (7.5f * Mm), layout.Pen.Rule);
                canvas.DrawText(words[gate.Attained ? "Ladder.Attained" : "Ladder.NotAttained"], area.Right, top + (5 * Mm), SKTextAlign.Right, layout.Pen.Small, gate.Attained ? layout.Pen.Ink : layout.Pen.Alert);
            }
        });
        layout.Paragraph(words["Ladder.Caption"], layout.Pen.Small, layout.Pen.Grey);

        var rows = report.Ladder.Select(g => new ReportRow(
        [
            words.StageName(g.Stage),
            StageReportText.Fraction(g.Mean),
            g.Attained ? words["Ladder.Attained"] : string.Join(" · ", g.Failures.Select(words.Failure)),
            words["Ladder.Stable", g.StableWeeks, g.WeeksLookedAt],
            string.Join("  ", g.Musts.Select(m => $"{m.Id} {m.Band}{(m.Passes ? string.Empty : " ×")}")),
        ], g.Attained ? _passFill : _failFill));
        layout.Table([30, 10, 40, 16, 44], [words["Col.Stage"], words["Col.Mean"], words["Col.Result"], words["Col.Stability"], words["Col.Musts"]], rows, layout.Pen.Small, 1);
    }

    /// <summary>The radar of dimension stages against the peers, then lagging dimensions and islands.</summary>
    public void Dimensions()
    {
        layout.Section(words["Section.4"]);
        layout.Block(105 * Mm, (canvas, area) => StageReportCharts.Radar(canvas, area, report.Dimensions, words));
        if (report.Dimensions.All(d => d.PeerMedian is null))
        {
            layout.Paragraph(words["Dimensions.NoPeers"], layout.Pen.Small, layout.Pen.Grey);
        }

        var rows = report.Dimensions.Select(d => new ReportRow(
        [
            words.Of(d.Name),
            d.Gated.ToString(System.Globalization.CultureInfo.CurrentCulture),
            StageReportText.Fraction(d.Fractional),
            StageReportText.Fraction(d.PeerMedian),
            StageReportText.Fraction(d.PeerP90),
            d.Lagging ? words["Dimensions.Lagging"] : d.Island ? words["Dimensions.Island"] : string.Empty,
        ], Alert: d.Lagging || d.Island));
        layout.Table([34, 12, 12, 14, 14, 30], [words["Col.Dimension"], words["Col.Gated"], words["Col.Fractional"], words["Col.PeerMedian"], words["Col.PeerP90"], words["Col.Flag"]], rows, layout.Pen.Small, 1, 2, 3, 4);

        var lagging = report.Dimensions.Where(d => d.Lagging).Select(d => words.Of(d.Name)).ToList();
        var islands = report.Dimensions.Where(d => d.Island).Select(d => words.Of(d.Name)).ToList();
        if (lagging.Count == 0 && islands.Count == 0)
        {
            layout.Paragraph(words["Dimensions.Consistent"]);
        }

        if (lagging.Count > 0)
        {
            layout.Paragraph(words["Dimensions.LaggingList", string.Join(", ", lagging)]);
        }

        if (islands.Count > 0)
        {
            layout.Paragraph(words["Dimensions.IslandList", string.Join(", ", islands)]);
        }
    }

    /// <summary>Production, quality, inventory, orders and equipment × the five stages, shaded by mean achievement.</summary>
    public void Heat()
    {
        layout.Section(words["Section.5"], newPage: false, keep: 60 * Mm);
        layout.Block(60 * Mm, (canvas, area) => StageReportCharts.Heat(canvas, area, report.Heat, _areas, words, layout.Pen));
        layout.Paragraph(words["Heat.Caption"], layout.Pen.Small, layout.Pen.Grey);
    }
}
