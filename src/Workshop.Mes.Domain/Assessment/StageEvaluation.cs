namespace Workshop.Mes.Domain.Assessment;

/// <summary>How much of a result rests on measured evidence (§8.6).</summary>
public enum ConfidenceLevel
{
    Low,
    Medium,
    High,
}

/// <summary>One dimension's place on the ladder and whether it lags or runs ahead of the workshop (§8.3, §8.4).</summary>
public sealed record DimensionPlacement(Dimension Dimension, int Gated, double Fractional, bool Lagging, bool Island);

/// <summary>One cell of the functional-area heat map: the weighted mean achievement of an area's indicators in a stage.</summary>
public sealed record HeatCell(FunctionalArea Area, int Stage, double? Mean);

/// <summary>Everything §8 derives from one evaluation.</summary>
public sealed record StageResult(
    string CatalogueVersion,
    string RulesHash,
    IReadOnlyList<IndicatorRating> Ratings,
    StagePlacement Placement,
    IReadOnlyList<DimensionPlacement> Dimensions,
    IReadOnlyList<HeatCell> Heat,
    double Index,
    double Confidence,
    IReadOnlyList<string> Overclaims,
    IReadOnlyList<string> Underclaims,
    double? Calibration,
    IReadOnlyList<string> Falling)
{
    public ConfidenceLevel ConfidenceLevel => Confidence >= 0.8 ? ConfidenceLevel.High : Confidence >= 0.6 ? ConfidenceLevel.Medium : ConfidenceLevel.Low;

    public IndicatorRating Rating(string id) => Ratings.First(r => r.Id == id);

    /// <summary>The achievements as the gates read them: null where an indicator does not apply.</summary>
    public IReadOnlyDictionary<string, double?> Achievements => Ratings.ToDictionary(r => r.Id, r => r.NotApplicable ? null : (double?)r.Achievement);
}

/// <summary>
/// The whole of §8 for one workshop at one date: ratings (8.1), the gated and fractional stage with its blockers (8.2),
/// the dimension profile with lagging dimensions and islands (8.3–8.4), the heat map, the ungated index (8.5),
/// confidence and self-versus-data discrepancies (8.6), and the musts that are falling (§7.3, recency decay).
/// </summary>
public static class StageEvaluation
{
    public static StageResult Evaluate(StageCatalogue catalogue, IReadOnlyList<IndicatorInput> inputs, IReadOnlyList<WeeklyEvaluation> history)
    {
        var rules = catalogue.Scoring;
        var byId = inputs.ToDictionary(i => i.Id);
        var ratings = catalogue.Indicators
            .Select(i => IndicatorRating.Of(i, byId.GetValueOrDefault(i.Id) ?? new IndicatorInput(i.Id, null, null, null), rules))
            .ToList();
        var achievements = ratings.ToDictionary(r => r.Id, r => r.NotApplicable ? null : (double?)r.Achievement);

        var placement = StageScoring.Place(catalogue, achievements, history);
        var dimensions = Enum.GetValues<Dimension>().Select(d =>
        {
            var own = StageScoring.Place(catalogue, achievements, history, i => i.Dimension == d);
            return new DimensionPlacement(d, own.Gated, own.Fractional, own.Gated <= placement.Gated - 1, own.Gated >= placement.Gated + 2);
        }).ToList();

        var applicable = ratings.Where(r => !r.NotApplicable).ToList();
        var musts = Enumerable.Range(1, 5).SelectMany(s => StageGates.EffectiveMusts(catalogue, achievements, s)).ToHashSet();
        double Weight(IndicatorRating r) => musts.Contains(r.Id) ? rules.MustWeight : rules.OtherWeight;
        double Factor(EvidenceGrade g) => g switch { EvidenceGrade.A => rules.GradeA, EvidenceGrade.B => rules.GradeB, _ => rules.GradeC };
        var confidence = applicable.Count == 0 ? 0 : applicable.Sum(r => Weight(r) * Factor(r.Grade)) / applicable.Sum(Weight);

        var discrepancies = applicable.Where(r => r.Discrepancy is not null).ToList();
        return new StageResult(
            catalogue.Version,
            catalogue.RulesHash,
            ratings,
            placement,
            dimensions,
            Heat(catalogue, achievements, musts),
            Index(catalogue, achievements, musts),
            Math.Round(confidence, 3),
            discrepancies.Where(r => r.Discrepancy >= rules.OverclaimAt).Select(r => r.Id).ToList(),
            discrepancies.Where(r => r.Discrepancy <= -rules.OverclaimAt).Select(r => r.Id).ToList(),
            discrepancies.Count == 0 ? null : Math.Round(discrepancies.Average(r => Math.Abs(r.Discrepancy!.Value)), 3),
            Falling(catalogue, achievements, history, musts));
    }

    /// <summary>§8.5: 100 × Σ s_k·mean_k / Σ s_k over the stages with an applicable indicator; ungated.</summary>
    public static double Index(StageCatalogue catalogue, IReadOnlyDictionary<string, double?> achievements, IReadOnlySet<string> musts)
    {
        var weighted = 0.0;
        var weights = 0.0;
        for (var stage = 1; stage <= 5; stage++)
        {
            var applicable = catalogue.OfStage(stage).Where(i => achievements.GetValueOrDefault(i.Id, 0) is not null).ToList();
            if (applicable.Count == 0)
            {
                continue;
            }

            var s = catalogue.Scoring.IndexWeights[stage - 1];
            weighted += s * StageGates.WeightedMean(applicable, musts, achievements.ToDictionary(a => a.Key, a => a.Value), catalogue.Scoring);
            weights += s;
        }

        return weights == 0 ? 0 : Math.Round(100 * weighted / weights, 1);
    }

    private static List<HeatCell> Heat(StageCatalogue catalogue, IReadOnlyDictionary<string, double?> achievements, IReadOnlySet<string> musts) =>
        (from area in Enum.GetValues<FunctionalArea>()
         from stage in Enumerable.Range(1, 5)
         let cell = catalogue.OfStage(stage).Where(i => i.Area == area && achievements.GetValueOrDefault(i.Id, 0) is not null).ToList()
         select new HeatCell(area, stage, cell.Count == 0 ? null : Math.Round(StageGates.WeightedMean(cell, musts, achievements.ToDictionary(a => a.Key, a => a.Value), catalogue.Scoring), 3)))
        .ToList();

    /// <summary>
    /// Recency decay (§7.3): a must that was at L or better in the look-back and has stayed below L in every weekly
    /// evaluation of the last 30 days, and now, so a stage cannot be banked.
    /// </summary>
    private static List<string> Falling(StageCatalogue catalogue, IReadOnlyDictionary<string, double?> achievements, IReadOnlyList<WeeklyEvaluation> history, IReadOnlySet<string> musts)
    {
        var rules = catalogue.Scoring;
        var ordered = history.OrderByDescending(w => w.WeekOf).ToList();
        if (ordered.Count == 0)
        {
            return [];
        }

        var newest = ordered[0].WeekOf;
        var recent = ordered.Where(w => w.WeekOf > newest.AddDays(-rules.DecayDays)).ToList();
        var earlier = ordered.Skip(recent.Count).Take(rules.HighStabilityWeeks).ToList();
        return musts.Order(StringComparer.Ordinal)
            .Where(id => achievements.GetValueOrDefault(id) is { } now && now < rules.MustPass)
            .Where(id => recent.All(w => (w.Achievements.GetValueOrDefault(id) ?? 1) < rules.MustPass))
            .Where(id => earlier.Any(w => w.Achievements.GetValueOrDefault(id) >= rules.MustPass))
            .ToList();
    }
}
