using System.Globalization;
using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>The table of all 42 indicators and the data quality and sufficiency panel (§11 items 6–7).</summary>
internal sealed partial class StageReportPages
{
    private static double OverclaimAt => CatalogueFile.Stage.Scoring.OverclaimAt;

    /// <summary>Every indicator in catalogue order, its header repeated on each page the table runs onto.</summary>
    public void Indicators()
    {
        layout.Section(words["Section.6"]);
        layout.Paragraph(words["Indicators.Legend"], layout.Pen.Small, layout.Pen.Grey);
        var rows = report.Indicators.Select(i => new ReportRow(
        [
            i.Must ? $"{i.Id} {words["Must"]}" : i.Id,
            words.Of(i.Question),
            i.NotApplicable ? "–" : $"{i.Band} {StageReportText.Fraction(i.Achievement)}",
            i.Grade,
            words.MainValue(i),
            i.Count.ToString("#,0", CultureInfo.CurrentCulture),
            words.Days(i.WindowDays),
            StageReportText.Self(i),
            words.Discrepancy(i.Discrepancy, OverclaimAt),
            words.Notes(i),
        ], Alert: report.Blocking.Contains(i.Id)));
        layout.Table(
            [15, 38, 10, 10, 31, 8, 11, 8, 11, 24],
            [words["Col.Indicator"], words["Col.Question"], words["Col.Band"], words["Col.Grade"], words["Col.Value"], words["Col.Count"], words["Col.Window"], words["Col.Self"], words["Col.Discrepancy"], words["Col.Notes"]],
            rows,
            layout.Pen.Tiny,
            5);
    }

    /// <summary>How many indicators rest on enough data, and the integrity flags in words.</summary>
    public void DataQuality()
    {
        layout.Section(words["Section.7"]);
        var quality = report.DataQuality;
        layout.Pairs(
        [
            (words["Quality.Measured"], quality.Measured.ToString(CultureInfo.CurrentCulture)),
            (words["Quality.Insufficient"], quality.Insufficient.ToString(CultureInfo.CurrentCulture)),
            (words["Quality.NotApplicable"], quality.NotApplicable.ToString(CultureInfo.CurrentCulture)),
            (words["Quality.Confidence"], words.Confidence(report)),
        ]);
        layout.Paragraph(words["Quality.Caption"], layout.Pen.Small, layout.Pen.Grey);

        layout.Heading(words["Quality.Flags"]);
        var flags = new List<string>();
        if (quality.BulkBackEntry)
        {
            flags.Add(words["Quality.BulkBackEntry", quality.BulkBatches]);
        }

        if (quality.ImpossibleSpeeds)
        {
            flags.Add(words["Quality.ImpossibleSpeeds", quality.ImpossibleSteps]);
        }

        if (quality.SingleUserCapture)
        {
            flags.Add(words["Quality.SingleUserCapture"]);
        }

        if (quality.Falling.Count > 0)
        {
            flags.Add(words["Quality.Falling", string.Join(", ", quality.Falling)]);
        }

        if (flags.Count == 0)
        {
            layout.Paragraph(words["Quality.NoFlags"]);
        }

        foreach (var flag in flags)
        {
            layout.Paragraph($"• {flag}", layout.Pen.Body, layout.Pen.Alert);
        }

        var thin = report.Indicators.Where(i => !i.Sufficient && !i.NotApplicable).ToList();
        if (thin.Count > 0)
        {
            layout.Heading(words["Quality.InsufficientList"]);
            layout.Table(
                [16, 56, 10, 12, 30],
                [words["Col.Indicator"], words["Col.Question"], words["Col.Count"], words["Col.Window"], words["Col.Notes"]],
                thin.Select(i => new ReportRow([i.Id, words.Of(i.Question), i.Count.ToString("#,0", CultureInfo.CurrentCulture), words.Days(i.WindowDays), words.Notes(i)])),
                layout.Pen.Tiny,
                2);
        }
    }
}
