using SkiaSharp;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>One row of a report table; a fill shades it (attained stages, flags), the alert ink reddens it.</summary>
internal sealed record ReportRow(IReadOnlyList<string> Cells, SKColor? Fill = null, bool Alert = false);

/// <summary>
/// Where the stage report's pages are drawn: a cursor down A4 pages recorded as pictures (so the footer's "n / N" is
/// known when they are printed), section titles, wrapped paragraphs, label–value lists and tables whose rows wrap and
/// whose header repeats on every page they run onto.
/// </summary>
internal sealed class ReportLayout(PdfPen pen) : IDisposable
{
    public const float Mm = Pdf.Mm;
    public const float Left = 15 * Mm;
    public static readonly float Right = Pdf.A4.Width - (15 * Mm);
    public static readonly float Width = Right - Left;
    private const float Top = 16 * Mm;
    private static readonly float _bottom = Pdf.A4.Height - (16 * Mm);
    private static readonly SKColor _headerFill = new(0xee, 0xec, 0xf8);
    private readonly List<SKPicture> _pages = [];

    // Not emboldened: SkiaSharp embeds an emboldened font as a whole Type 3 font, megabytes of Hangul per page size.
    private readonly SKFont _heading = new(pen.Body.Typeface, 11.5f) { Subpixel = true };
    private readonly SKFont _header = new(pen.Body.Typeface, 8) { Subpixel = true };
    private readonly SKPaint _headingInk = new() { Color = new SKColor(0x3b, 0x2f, 0xa8), IsAntialias = true };
    private SKPictureRecorder? _recorder;

    public PdfPen Pen => pen;

    public SKCanvas Canvas { get; private set; } = null!;

    public float Y { get; set; }

    public float Room => _bottom - Y;

    public void NewPage()
    {
        Close();
        _recorder = new SKPictureRecorder();
        Canvas = _recorder.BeginRecording(new SKRect(0, 0, Pdf.A4.Width, Pdf.A4.Height));
        Y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void Need(float height)
    {
        if (Y + height > _bottom)
        {
            NewPage();
        }
    }

    public IReadOnlyList<SKPicture> Pages()
    {
        Close();
        return _pages;
    }

    /// <summary>A numbered section title on a new page, or below what is there when <paramref name="keep"/> (its first block) still fits.</summary>
    public void Section(string title, bool newPage = true, float keep = 30 * Mm)
    {
        if (newPage)
        {
            NewPage();
        }
        else
        {
            Need(keep + (18 * Mm));
            Y += 4 * Mm;
        }

        Y += 5 * Mm;
        Canvas.DrawText(title, Left, Y, SKTextAlign.Left, pen.Large, pen.Ink);
        Y += 2.5f * Mm;
        Canvas.DrawLine(Left, Y, Right, Y, pen.Line);
        Y += 6 * Mm;
    }

    public void Heading(string title)
    {
        Need(16 * Mm);
        Y += 3 * Mm + _heading.Size;
        Canvas.DrawText(title, Left, Y, SKTextAlign.Left, _heading, _headingInk);
        Y += 3 * Mm;
    }

    /// <summary>Text wrapped to the page's width (less <paramref name="indent"/>), page by page when it is long.</summary>
    public void Paragraph(string text, SKFont? font = null, SKPaint? ink = null, float indent = 0)
    {
        font ??= pen.Body;
        var step = LineHeight(font);
        foreach (var line in Wrap(text, font, Width - indent))
        {
            Need(step);
            Canvas.DrawText(line, Left + indent, Y + font.Size, SKTextAlign.Left, font, ink ?? pen.Ink);
            Y += step;
        }

        Y += 1.5f * Mm;
    }

    /// <summary>Label and value on one line each, labels in grey in a column of <paramref name="labelWidth"/>.</summary>
    public void Pairs(IEnumerable<(string Label, string Value)> pairs, float labelWidth = 45 * Mm)
    {
        var step = LineHeight(pen.Body);
        foreach (var (label, value) in pairs)
        {
            var lines = Wrap(value, pen.Body, Width - labelWidth);
            Need(step * lines.Count);
            Canvas.DrawText(label, Left, Y + pen.Body.Size, SKTextAlign.Left, pen.Body, pen.Grey);
            foreach (var line in lines)
            {
                Canvas.DrawText(line, Left + labelWidth, Y + pen.Body.Size, SKTextAlign.Left, pen.Body, pen.Ink);
                Y += step;
            }
        }

        Y += 2 * Mm;
    }

    /// <summary>
    /// A boxed table: <paramref name="widths"/> are shares of the page's width; cells wrap; the header is drawn again
    /// at the top of every page the rows run onto. Columns named in <paramref name="rightAligned"/> align right.
    /// </summary>
    public void Table(IReadOnlyList<float> widths, IReadOnlyList<string> header, IEnumerable<ReportRow> rows, SKFont? font = null, params int[] rightAligned)
    {
        font ??= pen.Small;
        var columns = new float[widths.Count + 1];
        columns[0] = Left;
        var total = widths.Sum();
        for (var i = 0; i < widths.Count; i++)
        {
            columns[i + 1] = columns[i] + (Width * widths[i] / total);
        }

        var headerRow = new ReportRow(header, _headerFill);
        Need(RowHeight(headerRow, columns, _header) + RowHeight(rows.FirstOrDefault() ?? headerRow, columns, font));
        DrawRow(headerRow, columns, _header, []);
        foreach (var row in rows)
        {
            var height = RowHeight(row, columns, font);
            if (Y + height > _bottom)
            {
                NewPage();
                DrawRow(headerRow, columns, _header, []);
            }

            DrawRow(row, columns, font, rightAligned);
        }

        Y += 4 * Mm;
    }

    /// <summary>A block of fixed height drawn by <paramref name="draw"/> at (left, top) with the page's width.</summary>
    public void Block(float height, Action<SKCanvas, SKRect> draw)
    {
        Need(height);
        draw(Canvas, new SKRect(Left, Y, Right, Y + height));
        Y += height + (3 * Mm);
    }

    public static float LineHeight(SKFont font) => font.Size * 1.45f;

    /// <summary>Lines of at most <paramref name="width"/>: at spaces where it can, inside a word (Korean or a long id) where it must.</summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' '))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (font.MeasureText(candidate) <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && font.MeasureText(line) > width)
                {
                    var fits = Enumerable.Range(1, line.Length - 1).Last(n => n == 1 || font.MeasureText(line[..n]) <= width);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private float RowHeight(ReportRow row, float[] columns, SKFont font) =>
        (row.Cells.Select((c, i) => Wrap(c, font, columns[i + 1] - columns[i] - (2.4f * Mm)).Count).DefaultIfEmpty(1).Max() * LineHeight(font)) + (1.6f * Mm);

    private void DrawRow(ReportRow row, float[] columns, SKFont font, int[] rightAligned)
    {
        var height = RowHeight(row, columns, font);
        if (row.Fill is { } fill)
        {
            using var paint = new SKPaint { Color = fill };
            Canvas.DrawRect(columns[0], Y, columns[^1] - columns[0], height, paint);
        }

        Canvas.DrawRect(columns[0], Y, columns[^1] - columns[0], height, pen.Line);
        var ink = row.Alert ? pen.Alert : pen.Ink;
        for (var i = 0; i < row.Cells.Count; i++)
        {
            if (i > 0)
            {
                Canvas.DrawLine(columns[i], Y, columns[i], Y + height, pen.Line);
            }

            var right = rightAligned.Contains(i);
            var baseline = Y + (0.8f * Mm) + font.Size;
            foreach (var line in Wrap(row.Cells[i], font, columns[i + 1] - columns[i] - (2.4f * Mm)))
            {
                var x = right ? columns[i + 1] - (1.2f * Mm) : columns[i] + (1.2f * Mm);
                Canvas.DrawText(line, x, baseline, right ? SKTextAlign.Right : SKTextAlign.Left, font, ink);
                baseline += LineHeight(font);
            }
        }

        Y += height;
    }

    private void Close()
    {
        if (_recorder is null)
        {
            return;
        }

        _pages.Add(_recorder.EndRecording());
        _recorder.Dispose();
        _recorder = null;
    }

    public void Dispose()
    {
        Close();
        _heading.Dispose();
        _header.Dispose();
        _headingInk.Dispose();
        foreach (var page in _pages)
        {
            page.Dispose();
        }
    }
}
