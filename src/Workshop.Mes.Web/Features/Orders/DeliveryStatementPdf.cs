using Microsoft.Extensions.Localization;
using SkiaSharp;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>
/// The delivery statement (거래명세서) on A4 in the usual Korean layout (ADR 0077): title, number and date, the
/// supplier's and the customer's boxes side by side, the total in won, the table of 품목 · 규격 · 수량 · 단위 · 단가 ·
/// 공급가액 · 세액 · 비고 (the lots) with its totals, and a box for the person receiving to sign. Long shipments
/// continue on further pages, the totals and the signature box on the last.
/// </summary>
internal static class DeliveryStatementPdf
{
    private const float Mm = Pdf.Mm;
    private const float Left = 15 * Mm;
    private const float RowHeight = 8 * Mm;
    private const int RowsPerPage = 15;
    private static readonly float _right = Pdf.A4.Width - (15 * Mm);

    public static byte[] Render(DeliveryStatement statement, IStringLocalizer text)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = $"{text["Shipments.Statement"]} {statement.Number}", Creator = "Workshop MES" }))
        {
            using var typeface = KoreanFont.Typeface();
            using var pen = new PdfPen(typeface, titleSize: 22);
            var pages = statement.Lines.Chunk(RowsPerPage).DefaultIfEmpty([]).ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(Pdf.A4.Width, Pdf.A4.Height);
                var sheet = new Sheet(canvas, pen, text, statement);
                var y = sheet.Header();
                y = sheet.Parties(y);
                y = sheet.TotalAmount(y);
                y = sheet.Table(pages[i], y, last: i == pages.Count - 1);
                if (i == pages.Count - 1)
                {
                    sheet.Signature(y);
                }

                sheet.Footer(i + 1, pages.Count);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }

    // No emboldened fonts: SkiaSharp embeds each as a whole Type 3 font of megabytes; size sets the weight instead.
    private sealed class Sheet(SKCanvas canvas, PdfPen pen, IStringLocalizer text, DeliveryStatement statement)
    {
        public float Header()
        {
            canvas.DrawText(text["Shipments.Statement"], Pdf.A4.Width / 2, 24 * Mm, SKTextAlign.Center, pen.Title, pen.Ink);
            canvas.DrawLine((Pdf.A4.Width / 2) - (32 * Mm), 26.5f * Mm, (Pdf.A4.Width / 2) + (32 * Mm), 26.5f * Mm, pen.Rule);
            canvas.DrawText($"{text["Shipments.Statement.Number"]} {statement.Number}", Left, 36 * Mm, SKTextAlign.Left, pen.Body, pen.Ink);
            canvas.DrawText($"{text["Orders.Number"]} {statement.OrderNumber}", Left + (60 * Mm), 36 * Mm, SKTextAlign.Left, pen.Body, pen.Ink);
            canvas.DrawText($"{text["Shipments.Statement.Date"]} {Formats.Date(statement.ShippedOn)}", _right, 36 * Mm, SKTextAlign.Right, pen.Body, pen.Ink);
            return 40 * Mm;
        }

        /// <summary>공급자 on the left, 공급받는자 on the right; what the app does not know is left blank to write in.</summary>
        public float Parties(float top)
        {
            var half = (_right - Left - (4 * Mm)) / 2;
            Party(Left, top, half, text["Shipments.Statement.Supplier"], statement.SupplierName);
            return Party(Left + half + (4 * Mm), top, half, text["Shipments.Statement.Customer"], statement.CustomerName) + (5 * Mm);
        }

        public float TotalAmount(float top)
        {
            var height = 11 * Mm;
            var labelRight = Left + (45 * Mm);
            using var shade = new SKPaint { Color = new SKColor(0xee, 0xee, 0xee) };
            canvas.DrawRect(Left, top, labelRight - Left, height, shade);
            canvas.DrawRect(Left, top, _right - Left, height, pen.Rule);
            canvas.DrawLine(labelRight, top, labelRight, top + height, pen.Rule);
            canvas.DrawText(text["Shipments.Statement.TotalAmount"], Left + (2 * Mm), Pdf.Baseline(top, height, pen.Body), SKTextAlign.Left, pen.Body, pen.Ink);
            var total = statement.Total is { } sum ? Formats.Money(text, sum.Supply + sum.Tax) : string.Empty;
            canvas.DrawText(total, labelRight + (4 * Mm), Pdf.Baseline(top, height, pen.Large), SKTextAlign.Left, pen.Large, pen.Ink);
            canvas.DrawText(text["Shipments.Statement.TotalNote"], _right - (2 * Mm), Pdf.Baseline(top, height, pen.Small), SKTextAlign.Right, pen.Small, pen.Grey);
            return top + height + (5 * Mm);
        }

        public float Table(IReadOnlyList<DeliveryStatementLine> lines, float top, bool last)
        {
            float[] widths = [40, 24, 15, 11, 20, 23, 18];
            var columns = new float[widths.Length + 2];
            columns[0] = Left;
            for (var i = 0; i < widths.Length; i++)
            {
                columns[i + 1] = columns[i] + (widths[i] * Mm);
            }

            columns[^1] = _right;
            string[] headings =
            [
                text["Shipments.Statement.Item"], text["Shipments.Statement.Spec"], text["Orders.Quantity"], text["Shipments.Statement.Unit"],
                text["Shipments.Statement.UnitPrice"], text["Shipments.Statement.Supply"], text["Shipments.Statement.Tax"], text["Shipments.Statement.Remarks"],
            ];
            Pdf.Row(canvas, columns, top, RowHeight, headings, pen.Small, pen.Ink, pen.Rule, 2, 4, 5, 6);
            var y = top + RowHeight;
            foreach (var line in lines)
            {
                var amount = line.Amount;
                string[] cells =
                [
                    Pdf.Fit(line.ItemName, 20), Pdf.Fit(line.ItemCode, 14), Formats.Number(line.Quantity), Formats.Unit(text, line.Unit),
                    line.UnitPrice is { } price ? Formats.Money(text, price) : string.Empty,
                    amount is { } a ? Formats.Money(text, a.Supply) : string.Empty,
                    amount is { } t ? Formats.Money(text, t.Tax) : string.Empty,
                    Remarks(line, columns[^1] - columns[^2] - (3 * Mm)),
                ];
                Pdf.Row(canvas, columns, y, RowHeight, cells, pen.Small, pen.Ink, pen.Rule, 2, 4, 5, 6);
                y += RowHeight;
            }

            // Empty ruled rows, as on the paper form, so a short statement still reads as one.
            for (var blank = lines.Count; blank < 5; blank++)
            {
                Pdf.Row(canvas, columns, y, RowHeight, [.. headings.Select(_ => string.Empty)], pen.Small, pen.Ink, pen.Rule);
                y += RowHeight;
            }

            if (!last)
            {
                return y;
            }

            var total = statement.Total;
            string[] sums = [text["Shipments.Statement.Sum"], "", "", "", "", total is { } s ? Formats.Money(text, s.Supply) : "", total is { } v ? Formats.Money(text, v.Tax) : "", ""];
            Pdf.Row(canvas, columns, y, RowHeight, sums, pen.Small, pen.Ink, pen.Rule, 5, 6);
            y += RowHeight + (5 * Mm);
            if (statement.Lines.Any(l => l.Amount is null))
            {
                canvas.DrawText(text["Shipments.Statement.NoPrice"], Left, y, SKTextAlign.Left, pen.Small, pen.Grey);
                y += 5 * Mm;
            }

            return Lots(y + (2 * Mm));
        }

        /// <summary>Every lot that left, by item, with its quantity, wrapped to the page's width.</summary>
        private float Lots(float top)
        {
            canvas.DrawText(text["Shipments.Statement.Lots"], Left, top, SKTextAlign.Left, pen.Body, pen.Ink);
            var y = top + (5 * Mm);
            foreach (var line in statement.Lines.Where(l => l.Lots.Count > 0))
            {
                var lots = string.Join(", ", line.Lots.Select(l => $"{l.LotNumber} × {Formats.Quantity(text, l.Quantity, line.Unit)}"));
                foreach (var part in Wrap($"{line.ItemName} ({line.ItemCode}): {lots}", _right - Left, pen.Small))
                {
                    canvas.DrawText(part, Left, y, SKTextAlign.Left, pen.Small, pen.Ink);
                    y += 4.5f * Mm;
                }
            }

            return y + (6 * Mm);
        }

        /// <summary>The lots in the 비고 cell when they fit, else how many there are (all are listed under the table).</summary>
        private string Remarks(DeliveryStatementLine line, float width)
        {
            var lots = string.Join(", ", line.Lots.Select(l => l.LotNumber));
            return pen.Small.MeasureText(lots) <= width ? lots : text["Shipments.Statement.LotsBelow", line.Lots.Count];
        }

        /// <summary>Text broken at spaces into lines no wider than the width.</summary>
        private static IEnumerable<string> Wrap(string value, float width, SKFont font)
        {
            var current = string.Empty;
            foreach (var word in value.Split(' '))
            {
                var next = current.Length == 0 ? word : $"{current} {word}";
                if (current.Length > 0 && font.MeasureText(next) > width)
                {
                    yield return current;
                    next = word;
                }

                current = next;
            }

            if (current.Length > 0)
            {
                yield return current;
            }
        }

        /// <summary>The box the person receiving the goods signs: 인수자 and a place for the seal.</summary>
        public void Signature(float top)
        {
            var width = 80 * Mm;
            var height = 16 * Mm;
            var x = _right - width;
            canvas.DrawRect(x, top, width, height, pen.Rule);
            canvas.DrawLine(x + (22 * Mm), top, x + (22 * Mm), top + height, pen.Rule);
            canvas.DrawText(text["Shipments.Statement.ReceivedBy"], x + (11 * Mm), Pdf.Baseline(top, height, pen.Body), SKTextAlign.Center, pen.Body, pen.Ink);
            canvas.DrawText(text["Shipments.Statement.Seal"], _right - (3 * Mm), Pdf.Baseline(top, height, pen.Small), SKTextAlign.Right, pen.Small, pen.Grey);
        }

        public void Footer(int page, int pages) =>
            canvas.DrawText($"{statement.SupplierName} · {statement.Number} · {text["Traveller.PageOf", page, pages]}", _right, Pdf.A4.Height - (10 * Mm), SKTextAlign.Right, pen.Tiny, pen.Grey);

        /// <summary>A party's box: its heading, then 상호 with the name and the lines the workshop fills in by hand.</summary>
        private float Party(float x, float top, float width, string heading, string name)
        {
            var labelWidth = 22 * Mm;
            var rowHeight = 7 * Mm;
            using var shade = new SKPaint { Color = new SKColor(0xee, 0xee, 0xee) };
            canvas.DrawRect(x, top, width, rowHeight, shade);
            canvas.DrawRect(x, top, width, rowHeight, pen.Rule);
            canvas.DrawText(heading, x + (width / 2), Pdf.Baseline(top, rowHeight, pen.Body), SKTextAlign.Center, pen.Body, pen.Ink);
            (string Label, string Value)[] rows =
            [
                (text["Shipments.Statement.RegistrationNo"], ""),
                (text["Shipments.Statement.TradeName"], Pdf.Fit(name, 26)),
                (text["Shipments.Statement.Representative"], ""),
                (text["Shipments.Statement.Address"], ""),
                (text["Shipments.Statement.Phone"], ""),
            ];
            var y = top + rowHeight;
            foreach (var (label, value) in rows)
            {
                Pdf.Row(canvas, [x, x + labelWidth, x + width], y, rowHeight, [label, value], pen.Small, pen.Ink, pen.Rule);
                y += rowHeight;
            }

            return y;
        }
    }
}
