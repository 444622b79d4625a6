using System.Globalization;
using Microsoft.Extensions.Localization;
using SkiaSharp;

namespace Workshop.Mes.Web.Features.WorkOrders.Traveller;

public enum TravellerSize
{
    A4,
    Label,
}

/// <summary>
/// The traveller as a PDF drawn with SkiaSharp: A4 with the header, the order's QR code, one QR code per step and
/// columns to sign and count, and the materials; or a 100 × 60 mm label with just what a bin needs.
/// </summary>
public static class TravellerPdf
{
    /// <summary>Points per millimetre (PDF units are 1/72 inch).</summary>
    private const float Mm = 72f / 25.4f;

    public static readonly SKSize A4 = new(210 * Mm, 297 * Mm);

    public static readonly SKSize Label = new(100 * Mm, 60 * Mm);

    public static byte[] Render(TravellerSheet sheet, TravellerSize size, IStringLocalizer text)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = sheet.Order.Number, Creator = "Workshop MES" }))
        {
            using var typeface = KoreanFont.Typeface();
            if (size == TravellerSize.Label)
            {
                DrawLabel(document.BeginPage(Label.Width, Label.Height), sheet, typeface, text);
            }
            else
            {
                DrawA4(document.BeginPage(A4.Width, A4.Height), sheet, typeface, text);
            }

            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    private static void DrawLabel(SKCanvas canvas, TravellerSheet sheet, SKTypeface typeface, IStringLocalizer text)
    {
        var order = sheet.Order;
        DrawQr(canvas, QrMatrix.For(sheet.OrderPayload), 4 * Mm, 4 * Mm, 40 * Mm);
        using var big = Font(typeface, 14);
        using var small = Font(typeface, 9);
        using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var x = 48 * Mm;
        canvas.DrawText(order.Number, x, 10 * Mm, SKTextAlign.Left, big, paint);
        canvas.DrawText(Fit(order.ProductName, 24), x, 17 * Mm, SKTextAlign.Left, small, paint);
        canvas.DrawText(order.ProductCode, x, 22 * Mm, SKTextAlign.Left, small, paint);
        canvas.DrawText($"{text["WorkOrders.Quantity"]}: {Number(order.Quantity)} {order.Unit}", x, 29 * Mm, SKTextAlign.Left, small, paint);
        canvas.DrawText($"{text["WorkOrders.DueDate"]}: {order.DueDate:yyyy-MM-dd}", x, 35 * Mm, SKTextAlign.Left, small, paint);
        canvas.DrawText(sheet.OrderPayload, 4 * Mm, 52 * Mm, SKTextAlign.Left, small, paint);
    }

    private static void DrawA4(SKCanvas canvas, TravellerSheet sheet, SKTypeface typeface, IStringLocalizer text)
    {
        var order = sheet.Order;
        using var title = Font(typeface, 20);
        using var body = Font(typeface, 10);
        using var small = Font(typeface, 8);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var line = new SKPaint { Color = SKColors.Black, IsStroke = true, StrokeWidth = 0.6f };
        var left = 15 * Mm;
        var right = A4.Width - (15 * Mm);

        canvas.DrawText(text["Traveller.Title"], left, 22 * Mm, SKTextAlign.Left, title, ink);
        canvas.DrawText(sheet.WorkshopName, left, 28 * Mm, SKTextAlign.Left, small, ink);
        var y = 38 * Mm;
        foreach (var (label, value) in new[]
        {
            (text["WorkOrders.Number"].Value, order.Number),
            (text["WorkOrders.Product"].Value, $"{order.ProductCode} {order.ProductName}"),
            (text["WorkOrders.Quantity"].Value, $"{Number(order.Quantity)} {order.Unit}"),
            (text["WorkOrders.DueDate"].Value, order.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            (text["WorkOrders.Priority"].Value, text[$"Priority.{order.Priority}"].Value),
            (text["WorkOrders.Customer"].Value, order.CustomerName ?? text["WorkOrders.ForStock"].Value),
        })
        {
            canvas.DrawText(label, left, y, SKTextAlign.Left, small, ink);
            canvas.DrawText(Fit(value, 60), left + (25 * Mm), y, SKTextAlign.Left, body, ink);
            y += 6 * Mm;
        }

        DrawQr(canvas, QrMatrix.For(sheet.OrderPayload), right - (38 * Mm), 14 * Mm, 38 * Mm);

        y += 4 * Mm;
        canvas.DrawText(text["Traveller.Steps"], left, y, SKTextAlign.Left, body, ink);
        y += 3 * Mm;
        float[] columns = [left, left + (18 * Mm), left + (30 * Mm), left + (70 * Mm), left + (105 * Mm), left + (122 * Mm), left + (137 * Mm), left + (157 * Mm), right];
        string[] headers =
        [
            text["Traveller.StepQr"], text["Traveller.Sequence"], text["Traveller.Operation"], text["Traveller.Workstation"], text["Traveller.Minutes"],
            text["Traveller.Inspection"], text["Traveller.GoodScrap"], text["Traveller.Signature"],
        ];
        var rowHeight = 18 * Mm;
        DrawRow(canvas, columns, y, 7 * Mm, headers, small, ink, line);
        y += 7 * Mm;
        foreach (var step in order.Steps)
        {
            if (y + rowHeight > A4.Height - (60 * Mm))
            {
                break;
            }

            DrawRow(
                canvas,
                columns,
                y,
                rowHeight,
                ["", step.Sequence.ToString(CultureInfo.InvariantCulture), Fit(step.Operation, 18), Fit(step.WorkstationName, 16), Number(step.PlannedMinutes), step.RequiresInspection ? "☐" : "-", "", ""],
                body,
                ink,
                line);
            DrawQr(canvas, QrMatrix.For(sheet.StepPayload(step.Sequence)), columns[0] + (1 * Mm), y + (1 * Mm), rowHeight - (2 * Mm));
            y += rowHeight;
        }

        y += 8 * Mm;
        canvas.DrawText(text["Traveller.Materials"], left, y, SKTextAlign.Left, body, ink);
        y += 3 * Mm;
        float[] materialColumns = [left, left + (35 * Mm), left + (115 * Mm), right];
        DrawRow(canvas, materialColumns, y, 7 * Mm, [text["Traveller.ItemCode"], text["Traveller.ItemName"], text["Traveller.Required"]], small, ink, line);
        y += 7 * Mm;
        foreach (var material in order.Materials.Take(8))
        {
            DrawRow(canvas, materialColumns, y, 7 * Mm, [material.ItemCode, Fit(material.ItemName, 40), $"{Number(material.RequiredQuantity)} {material.Unit}"], body, ink, line);
            y += 7 * Mm;
        }
    }

    private static void DrawRow(SKCanvas canvas, float[] columns, float top, float height, string[] cells, SKFont font, SKPaint ink, SKPaint line)
    {
        canvas.DrawRect(columns[0], top, columns[^1] - columns[0], height, line);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                canvas.DrawLine(columns[i], top, columns[i], top + height, line);
            }

            canvas.DrawText(cells[i], columns[i] + (1.5f * Mm), top + (height / 2) + (font.Size / 3), SKTextAlign.Left, font, ink);
        }
    }

    /// <summary>Each dark module as a filled square, so the code stays sharp at any print size.</summary>
    private static void DrawQr(SKCanvas canvas, QrMatrix matrix, float x, float y, float size)
    {
        var module = size / matrix.Size;
        using var dark = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var row = 0; row < matrix.Size; row++)
        {
            for (var column = 0; column < matrix.Size; column++)
            {
                if (matrix[row, column])
                {
                    canvas.DrawRect(x + (column * module), y + (row * module), module, module, dark);
                }
            }
        }
    }

    private static SKFont Font(SKTypeface typeface, float size) => new(typeface, size);

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Fit(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
