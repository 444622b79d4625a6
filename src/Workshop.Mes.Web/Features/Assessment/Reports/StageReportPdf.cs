using Microsoft.Extensions.Localization;
using SkiaSharp;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>
/// The stage report as an A4 PDF (§11, ADR 0081), in the reader's language (Korean first): the fourteen sections of
/// <see cref="StageReportPages"/> drawn with SkiaSharp in the Korean font, charts by ScottPlot, and on every page a
/// footer with the workshop, the report's number and "n / N". Everything comes from the frozen document, so the same
/// snapshot prints the same pages.
/// </summary>
internal static class StageReportPdf
{
    public static byte[] Render(StageReportDocument report, IStringLocalizer text, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.FindSystemTimeZoneById(Tenant.DefaultTimeZone);
        var words = new StageReportText(text);
        using var pen = new PdfPen(StageReportCharts.Typeface, 20);
        using var layout = new ReportLayout(pen);
        var pages = new StageReportPages(layout, report, words, zone);
        pages.Cover();
        pages.Summary();
        pages.Ladder();
        pages.Dimensions();
        pages.Heat();
        pages.Indicators();
        pages.DataQuality();
        pages.Kpis();
        pages.SelfVersusData();
        pages.Roadmap();
        pages.Peers();
        pages.CrossWalk();
        pages.SignOff();
        pages.Method();

        var recorded = layout.Pages();
        var assessedAt = report.Provenance.AssessedAt.UtcDateTime;
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata
        {
            Title = $"{report.Workshop.Name} · {words["Title"]}",
            Creator = "Workshop MES",
            Creation = assessedAt,
            Modified = assessedAt,
        }))
        {
            var reference = report.Provenance.Number ?? words["NotFinalised"];
            for (var i = 0; i < recorded.Count; i++)
            {
                var canvas = document.BeginPage(Pdf.A4.Width, Pdf.A4.Height);
                canvas.DrawPicture(recorded[i]);
                var baseline = Pdf.A4.Height - (9 * Pdf.Mm);
                canvas.DrawLine(ReportLayout.Left, baseline - (4 * Pdf.Mm), ReportLayout.Right, baseline - (4 * Pdf.Mm), pen.Line);
                canvas.DrawText($"{report.Workshop.Name} · {reference}", ReportLayout.Left, baseline, SKTextAlign.Left, pen.Small, pen.Grey);
                canvas.DrawText($"{i + 1} / {recorded.Count}", ReportLayout.Right, baseline, SKTextAlign.Right, pen.Small, pen.Grey);
                document.EndPage();
            }

            document.Close();
        }

        return stream.ToArray();
    }
}
