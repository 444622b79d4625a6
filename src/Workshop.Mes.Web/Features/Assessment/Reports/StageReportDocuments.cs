using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>What a stage report says beyond the evaluation: who finalised it, the KPIs, the peers and the sign-off.</summary>
internal sealed record ReportExtras(
    Guid? SnapshotId,
    string? Number,
    string? Assessor,
    DateTimeOffset? PreviousAssessedAt,
    double? PreviousFractionalStage,
    KpiDocument Kpis,
    KpiDocument? PreviousKpis,
    PeerDocument? Peers,
    IReadOnlyDictionary<Dimension, (double Median, double P90)> PeerDimensions,
    string? SignOffNote);

/// <summary>Turns a <see cref="StageReport"/> into the §11 document every export writes.</summary>
internal static class StageReportDocuments
{
    public static readonly IReadOnlyDictionary<Dimension, Bilingual> DimensionNames = new Dictionary<Dimension, Bilingual>
    {
        [Dimension.SL] = new("전략·리더십", "Strategy & leadership"),
        [Dimension.PC] = new("사람·역량·문화", "People, skills & culture"),
        [Dimension.DC] = new("데이터 수집·품질", "Data capture & quality"),
        [Dimension.OI] = new("운영 통합", "Operations integration"),
        [Dimension.AD] = new("분석·의사결정", "Analytics & decision-making"),
        [Dimension.IS] = new("인프라·연결·보안", "Infrastructure, connectivity & security"),
    };

    public static StageReportDocument From(StageReport report, ReportExtras extras)
    {
        var result = report.Result;
        var catalogue = CatalogueFile.Stage;
        var musts = Enumerable.Range(1, 5).ToDictionary(s => s, s => StageGates.EffectiveMusts(catalogue, result.Achievements, s));
        return new StageReportDocument(
            new ReportWorkshopDocument(report.Workshop.Name, report.Workshop.Slug, report.Workshop.Industry, report.Workshop.ProductionHeadcount, report.Workshop.JobsPerMonth, report.Workshop.Cluster, report.Workshop.SizeBand.ToString(), report.Workshop.ProfileConfirmed),
            new ReportProvenance(extras.SnapshotId, extras.Number, report.AsOf, extras.Assessor, report.WindowFrom, report.WindowTo, report.CatalogueVersion, report.RulesHash, extras.PreviousAssessedAt, extras.PreviousFractionalStage),
            result.Placement.Gated,
            result.Placement.Fractional,
            result.Index,
            result.Confidence,
            result.ConfidenceLevel.ToString(),
            result.Placement.Blocking,
            result.Placement.Gates.Select(g => new StageGateDocument(
                g.Stage, Round(g.Mean), g.Attained, g.StableWeeks, g.WeeksLookedAt, g.Failures.Select(f => f.ToString()).ToList(),
                musts[g.Stage].Select(id => result.Rating(id)).Select(r => new GateMust(r.Id, r.Achievement, r.Band.ToString(), r.Achievement >= catalogue.Scoring.MustPass)).ToList())).ToList(),
            result.Dimensions.Select(d => new DimensionDocument(d.Dimension.ToString(), DimensionNames[d.Dimension], d.Gated, d.Fractional, d.Lagging, d.Island,
                extras.PeerDimensions.TryGetValue(d.Dimension, out var peer) ? peer.Median : null,
                extras.PeerDimensions.TryGetValue(d.Dimension, out var best) ? best.P90 : null)).ToList(),
            result.Heat.Select(h => new HeatCellDocument(h.Area.ToString(), h.Stage, h.Mean)).ToList(),
            report.Indicators.Select(Indicator).ToList(),
            new DataQualityDocument(
                report.Flags.BulkBackEntry, report.Flags.BulkBatches, report.Flags.ImpossibleSpeeds, report.Flags.ImpossibleSteps, report.Flags.SingleUserCapture, report.Flags.Falling,
                report.Indicators.Count(l => l.Measured.Sufficient && !l.Measured.NotApplicable),
                report.Indicators.Count(l => !l.Measured.Sufficient && !l.Measured.NotApplicable),
                report.Indicators.Count(l => l.Measured.NotApplicable)),
            extras.Kpis,
            extras.PreviousKpis,
            report.History.Select(p => new StagePointDocument(p.WeekOf, p.Gated, p.Fractional, p.Index)).ToList(),
            new SelfVersusDataDocument(result.Overclaims, result.Underclaims, result.Calibration),
            report.Roadmap.Select(Roadmap).ToList(),
            extras.Peers,
            report.Indicators.Where(l => l.Verification is not null).Select(l => Verification(l.Definition.Id, l.Verification!)).ToList(),
            report.Goals.Select(g => new GoalDocument(g.Title, g.Kpi, g.Target, g.ReviewedAt)).ToList(),
            extras.SignOffNote);
    }

    private static IndicatorDocument Indicator(IndicatorLine line)
    {
        var definition = line.Definition;
        var rating = line.Rating;
        return new IndicatorDocument(
            definition.Id,
            definition.Stage,
            definition.Dimension.ToString(),
            definition.Must,
            definition.Area?.ToString(),
            Text(definition.Question),
            rating.Achievement,
            rating.Band.ToString(),
            rating.Grade.ToString(),
            rating.NotApplicable,
            line.Measured.Count,
            line.Measured.Sufficient,
            definition.WindowDays,
            definition.Metrics.Select(m => new MetricDocument(
                m.Key, Text(m.Name), m.Unit, line.Measured.Values.TryGetValue(m.Key, out var value) ? value : null,
                Threshold(definition, Band.P, m.Key), Threshold(definition, Band.L, m.Key), Threshold(definition, Band.F, m.Key), m.Better.ToString())).ToList(),
            line.Self?.Step,
            line.Self?.Value,
            rating.Discrepancy,
            rating.Capped,
            rating.ConfirmOnVisit,
            line.Measured.Reason);
    }

    private static RoadmapDocument Roadmap(RoadmapItem item)
    {
        var definition = item.Indicator;
        var thresholds = Enumerable.Range((int)Band.P, (int)item.DoneWhen)
            .SelectMany(b => definition.Thresholds((Band)b))
            .GroupBy(t => t.Key)
            .Select(g => g.Last())
            .Select(t => Threshold(definition.Metric(t.Key), t.Value))
            .ToList();
        return new RoadmapDocument(
            item.Horizon.ToString(),
            definition.Id,
            Text(definition.Question),
            Text(definition.Roadmap.Action),
            definition.Roadmap.Kpi,
            definition.Roadmap.CostBand,
            definition.Roadmap.Programme,
            definition.Roadmap.Strand,
            item.Priority,
            item.GateWeight,
            item.Impact,
            item.Feasibility,
            item.Achievement,
            new DoneWhenDocument(item.DoneWhen.ToString(), thresholds));
    }

    private static MetricThreshold Threshold(MetricSpec metric, double value) => new(Text(metric.Name), metric.Unit, metric.Better.ToString(), value);

    private static VerificationDocument Verification(string indicator, VerificationLine v) =>
        new(indicator, v.Step, v.Value, v.Note, v.VerifiedBy, v.VerifiedAt, v.AttachmentName);

    private static double? Threshold(IndicatorDefinition definition, Band band, string key) =>
        definition.Thresholds(band).TryGetValue(key, out var value) ? value : null;

    private static Bilingual Text(LocalText text) => new(text.Ko, text.En);

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
