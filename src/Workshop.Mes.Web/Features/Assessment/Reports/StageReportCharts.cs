using ScottPlot;
using SkiaSharp;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>
/// The stage report's charts: the dimension radar and the stage by week drawn by ScottPlot 5 straight onto the PDF
/// page's Skia canvas (vector, text included), and the functional-area grid drawn with SkiaSharp. ScottPlot's own
/// font lookup finds nothing with the fontconfig-free SkiaSharp build the app ships, so a resolver hands it the
/// report's Korean typeface and every plot asks for that (ADR 0081).
/// </summary>
internal static class StageReportCharts
{
    private const string FontName = "Workshop Korean";

    /// <summary>
    /// The report's one Korean typeface, shared by its pages and its charts: the PDF embeds each typeface it meets
    /// whole (megabytes of Hangul), so ScottPlot is given this one instead of loading the file again. It lives as long
    /// as the process, since ScottPlot keeps what its resolvers return.
    /// </summary>
    public static SKTypeface Typeface => _typeface.Value;

    private static readonly Lazy<SKTypeface> _typeface = new(() =>
    {
        var typeface = KoreanFont.Typeface();
        Fonts.FontResolvers.Insert(0, new OneTypeface(typeface));
        return typeface;
    });

    private static readonly Color _workshop = Color.FromHex("#594ae2");
    private static readonly Color _median = Color.FromHex("#9e9e9e");
    private static readonly Color _best = Color.FromHex("#e08a1e");

    /// <summary>Six spokes, 0–5: the workshop's fractional stage per dimension, with the peers' median and P90 when known.</summary>
    public static void Radar(SKCanvas canvas, SKRect area, IReadOnlyList<DimensionDocument> dimensions, StageReportText words)
    {
        var plot = NewPlot();
        var series = new List<(double[] Values, Color Colour, string Label)>
        {
            (dimensions.Select(d => d.Fractional).ToArray(), _workshop, words["Chart.Workshop"]),
        };
        if (dimensions.All(d => d.PeerMedian is not null))
        {
            series.Add((dimensions.Select(d => d.PeerMedian!.Value).ToArray(), _median, words["Chart.PeerMedian"]));
        }

        if (dimensions.All(d => d.PeerP90 is not null))
        {
            series.Add((dimensions.Select(d => d.PeerP90!.Value).ToArray(), _best, words["Chart.PeerP90"]));
        }

        var values = new double[series.Count, dimensions.Count];
        for (var s = 0; s < series.Count; s++)
        {
            for (var d = 0; d < dimensions.Count; d++)
            {
                values[s, d] = series[s].Values[d];
            }
        }

        var radar = plot.Add.Radar(values);
        radar.PolarAxis.SetSpokes([.. dimensions.Select(d => $"{words.Of(d.Name)} {StageReportText.Fraction(d.Fractional)}")], 5.4);
        radar.PolarAxis.SetCircles(5, 5);
        for (var s = 0; s < series.Count; s++)
        {
            radar.Series[s].FillColor = series[s].Colour.WithAlpha(s == 0 ? 0.35 : 0.08);
            radar.Series[s].LineColor = series[s].Colour;
            radar.Series[s].LineWidth = 1.5f;
            radar.Series[s].LegendText = series[s].Label;
        }

        plot.ShowLegend(Alignment.LowerRight);
        Draw(plot, canvas, area);
    }

    /// <summary>
    /// Functional areas (rows) × stages (columns), each cell shaded from white to the report's purple by the mean
    /// achievement with the figure in it; blank where no indicator sits. A grid of 25 cells reads better drawn than
    /// as a ScottPlot heatmap, whose colour bar and empty cells do not fit a printed page.
    /// </summary>
    public static void Heat(SKCanvas canvas, SKRect area, IReadOnlyList<HeatCellDocument> cells, IReadOnlyList<string> areas, StageReportText words, PdfPen pen)
    {
        var labelWidth = 30 * Pdf.Mm;
        var cellWidth = (area.Width - labelWidth) / 5;
        var cellHeight = (area.Height - (7 * Pdf.Mm)) / areas.Count;
        for (var s = 1; s <= 5; s++)
        {
            canvas.DrawText(words["StageNumber", s], area.Left + labelWidth + ((s - 0.5f) * cellWidth), area.Top + (4 * Pdf.Mm), SKTextAlign.Center, pen.Small, pen.Grey);
        }

        using var white = new SKPaint { Color = SKColors.White, IsAntialias = true };
        for (var r = 0; r < areas.Count; r++)
        {
            var top = area.Top + (7 * Pdf.Mm) + (r * cellHeight);
            canvas.DrawText(words.Area(areas[r]), area.Left, top + (cellHeight / 2) + (pen.Body.Size / 3), SKTextAlign.Left, pen.Body, pen.Ink);
            for (var s = 1; s <= 5; s++)
            {
                var mean = cells.FirstOrDefault(c => c.Area == areas[r] && c.Stage == s)?.Mean;
                var rect = new SKRect(area.Left + labelWidth + ((s - 1) * cellWidth), top, area.Left + labelWidth + (s * cellWidth) - 1, top + cellHeight - 1);
                if (mean is { } value)
                {
                    using var fill = new SKPaint { Color = Shade(value) };
                    canvas.DrawRect(rect, fill);
                    canvas.DrawText(StageReportText.Fraction(value), rect.MidX, rect.MidY + (pen.Body.Size / 3), SKTextAlign.Center, pen.Body, value > 0.55 ? white : pen.Ink);
                }

                canvas.DrawRect(rect, pen.Line);
            }
        }
    }

    /// <summary>White at 0, the report's purple at 1.</summary>
    private static SKColor Shade(double value)
    {
        var t = Math.Clamp(value, 0, 1);
        byte Mix(byte to) => (byte)Math.Round(255 - ((255 - to) * t));
        return new SKColor(Mix(0x59), Mix(0x4a), Mix(0xe2));
    }

    /// <summary>The fractional stage week by week, with the gated stage as steps.</summary>
    public static void Trend(SKCanvas canvas, SKRect area, IReadOnlyList<StagePointDocument> points, StageReportText words)
    {
        var plot = NewPlot();
        double[] weeks = [.. Enumerable.Range(0, points.Count).Select(i => (double)i)];
        var fractional = plot.Add.Scatter(weeks, [.. points.Select(p => p.Fractional)], _workshop);
        fractional.LegendText = words["Chart.Fractional"];
        fractional.LineWidth = 2;
        var gated = plot.Add.Scatter(weeks, [.. points.Select(p => (double)p.Gated)], _median);
        gated.LegendText = words["Chart.Gated"];
        gated.ConnectStyle = ConnectStyle.StepHorizontal;
        gated.MarkerSize = 0;
        var every = Math.Max(1, (int)Math.Ceiling(points.Count / 6.0));
        var ticks = Enumerable.Range(0, points.Count).Where(i => i % every == 0).ToList();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => Formats.Date(points[i].WeekOf))]);
        plot.Axes.SetLimitsX(-0.5, points.Count - 0.5);
        plot.Axes.SetLimitsY(0, 5);
        plot.YLabel(words["Chart.StageAxis"]);
        plot.ShowLegend(Alignment.UpperLeft);
        Draw(plot, canvas, area);
    }

    private static Plot NewPlot()
    {
        _ = Typeface;
        var plot = new Plot();
        plot.Font.Set(FontName);
        return plot;
    }

    /// <summary>Into the rectangle only: ScottPlot clears its figure, which must not wipe the rest of the page.</summary>
    private static void Draw(Plot plot, SKCanvas canvas, SKRect area)
    {
        plot.Legend.FontName = FontName;

        canvas.Save();
        canvas.ClipRect(area);
        canvas.Translate(area.Left, area.Top);
        plot.Render(canvas, (int)area.Width, (int)area.Height);
        canvas.Restore();
    }

    /// <summary>Answers ScottPlot's font lookups for <see cref="FontName"/>, regular or bold, with the report's typeface.</summary>
    private sealed class OneTypeface(SKTypeface typeface) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) => fontName == FontName ? typeface : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => fontName == FontName ? typeface : null;
    }
}
