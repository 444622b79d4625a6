using System.Globalization;
using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>The cross-walk, the consultant's notes and sign-off, and the method (§11 items 12–14).</summary>
internal sealed partial class StageReportPages
{
    /// <summary>
    /// ASSESSMENT.md §3: our stages beside acatech, SIRI, KOSMO, the 수준확인/MOTIE levels, ISA-95 and the EU DMA, as
    /// the frameworks name themselves (so the same in both languages).
    /// </summary>
    public static readonly IReadOnlyList<string[]> CrossWalkRows =
    [
        ["pre-stage (not in model)", "0 Undefined → 1 Defined", "ICT 미적용", "L1 점검 (수기)", "none", "0–25"],
        ["1 Computerisation", "1 Defined → 2 Digital (silos)", "기초 (실적 집계, Lot tracking)", "L1 → L2", "L3 functions partly, stand-alone", "25–45"],
        ["2 Connectivity + 3 Visibility", "3 Integrated / Visible-Diagnostic", "중간1 (실시간 모니터링·품질분석)", "L2 모니터링 → L3", "L3 ↔ L4 linked", "45–65"],
        ["4 Transparency + 5 Predictive capacity", "4 Automated / Predictive", "중간2 → 고도화 (빅데이터 진단)", "L3 분석·제어 → L4 최적화", "L0–L2 data in L3 analytics", "65–85"],
        ["6 Adaptability", "5 Intelligent / Adaptive", "고도화 (CPS)", "L5 자율운영", "closed loop L4 ↔ L0", "85–100"],
    ];

    public void CrossWalk()
    {
        layout.Section(words["Section.12"]);
        layout.Paragraph(words["CrossWalk.Caveat"], layout.Pen.Body, layout.Pen.Alert);
        layout.Table(
            [20, 16, 17, 17, 14, 15, 8],
            [words["Col.OurStage"], "acatech", "SIRI", "KOSMO", words["Col.LevelCheck"], "ISA-95", "EU DMA %"],
            CrossWalkRows.Select((row, i) => new ReportRow([words.StageName(i + 1), .. row], i + 1 == report.GatedStage ? _passFill : null)),
            layout.Pen.Tiny);
        layout.Paragraph(words["CrossWalk.Note"], layout.Pen.Small, layout.Pen.Grey);
    }

    /// <summary>The indicators the consultant verified with their notes, the owner's goals, the sign-off note and where to sign.</summary>
    public void SignOff()
    {
        layout.Section(words["Section.13"]);
        layout.Heading(words["SignOff.Verifications"]);
        if (report.Verifications.Count == 0)
        {
            layout.Paragraph(words["SignOff.NoVerifications"]);
        }
        else
        {
            layout.Table(
                [14, 10, 44, 16, 14, 16],
                [words["Col.Indicator"], words["Col.Verified"], words["Col.Note"], words["Col.VerifiedBy"], words["Col.Date"], words["Col.Attachment"]],
                report.Verifications.Select(v => new ReportRow([v.Indicator, StageReportText.Fraction(v.Value), v.Note, v.VerifiedBy, words.Date(v.VerifiedAt, zone), v.AttachmentName ?? "–"])),
                layout.Pen.Small,
                1);
        }

        if (report.Goals.Count > 0)
        {
            layout.Heading(words["SignOff.Goals"]);
            layout.Table(
                [50, 20, 15, 15],
                [words["Col.Goal"], words["Col.Kpi"], words["Col.Target"], words["Col.Date"]],
                report.Goals.Select(g => new ReportRow([g.Title, words.Kpi(g.Kpi), g.Target is { } t ? Formats.Number(t) : "–", words.Date(g.ReviewedAt, zone)])),
                layout.Pen.Small,
                2);
        }

        layout.Heading(words["SignOff.Note"]);
        layout.Paragraph(string.IsNullOrWhiteSpace(report.SignOffNote) ? words["SignOff.NoNote"] : report.SignOffNote);

        layout.Block(30 * Mm, (canvas, area) =>
        {
            string[] signers = [words["SignOff.Assessor"], words["SignOff.Owner"]];
            var width = area.Width / signers.Length;
            for (var i = 0; i < signers.Length; i++)
            {
                var x = area.Left + (i * width);
                canvas.DrawText(signers[i], x, area.Top + (8 * Mm), SkiaSharp.SKTextAlign.Left, layout.Pen.Body, layout.Pen.Ink);
                canvas.DrawLine(x, area.Top + (22 * Mm), x + width - (10 * Mm), area.Top + (22 * Mm), layout.Pen.Rule);
                canvas.DrawText(words["SignOff.SignDate"], x, area.Top + (27 * Mm), SkiaSharp.SKTextAlign.Left, layout.Pen.Small, layout.Pen.Grey);
            }
        });
    }

    /// <summary>The gating rules in words with the catalogue's numbers, the weights, and every indicator's thresholds P / L / F.</summary>
    public void Method()
    {
        layout.Section(words["Section.14"]);
        var rules = CatalogueFile.Stage.Scoring;
        string N(double value) => value.ToString("0.##", CultureInfo.CurrentCulture);
        layout.Pairs([(words["Field.Model"], report.Provenance.ModelVersion), (words["Field.RulesHash"], report.Provenance.RulesHash)]);
        layout.Paragraph(words["Method.Bands"]);
        layout.Paragraph(words["Method.Rule1", StageReportText.Fraction(rules.MustPass)], indent: 2 * Mm);
        layout.Paragraph(words["Method.Rule2", StageReportText.Fraction(rules.StageMean), N(rules.MustWeight), N(rules.OtherWeight)], indent: 2 * Mm);
        layout.Paragraph(words["Method.Rule3", StageReportText.Fraction(rules.PreviousMustPass)], indent: 2 * Mm);
        layout.Paragraph(words["Method.Rule4", rules.StabilityWeeks, rules.StabilityRequired, rules.HighStabilityWeeks, rules.HighStabilityRequired], indent: 2 * Mm);
        layout.Paragraph(words["Method.Rule5"], indent: 2 * Mm);
        layout.Paragraph(words["Method.Grades", N(rules.GradeA), N(rules.GradeB), N(rules.GradeC), N(rules.GradeCMustCap), N(rules.GradeCOtherCap)]);
        layout.Paragraph(words["Method.Fractional", N(rules.BlockedFactor)]);
        layout.Paragraph(words["Method.Index", string.Join(" / ", rules.IndexWeights.Select(N))]);

        layout.Heading(words["Method.Thresholds"]);
        var rows = report.Indicators.SelectMany(i => i.Metrics.Select((m, n) => new ReportRow(
        [
            n == 0 ? i.Id : string.Empty,
            words.Of(m.Name),
            words.Value(m.P, m.Unit),
            words.Value(m.L, m.Unit),
            words.Value(m.F, m.Unit),
            words[$"Better.{m.Better}"],
        ])));
        layout.Table([15, 45, 11, 11, 11, 17], [words["Col.Indicator"], words["Col.Metric"], "P", "L", "F", words["Col.Better"]], rows, layout.Pen.Tiny, 2, 3, 4);
    }
}
