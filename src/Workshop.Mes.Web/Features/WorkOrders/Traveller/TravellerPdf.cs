using System.Globalization;
using Microsoft.Extensions.Localization;
using SkiaSharp;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.WorkOrders.Traveller;

internal enum TravellerSize
{
    A4,
    Label,
}

/// <summary>
/// The traveller as a PDF drawn with SkiaSharp: A4 with the header, the order's QR code, one QR code per step and
/// columns to sign and count, and the materials, on as many pages as they need; or a 100 × 60 mm label with just
/// what a bin needs.
/// </summary>
internal static class TravellerPdf
{
    private const float Mm = Pdf.Mm;

    public static readonly SKSize A4 = Pdf.A4;

    public static readonly SKSize Label = new(100 * Mm, 60 * Mm);

    /// <summary>A table's title line and its row of column headings.</summary>
    private const float TableHead = (3 + 7) * Mm;

    public static byte[] Render(TravellerSheet sheet, TravellerSize size, IStringLocalizer text)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = sheet.Order.Number, Creator = "Workshop MES" }))
        {
            using var typeface = KoreanFont.Typeface();
            if (size == TravellerSize.Label)
            {
                DrawLabel(document.BeginPage(Label.Width, Label.Height), sheet, typeface, text);
                document.EndPage();
            }
            else
            {
                DrawA4(document, sheet, typeface, text);
            }

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
        canvas.DrawText(Pdf.Fit(order.ProductName, 24), x, 17 * Mm, SKTextAlign.Left, small, paint);
        canvas.DrawText(order.ProductCode, x, 22 * Mm, SKTextAlign.Left, small, paint);
        canvas.DrawText($"{text["WorkOrders.Quantity"]}: {Number(order.Quantity)} {order.Unit}", x, 29 * Mm, SKTextAlign.Left, small, paint);
        canvas.DrawText($"{text["WorkOrders.DueDate"]}: {order.DueDate:yyyy-MM-dd}", x, 35 * Mm, SKTextAlign.Left, small, paint);
        canvas.DrawText(sheet.OrderPayload, 4 * Mm, 52 * Mm, SKTextAlign.Left, small, paint);
    }

    /// <summary>
    /// As many pages as the steps and materials need (<see cref="TravellerPages"/>): each page repeats the order's
    /// header and QR code, a table that continues says so and repeats its column headings, and every page is numbered.
    /// </summary>
    private static void DrawA4(SKDocument document, TravellerSheet sheet, SKTypeface typeface, IStringLocalizer text)
    {
        var order = sheet.Order;
        using var pen = new PdfPen(typeface, titleSize: 20);
        var left = 15 * Mm;
        var right = A4.Width - (15 * Mm);
        TravellerTable[] tables = [new(order.Steps.Count, 18 * Mm, TableHead, 0), new(order.Materials.Count, 7 * Mm, TableHead, 8 * Mm)];
        var pages = TravellerPages.Of(tables, 78 * Mm, A4.Height - (17 * Mm));
        for (var page = 0; page < pages.Count; page++)
        {
            var canvas = document.BeginPage(A4.Width, A4.Height);
            DrawA4Header(canvas, sheet, pen, text, left, right);
            foreach (var slice in pages[page])
            {
                var title = slice.Table == 0 ? text["Traveller.Steps"].Value : text["Traveller.Materials"].Value;
                canvas.DrawText(slice.From > 0 ? $"{title} {text["Traveller.Continued"]}" : title, left, slice.Top, SKTextAlign.Left, pen.Body, pen.Ink);
                var top = slice.Top + (3 * Mm);
                if (slice.Table == 0)
                {
                    DrawSteps(canvas, sheet, slice, top, pen, text, left, right);
                }
                else
                {
                    DrawMaterials(canvas, order, slice, top, pen, text, left, right);
                }
            }

            canvas.DrawText($"{order.Number} · {text["Traveller.PageOf", page + 1, pages.Count]}", right, A4.Height - (10 * Mm), SKTextAlign.Right, pen.Small, pen.Ink);
            document.EndPage();
        }
    }

    private static void DrawA4Header(SKCanvas canvas, TravellerSheet sheet, PdfPen pen, IStringLocalizer text, float left, float right)
    {
        var order = sheet.Order;
        canvas.DrawText(text["Traveller.Title"], left, 22 * Mm, SKTextAlign.Left, pen.Title, pen.Ink);
        canvas.DrawText(sheet.WorkshopName, left, 28 * Mm, SKTextAlign.Left, pen.Small, pen.Ink);
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
            canvas.DrawText(label, left, y, SKTextAlign.Left, pen.Small, pen.Ink);
            canvas.DrawText(Pdf.Fit(value, 60), left + (25 * Mm), y, SKTextAlign.Left, pen.Body, pen.Ink);
            y += 6 * Mm;
        }

        DrawQr(canvas, QrMatrix.For(sheet.OrderPayload), right - (38 * Mm), 14 * Mm, 38 * Mm);
    }

    private static void DrawSteps(SKCanvas canvas, TravellerSheet sheet, TravellerSlice slice, float top, PdfPen pen, IStringLocalizer text, float left, float right)
    {
        float[] columns = [left, left + (18 * Mm), left + (30 * Mm), left + (70 * Mm), left + (105 * Mm), left + (122 * Mm), left + (137 * Mm), left + (157 * Mm), right];
        string[] headers =
        [
            text["Traveller.StepQr"], text["Traveller.Sequence"], text["Traveller.Operation"], text["Traveller.Workstation"], text["Traveller.Minutes"],
            text["Traveller.Inspection"], text["Traveller.GoodScrap"], text["Traveller.Signature"],
        ];
        var rowHeight = 18 * Mm;
        Pdf.Row(canvas, columns, top, 7 * Mm, headers, pen.Small, pen.Ink, pen.Rule);
        var y = top + (7 * Mm);
        foreach (var step in sheet.Order.Steps.Take(slice.To).Skip(slice.From))
        {
            Pdf.Row(
                canvas,
                columns,
                y,
                rowHeight,
                ["", step.Sequence.ToString(CultureInfo.InvariantCulture), Pdf.Fit(step.Operation, 18), Pdf.Fit(step.WorkstationName, 16), Number(step.PlannedMinutes), step.RequiresInspection ? "" : "-", "", ""],
                pen.Body,
                pen.Ink,
                pen.Rule);
            if (step.RequiresInspection)
            {
                // A box to tick, drawn: the Korean font has no ☐, and its missing-glyph box looks already ticked.
                canvas.DrawRect(columns[5] + (1.5f * Mm), y + (rowHeight / 2) - (2 * Mm), 4 * Mm, 4 * Mm, pen.Rule);
            }

            DrawQr(canvas, QrMatrix.For(sheet.StepPayload(step.Sequence)), columns[0] + (1 * Mm), y + (1 * Mm), rowHeight - (2 * Mm));
            y += rowHeight;
        }
    }

    private static void DrawMaterials(SKCanvas canvas, WorkOrderDetail order, TravellerSlice slice, float top, PdfPen pen, IStringLocalizer text, float left, float right)
    {
        float[] columns = [left, left + (35 * Mm), left + (115 * Mm), right];
        Pdf.Row(canvas, columns, top, 7 * Mm, [text["Traveller.ItemCode"], text["Traveller.ItemName"], text["Traveller.Required"]], pen.Small, pen.Ink, pen.Rule);
        var y = top + (7 * Mm);
        foreach (var material in order.Materials.Take(slice.To).Skip(slice.From))
        {
            Pdf.Row(canvas, columns, y, 7 * Mm, [material.ItemCode, Pdf.Fit(material.ItemName, 40), $"{Number(material.RequiredQuantity)} {material.Unit}"], pen.Body, pen.Ink, pen.Rule);
            y += 7 * Mm;
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
}
