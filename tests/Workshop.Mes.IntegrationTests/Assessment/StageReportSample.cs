using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Assessment;
using Workshop.Mes.Web.Features.Assessment.Reports;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// A stage report written by hand after ASSESSMENT.md §8.7: a print shop at stage 2.63, blocked by S3-DC-01 (median
/// entry delay 300 minutes, 60 % back-filled), with all 42 indicators of the catalogue, peers, verifications and a roadmap.
/// </summary>
internal static class StageReportSample
{
    public static StageReportDocument PrintShop(string name = "을지로 인쇄소")
    {
        var catalogue = CatalogueFile.Stage;
        var indicators = catalogue.Indicators.Select(Indicator).ToList();
        var assessedAt = new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
        return new StageReportDocument(
            new ReportWorkshopDocument(name, "euljiro-print", "C181 인쇄업", 5, 120, "을지로 인쇄", "Small", true),
            new ReportProvenance(Guid.Parse("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"), "SA-2611-0002", assessedAt, "김진단 컨설턴트", new DateOnly(2026, 8, 2), new DateOnly(2026, 11, 30),
                catalogue.Version, "9f2c61d0a4b7", assessedAt.AddDays(-91), 2.31),
            2, 2.63, 47.1, 0.78, "Medium", ["S3-DC-01"],
            [.. Enumerable.Range(1, 5).Select(Gate)],
            [.. StageReportDocuments.DimensionNames.Select((d, i) => new DimensionDocument(
                d.Key.ToString(), d.Value, i == 4 ? 1 : 2, new[] { 2.7, 2.4, 2.63, 2.9, 1.8, 2.5 }[i], i == 4, false, 2.1 + (i * 0.05), 3.2 + (i * 0.1)))],
            [.. new[] { "Production", "Quality", "Inventory", "OrdersDelivery", "Equipment" }.SelectMany((a, r) => Enumerable.Range(1, 5)
                .Select(s => new HeatCellDocument(a, s, r == 4 && s == 1 ? null : Math.Round(Math.Max(0, 0.95 - ((s - 1) * 0.22) - (r * 0.03)), 2))))],
            indicators,
            new DataQualityDocument(true, 2, false, 0, true, ["S2-DC-04"], indicators.Count(i => i.Sufficient && !i.NotApplicable), indicators.Count(i => !i.Sufficient && !i.NotApplicable), indicators.Count(i => i.NotApplicable)),
            new KpiDocument(0.912, 0.034, 6.4, 0.93, 11.25),
            new KpiDocument(0.85, 0.051, 8.1, null, 9.8),
            [.. Enumerable.Range(0, 12).Select(w => new StagePointDocument(new DateOnly(2026, 9, 7).AddDays(7 * w), w < 4 ? 1 : 2, w < 4 ? 1.8 + (w * 0.05) : 2.3 + (w * 0.03), 40 + w))],
            new SelfVersusDataDocument(["S3-DC-01", "S3-OI-01"], ["S2-DC-02"], 0.21),
            [Roadmap(catalogue.Indicator("S3-DC-01"), "Now", 0.30, Band.L), Roadmap(catalogue.Indicator("S3-OI-01"), "Now", 0.62, Band.F),
                Roadmap(catalogue.Indicator("S3-OI-02"), "Next", 0.55, Band.F), Roadmap(catalogue.Indicator("S4-DC-01"), "Later", 0.1, Band.L)],
            new PeerDocument("C18 · 5–9명 · 을지로 인쇄", 23, false, 61, 55, 2.2, 3.1),
            [new VerificationDocument("S1-SL-02", 4, 1.0, "대표가 매주 월요일 오전에 작업 기록을 검토하는 것을 확인했습니다.", "김진단", assessedAt.AddDays(-2), "회의록.jpg"),
                new VerificationDocument("S1-PC-01", 3, 0.7, "작업자 3명 중 2명이 태블릿 사용법을 익혔습니다.", "김진단", assessedAt.AddDays(-2), null)],
            [new GoalDocument("납기 지연 줄이기", "otd", 0.95m, assessedAt.AddDays(-30))],
            "현장 방문에서 기록 시점이 늦은 것을 확인했습니다. 병목 공정에 태블릿을 두면 3단계로 갈 수 있습니다.");
    }

    private static StageGateDocument Gate(int stage)
    {
        var musts = CatalogueFile.Stage.OfStage(stage).Where(i => i.Must).Select(i => new GateMust(i.Id, Achievement(i), BandFor(i).ToString(), Achievement(i) >= 0.5)).ToList();
        double[] means = [0.9, 0.81, 0.64, 0.12, 0.02];
        return new StageGateDocument(stage, means[stage - 1], stage <= 2, stage <= 2 ? 10 : 0, 12,
            stage <= 2 ? [] : stage == 3 ? ["MustBelowPass", "MeanTooLow"] : ["MustBelowPass", "MeanTooLow", "PreviousStage"], musts);
    }

    private static double Achievement(IndicatorDefinition definition) => definition.Id switch
    {
        "S3-DC-01" => 0.30,
        "S3-OI-01" => 0.62,
        "S3-OI-02" => 0.55,
        _ => definition.Stage switch { 1 => 0.92, 2 => 0.88, 3 => 0.78, 4 => 0.1, _ => 0.0 },
    };

    private static Band BandFor(IndicatorDefinition definition) => AchievementMap.BandOf(Achievement(definition));

    private static IndicatorDocument Indicator(IndicatorDefinition definition)
    {
        var achievement = Achievement(definition);
        var notApplicable = definition.Id == "S3-OI-05";
        var measured = definition.Auto != AutoEvidence.N && definition.Stage <= 3;
        var metrics = definition.Metrics.Select((m, n) => new MetricDocument(
            m.Key, new Bilingual(m.Name.Ko, m.Name.En), m.Unit, measured ? Value(definition.Id, m) : null,
            Threshold(definition, Band.P, m.Key), Threshold(definition, Band.L, m.Key), Threshold(definition, Band.F, m.Key), m.Better.ToString())).ToList();
        double? self = definition.Id switch { "S3-DC-01" => 0.85, "S3-OI-01" => 1.0, "S2-DC-02" => 0.4, _ => definition.Stage <= 3 ? 0.7 : null };
        return new IndicatorDocument(
            definition.Id, definition.Stage, definition.Dimension.ToString(), definition.Must, definition.Area?.ToString(),
            new Bilingual(definition.Question.Ko, definition.Question.En),
            notApplicable ? 0 : achievement, BandFor(definition).ToString(), measured ? "A" : definition.Stage == 1 ? "B" : "C", notApplicable,
            measured ? 812 : 0, measured, definition.WindowDays, metrics, self is null ? null : (int)(self * 4), self,
            self is { } s && measured ? Math.Round(s - achievement, 2) : null,
            !measured && definition.Stage > 1, definition.Stage == 1 && !measured,
            notApplicable ? "Assessment.Reason.NoStockKept" : measured ? null : definition.Stage >= 4 ? "Assessment.Reason.NoForecasts" : "Assessment.Reason.AskedOnly");
    }

    private static double Value(string id, MetricSpec metric) => (id, metric.Key) switch
    {
        ("S3-DC-01", "median_latency_minutes") => 300,
        ("S3-DC-01", "backfill_share") => 0.6,
        ("S3-DC-01", "same_day_share") => 0.71,
        _ => metric.Unit == "share" ? 0.87 : Math.Round(metric.Best * 0.8, 1),
    };

    private static double? Threshold(IndicatorDefinition definition, Band band, string key) =>
        definition.Thresholds(band).TryGetValue(key, out var value) ? value : null;

    private static RoadmapDocument Roadmap(IndicatorDefinition definition, string horizon, double achievement, Band doneWhen)
    {
        var thresholds = Enumerable.Range((int)Band.P, (int)doneWhen)
            .SelectMany(b => definition.Thresholds((Band)b))
            .GroupBy(t => t.Key)
            .Select(g => g.Last())
            .Select(t => definition.Metric(t.Key))
            .Select(m => new MetricThreshold(new Bilingual(m.Name.Ko, m.Name.En), m.Unit, m.Better.ToString(), ThresholdAt(definition, m.Key, doneWhen)))
            .ToList();
        var r = definition.Roadmap;
        return new RoadmapDocument(horizon, definition.Id, new Bilingual(definition.Question.Ko, definition.Question.En), new Bilingual(r.Action.Ko, r.Action.En),
            r.Kpi, r.CostBand, r.Programme, r.Strand, Math.Round(3 * (1 - achievement) * r.Impact * r.Feasibility, 2), 3, r.Impact, r.Feasibility, achievement, new DoneWhenDocument(doneWhen.ToString(), thresholds));
    }

    private static double ThresholdAt(IndicatorDefinition definition, string key, Band upTo) =>
        Enumerable.Range((int)Band.P, (int)upTo).Select(b => Threshold(definition, (Band)b, key)).Last(v => v is not null)!.Value;
}
