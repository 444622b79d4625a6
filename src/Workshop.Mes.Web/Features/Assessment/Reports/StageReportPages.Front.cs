using System.Globalization;
using SkiaSharp;
using Workshop.Mes.Contracts.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>The stage report's sections, one method each, in the order of §11; this part: the cover and the summary.</summary>
internal sealed partial class StageReportPages(ReportLayout layout, StageReportDocument report, StageReportText words, TimeZoneInfo zone)
{
    private const float Mm = ReportLayout.Mm;
    private static readonly SKColor _accent = new(0x59, 0x4a, 0xe2);
    private static readonly SKColor _passFill = new(0xe3, 0xf2, 0xe6);
    private static readonly SKColor _failFill = new(0xfd, 0xec, 0xea);

    /// <summary>§11 item 1: the workshop, who assessed it when, over which records, with which rules.</summary>
    public void Cover()
    {
        layout.NewPage();
        var canvas = layout.Canvas;
        using var band = new SKPaint { Color = _accent };
        canvas.DrawRect(ReportLayout.Left, layout.Y, ReportLayout.Width, 2 * Mm, band);
        layout.Y += 14 * Mm;
        canvas.DrawText(words["Title"], ReportLayout.Left, layout.Y, SKTextAlign.Left, layout.Pen.Title, layout.Pen.Ink);
        layout.Y += 12 * Mm;
        canvas.DrawText(report.Workshop.Name, ReportLayout.Left, layout.Y, SKTextAlign.Left, layout.Pen.Title, layout.Pen.Ink);
        layout.Y += 12 * Mm;
        canvas.DrawText(words.Stage(report.GatedStage, report.FractionalStage), ReportLayout.Left, layout.Y, SKTextAlign.Left, layout.Pen.Title, layout.Pen.Alert);
        layout.Y += 6 * Mm;
        layout.Paragraph(words["StageName." + Math.Clamp(report.GatedStage, 1, 5)], layout.Pen.Body, layout.Pen.Grey);
        layout.Y += 8 * Mm;

        layout.Section(words["Section.1"], newPage: false);
        var workshop = report.Workshop;
        var provenance = report.Provenance;
        layout.Pairs(
        [
            (words["Field.Workshop"], workshop.Name),
            (words["Field.Industry"], workshop.Industry),
            (words["Field.Headcount"], words["People", workshop.ProductionHeadcount]),
            (words["Field.JobsPerMonth"], workshop.JobsPerMonth.ToString("#,0", CultureInfo.CurrentCulture)),
            (words["Field.Cluster"], workshop.Cluster),
            (words["Field.SizeBand"], words[$"Size.{workshop.SizeBand}"]),
            (words["Field.Profile"], words[workshop.ProfileConfirmed ? "ProfileConfirmed" : "ProfileNotConfirmed"]),
        ]);
        layout.Pairs(
        [
            (words["Field.Assessor"], provenance.Assessor ?? "–"),
            (words["Field.AssessedAt"], words.Date(provenance.AssessedAt, zone)),
            (words["Field.Window"], words.Window(provenance.WindowFrom, provenance.WindowTo)),
            (words["Field.Model"], provenance.ModelVersion),
            (words["Field.RulesHash"], provenance.RulesHash),
            (words["Field.Number"], provenance.Number ?? words["NotFinalised"]),
            (words["Field.SnapshotId"], provenance.SnapshotId?.ToString() ?? "–"),
            (words["Field.Previous"], provenance.PreviousAssessedAt is { } previous
                ? words["PreviousValue", words.Date(previous, zone), StageReportText.Fraction(provenance.PreviousFractionalStage)]
                : words["FirstAssessment"]),
        ]);
    }

    /// <summary>§11 item 2: the stage, the index and the confidence, what blocks the next stage, strengths, gaps and the first actions.</summary>
    public void Summary()
    {
        layout.Section(words["Section.2"]);
        (string Label, string Value)[] tiles =
        [
            (words["Summary.Stage"], words.Stage(report.GatedStage, report.FractionalStage)),
            (words["Summary.Index"], report.Index.ToString("0.0", CultureInfo.CurrentCulture)),
            (words["Summary.Confidence"], words.Confidence(report)),
        ];
        layout.Block(18 * Mm, (canvas, area) =>
        {
            var width = area.Width / tiles.Length;
            for (var i = 0; i < tiles.Length; i++)
            {
                var x = area.Left + (i * width);
                canvas.DrawRect(x + 1, area.Top, width - 2, area.Height, layout.Pen.Line);
                canvas.DrawText(tiles[i].Label, x + (3 * Mm), area.Top + (6 * Mm), SKTextAlign.Left, layout.Pen.Small, layout.Pen.Grey);
                canvas.DrawText(tiles[i].Value, x + (3 * Mm), area.Top + (14 * Mm), SKTextAlign.Left, layout.Pen.Large, layout.Pen.Ink);
            }
        });

        layout.Heading(words["Summary.Blocking"]);
        if (report.Blocking.Count == 0)
        {
            layout.Paragraph(words["Summary.NoBlocking"]);
        }

        foreach (var id in report.Blocking)
        {
            layout.Paragraph($"{id} · {Question(id)}", layout.Pen.Body, layout.Pen.Alert);
        }

        var rated = report.Indicators.Where(i => !i.NotApplicable).ToList();
        layout.Heading(words["Summary.Strengths"]);
        List(rated.OrderByDescending(i => i.Achievement).ThenBy(i => i.Id, StringComparer.Ordinal).Take(3).Select(Line));

        var next = rated.Where(i => i.Stage == report.GatedStage + 1).ToList();
        layout.Heading(words["Summary.Gaps"]);
        List(next.OrderByDescending(i => i.Must).ThenBy(i => i.Achievement).ThenBy(i => i.Id, StringComparer.Ordinal).Take(3).Select(Line));

        layout.Heading(words["Summary.Actions"]);
        List(report.Roadmap.Take(3).Select(r => $"{r.Indicator} · {words.Of(r.Action)}"));
    }

    private string Line(IndicatorDocument indicator) =>
        $"{indicator.Id} ({indicator.Band} {StageReportText.Fraction(indicator.Achievement)}) · {words.Of(indicator.Question)}";

    private void List(IEnumerable<string> lines)
    {
        var any = false;
        var number = 1;
        foreach (var line in lines)
        {
            layout.Paragraph($"{number++}. {line}", indent: 2 * Mm);
            any = true;
        }

        if (!any)
        {
            layout.Paragraph(words["None"], indent: 2 * Mm);
        }
    }

    private string Question(string id) =>
        report.Indicators.FirstOrDefault(i => i.Id == id) is { } found ? words.Of(found.Question) : string.Empty;
}
