using SkiaSharp;

namespace Workshop.Mes.Web.Features.Exports;

/// <summary>What every printed page shares: millimetres in PDF points, the A4 sheet, a table row and text cut to fit.</summary>
internal static class Pdf
{
    /// <summary>Points per millimetre (PDF units are 1/72 inch).</summary>
    public const float Mm = 72f / 25.4f;

    public static readonly SKSize A4 = new(210 * Mm, 297 * Mm);

    /// <summary>A boxed table row: one cell per column gap, text centred in the row's height, left-aligned unless a cell's number is in <paramref name="rightAligned"/>.</summary>
    public static void Row(SKCanvas canvas, float[] columns, float top, float height, string[] cells, SKFont font, SKPaint ink, SKPaint line, params int[] rightAligned)
    {
        canvas.DrawRect(columns[0], top, columns[^1] - columns[0], height, line);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                canvas.DrawLine(columns[i], top, columns[i], top + height, line);
            }

            var right = rightAligned.Contains(i);
            var x = right ? columns[i + 1] - (1.5f * Mm) : columns[i] + (1.5f * Mm);
            canvas.DrawText(cells[i], x, Baseline(top, height, font), right ? SKTextAlign.Right : SKTextAlign.Left, font, ink);
        }
    }

    /// <summary>Where text sits to look centred in a box of that height.</summary>
    public static float Baseline(float top, float height, SKFont font) => top + (height / 2) + (font.Size / 3);

    public static string Fit(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}

/// <summary>The fonts and paints of a printed page in the Korean font, made once for all its pages.</summary>
internal sealed class PdfPen(SKTypeface typeface, float titleSize = 16) : IDisposable
{
    public SKFont Title { get; } = new(typeface, titleSize) { Subpixel = true };

    public SKFont Heading { get; } = new(typeface, 11) { Subpixel = true, Embolden = true };

    public SKFont Big { get; } = new(typeface, 14) { Subpixel = true, Embolden = true };

    public SKFont Body { get; } = new(typeface, 10) { Subpixel = true };

    /// <summary>Large without emboldening, which SkiaSharp embeds as a whole Type 3 font.</summary>
    public SKFont Large { get; } = new(typeface, 14) { Subpixel = true };

    public SKFont Small { get; } = new(typeface, 8) { Subpixel = true };

    public SKFont SmallBold { get; } = new(typeface, 8) { Subpixel = true, Embolden = true };

    public SKFont Tiny { get; } = new(typeface, 6.5f) { Subpixel = true };

    public SKPaint Ink { get; } = new() { Color = SKColors.Black, IsAntialias = true };

    public SKPaint Grey { get; } = new() { Color = new SKColor(0x5c, 0x5c, 0x5c), IsAntialias = true };

    public SKPaint Alert { get; } = new() { Color = new SKColor(0xc6, 0x28, 0x28), IsAntialias = true };

    /// <summary>A light grey rule for charts and separators.</summary>
    public SKPaint Line { get; } = new() { Color = new SKColor(0x9e, 0x9e, 0x9e), IsStroke = true, StrokeWidth = 0.6f };

    /// <summary>A black rule for forms people write on.</summary>
    public SKPaint Rule { get; } = new() { Color = SKColors.Black, IsStroke = true, StrokeWidth = 0.6f };

    public void Dispose()
    {
        Title.Dispose();
        Heading.Dispose();
        Big.Dispose();
        Body.Dispose();
        Large.Dispose();
        Small.Dispose();
        SmallBold.Dispose();
        Tiny.Dispose();
        Ink.Dispose();
        Grey.Dispose();
        Alert.Dispose();
        Line.Dispose();
        Rule.Dispose();
    }
}
