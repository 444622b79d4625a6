using System.Globalization;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>
/// The dashboard on one A4 page for the wall or the staff meeting (ADR 0062): the day's numbers, what defects cost
/// month by month, the Pareto, the heat map by hour and weekday, this week's load and each station's OEE, drawn with
/// SkiaSharp in the Korean font. Charts are drawn here rather than by ScottPlot, whose text does not render on the
/// SkiaSharp 4 the app uses.
/// </summary>
internal static class DashboardPdf
{
    private const float Mm = Pdf.Mm;
    private static readonly SKSize _a4 = Pdf.A4;
    private static readonly SKColor _accent = new(0x59, 0x4a, 0xe2);
    private static readonly SKColor[] _costColours = [new(0x59, 0x4a, 0xe2), new(0xe0, 0x8a, 0x1e), new(0x9e, 0x9e, 0x9e)];

    public static byte[] Render(DashboardView view, string workshopName, DateTimeOffset printedAt, TimeZoneInfo zone, IStringLocalizer text)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = text["Home.Title"], Creator = "Workshop MES" }))
        {
            using var typeface = KoreanFont.Typeface();
            using var pen = new PdfPen(typeface);
            var canvas = document.BeginPage(_a4.Width, _a4.Height);
            var page = new Page(canvas, pen, text);
            var y = page.Header(view, workshopName, Formats.DateTime(printedAt, zone));
            y = page.Tiles(view, y);
            y = page.CostChart(view.DefectCost, y);
            y = page.ParetoAndHeatmap(view, y);
            page.LoadAndOee(view, y);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    private sealed class Page(SKCanvas canvas, PdfPen pen, IStringLocalizer text)
    {
        private const float Left = 12 * Mm;
        private static readonly float _right = _a4.Width - (12 * Mm);

        public float Header(DashboardView view, string workshopName, string printedAt)
        {
            canvas.DrawText($"{workshopName} · {text["Home.Title"]}", Left, 18 * Mm, SKTextAlign.Left, pen.Title, pen.Ink);
            var range = $"{Formats.Date(view.Filter.From)} ~ {Formats.Date(view.Filter.To)}";
            canvas.DrawText(text["Home.PrintRange", range, printedAt], Left, 24 * Mm, SKTextAlign.Left, pen.Small, pen.Grey);
            canvas.DrawLine(Left, 26 * Mm, _right, 26 * Mm, pen.Line);
            return 30 * Mm;
        }

        public float Tiles(DashboardView view, float top)
        {
            var month = view.DefectCost.Months.LastOrDefault();
            (string Label, string Value)[] tiles =
            [
                (text["Home.OutputToday"], Formats.Number(view.Today.Good)),
                (text["Home.ScrapToday"], text["Home.Pieces", Formats.Number(view.Today.Scrap)]),
                (text["Home.Overdue"], Formats.Cases(text, view.Orders.Overdue)),
                (text["Home.ExpectedLate"], Formats.Cases(text, view.Orders.ExpectedLate)),
                (text["Home.Shortages"], Formats.Cases(text, view.Shortages.Items.Count)),
                (text["Home.DefectCostMonth"], Formats.MoneyRounded(text, month?.Total ?? 0)),
            ];
            var width = (_right - Left) / tiles.Length;
            for (var i = 0; i < tiles.Length; i++)
            {
                var x = Left + (i * width);
                canvas.DrawRect(x + 1, top, width - 2, 16 * Mm, pen.Line);
                canvas.DrawText(tiles[i].Label, x + (2 * Mm), top + (5 * Mm), SKTextAlign.Left, pen.Small, pen.Grey);
                canvas.DrawText(tiles[i].Value, x + (2 * Mm), top + (12 * Mm), SKTextAlign.Left, pen.Big, pen.Ink);
            }

            return top + (22 * Mm);
        }

        /// <summary>Stacked bars per month: material, rework labour and lost time.</summary>
        public float CostChart(DefectCostFigure cost, float top)
        {
            canvas.DrawText(text["Home.DefectCost"], Left, top, SKTextAlign.Left, pen.Heading, pen.Ink);
            var months = cost.Months.TakeLast(12).ToList();
            var chartTop = top + (4 * Mm);
            var height = 40 * Mm;
            var bottom = chartTop + height;
            var max = months.Select(m => m.Total).DefaultIfEmpty(0).Max();
            var slot = months.Count == 0 ? 0 : (_right - Left - (30 * Mm)) / months.Count;
            for (var i = 0; i < months.Count; i++)
            {
                var month = months[i];
                var x = Left + (i * slot) + (slot * 0.15f);
                var y = bottom;
                decimal[] parts = [month.Material, month.ReworkLabour, month.LostTime];
                for (var p = 0; p < parts.Length; p++)
                {
                    var h = max == 0 ? 0 : (float)(parts[p] / max) * (height - (6 * Mm));
                    using var fill = new SKPaint { Color = _costColours[p], IsAntialias = true };
                    canvas.DrawRect(x, y - h, slot * 0.7f, h, fill);
                    y -= h;
                }

                canvas.DrawText(Formats.MoneyRounded(text, month.Total), x + (slot * 0.35f), y - (1 * Mm), SKTextAlign.Center, pen.Tiny, pen.Ink);
                canvas.DrawText(text["Home.Month", month.MonthStart.Year, month.MonthStart.Month], x + (slot * 0.35f), bottom + (4 * Mm), SKTextAlign.Center, pen.Tiny, pen.Grey);
            }

            canvas.DrawLine(Left, bottom, _right - (30 * Mm), bottom, pen.Line);
            string[] legend = [text["Home.CostMaterial"], text["Home.CostRework"], text["Home.CostLostTime"]];
            for (var p = 0; p < legend.Length; p++)
            {
                using var fill = new SKPaint { Color = _costColours[p] };
                var ly = chartTop + (p * 6 * Mm) + (4 * Mm);
                canvas.DrawRect(_right - (28 * Mm), ly - (3 * Mm), 3 * Mm, 3 * Mm, fill);
                canvas.DrawText(legend[p], _right - (24 * Mm), ly, SKTextAlign.Left, pen.Small, pen.Ink);
            }

            return bottom + (10 * Mm);
        }

        public float ParetoAndHeatmap(DashboardView view, float top)
        {
            var middle = Left + ((_right - Left) / 2);
            canvas.DrawText(text["Home.Pareto"], Left, top, SKTextAlign.Left, pen.Heading, pen.Ink);
            var y = top + (6 * Mm);
            var barLeft = Left + (38 * Mm);
            var barWidth = middle - barLeft - (22 * Mm);
            foreach (var bar in view.Pareto.Bars.Take(8))
            {
                canvas.DrawText(Pdf.Fit(bar.Label, 14), Left, y, SKTextAlign.Left, pen.Small, pen.Ink);
                using var fill = new SKPaint { Color = _accent };
                canvas.DrawRect(barLeft, y - (3 * Mm), Math.Max(0.5f, (float)bar.Share * barWidth), 3.2f * Mm, fill);
                canvas.DrawText($"{Formats.MoneyRounded(text, bar.Cost)} · {Formats.Percent(bar.Share)}", middle - (1 * Mm), y, SKTextAlign.Right, pen.Tiny, pen.Ink);
                y += 5.5f * Mm;
            }

            canvas.DrawText(text["Home.Heatmap"], middle + (4 * Mm), top, SKTextAlign.Left, pen.Heading, pen.Ink);
            var grid = HeatmapLayout.Of(view.Heatmap, text);
            var cellLeft = middle + (14 * Mm);
            var cellWidth = grid.Columns.Count == 0 ? 0 : (_right - cellLeft) / grid.Columns.Count;
            var cellHeight = 5.5f * Mm;
            var max = grid.Values.SelectMany(r => r).DefaultIfEmpty(0).Max();
            for (var c = 0; c < grid.Columns.Count; c++)
            {
                canvas.DrawText(grid.Columns[c], cellLeft + (c * cellWidth) + (cellWidth / 2), top + (5 * Mm), SKTextAlign.Center, pen.Tiny, pen.Grey);
            }

            for (var r = 0; r < grid.Rows.Count; r++)
            {
                var rowTop = top + (6.5f * Mm) + (r * cellHeight);
                canvas.DrawText(grid.Rows[r], middle + (4 * Mm), rowTop + (4 * Mm), SKTextAlign.Left, pen.Small, pen.Ink);
                for (var c = 0; c < grid.Columns.Count; c++)
                {
                    var shade = HeatShade.Of(grid.Values[r][c], max);
                    using var fill = new SKPaint { Color = new SKColor(shade.R, shade.G, shade.B) };
                    canvas.DrawRect(cellLeft + (c * cellWidth), rowTop, cellWidth - 0.5f, cellHeight - 0.5f, fill);
                }
            }

            var heatBottom = top + (6.5f * Mm) + (grid.Rows.Count * cellHeight) + (4 * Mm);
            canvas.DrawText(text["Home.HeatmapCaption"], middle + (4 * Mm), heatBottom, SKTextAlign.Left, pen.Tiny, pen.Grey);
            return Math.Max(y, heatBottom) + (8 * Mm);
        }

        public void LoadAndOee(DashboardView view, float top)
        {
            var middle = Left + ((_right - Left) / 2);
            canvas.DrawText(text["Home.TypicalWeek"], Left, top, SKTextAlign.Left, pen.Heading, pen.Ink);
            DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday];
            var column = (middle - Left - (30 * Mm)) / weekdays.Length;
            for (var d = 0; d < weekdays.Length; d++)
            {
                canvas.DrawText(text[$"Weekday.{weekdays[d]}"], Left + (30 * Mm) + ((d + 0.5f) * column), top + (5 * Mm), SKTextAlign.Center, pen.Small, pen.Grey);
            }

            var y = top + (10 * Mm);
            foreach (var station in view.Load.Stations.Take(12))
            {
                canvas.DrawText(Pdf.Fit(station.Name, 10), Left, y, SKTextAlign.Left, pen.Small, pen.Ink);
                for (var d = 0; d < weekdays.Length; d++)
                {
                    var load = station.TypicalWeek.FirstOrDefault(w => w.Weekday == weekdays[d]);
                    var value = load is null ? "–" : load.AverageLoadHours.ToString("0.#", CultureInfo.InvariantCulture);
                    canvas.DrawText(value, Left + (30 * Mm) + ((d + 0.5f) * column), y, SKTextAlign.Center, load?.Overloaded == true ? pen.SmallBold : pen.Small, load?.Overloaded == true ? pen.Alert : pen.Ink);
                }

                y += 5 * Mm;
            }

            canvas.DrawText(text["Home.Oee"], middle + (4 * Mm), top, SKTextAlign.Left, pen.Heading, pen.Ink);
            string[] heads = [text["Home.Availability"], text["Home.Performance"], text["Home.Quality"], text["Home.OeeShort"]];
            var oeeColumn = (_right - middle - (34 * Mm)) / heads.Length;
            for (var h = 0; h < heads.Length; h++)
            {
                canvas.DrawText(heads[h], middle + (34 * Mm) + ((h + 0.5f) * oeeColumn), top + (5 * Mm), SKTextAlign.Center, pen.Tiny, pen.Grey);
            }

            var oy = top + (10 * Mm);
            foreach (var station in view.Oee.Stations.Take(12))
            {
                canvas.DrawText(Pdf.Fit(station.Name, 10), middle + (4 * Mm), oy, SKTextAlign.Left, pen.Small, pen.Ink);
                decimal?[] values = [station.Availability, station.Performance, station.Quality, station.Oee];
                for (var v = 0; v < values.Length; v++)
                {
                    var value = values[v] is { } share ? Formats.Percent(share) : "–";
                    canvas.DrawText(value, middle + (34 * Mm) + ((v + 0.5f) * oeeColumn), oy, SKTextAlign.Center, pen.Small, pen.Ink);
                }

                oy += 5 * Mm;
            }

            canvas.DrawText(text["Home.PrintFooter"], Left, _a4.Height - (10 * Mm), SKTextAlign.Left, pen.Tiny, pen.Grey);
        }
    }
}
