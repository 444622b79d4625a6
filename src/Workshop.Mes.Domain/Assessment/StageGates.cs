namespace Workshop.Mes.Domain.Assessment;

/// <summary>Why a stage is not attained (§8.2), in the order a consultant reads them.</summary>
public enum GateFailure
{
    /// <summary>Rule (1): a must indicator of the stage is below L.</summary>
    MustBelowPass,

    /// <summary>Rule (2): the stage's weighted mean is below 0.70.</summary>
    MeanTooLow,

    /// <summary>Rule (3): the stage below is not attained, or one of its musts is not yet F.</summary>
    PreviousStage,

    /// <summary>Rule (5): none of a "one of these" group reaches L.</summary>
    OneOfMissing,

    /// <summary>Rule (4): the gates held in too few of the recent weekly evaluations.</summary>
    NotStable,
}

/// <summary>The gate of one stage at one evaluation, before the stability rule.</summary>
public sealed record GateCheck(int Stage, double? Mean, IReadOnlyList<string> MustsBelowPass, IReadOnlyList<string> PreviousMustsBelowF, bool OneOfMet, bool PreviousAttained)
{
    public bool HasIndicators => Mean is not null;

    public bool Attained(ScoringRules rules) =>
        PreviousAttained && PreviousMustsBelowF.Count == 0 && OneOfMet && MustsBelowPass.Count == 0 && (Mean is null || Mean >= rules.StageMean);

    public IReadOnlyList<GateFailure> Failures(ScoringRules rules)
    {
        var failures = new List<GateFailure>();
        if (MustsBelowPass.Count > 0)
        {
            failures.Add(GateFailure.MustBelowPass);
        }

        if (Mean < rules.StageMean)
        {
            failures.Add(GateFailure.MeanTooLow);
        }

        if (!PreviousAttained || PreviousMustsBelowF.Count > 0)
        {
            failures.Add(GateFailure.PreviousStage);
        }

        if (!OneOfMet)
        {
            failures.Add(GateFailure.OneOfMissing);
        }

        return failures;
    }
}

/// <summary>
/// The cumulative gate of §8.2 rules (1), (2), (3) and (5) at one evaluation, over all indicators or over the subset of
/// one dimension (§8.3: a stage where the subset has no indicator passes through). Achievements are keyed by
/// indicator id; null means not applicable, which removes the indicator and lets a substitution rule name another
/// must in its place.
/// </summary>
public static class StageGates
{
    public static IReadOnlyList<GateCheck> Check(StageCatalogue catalogue, IReadOnlyDictionary<string, double?> achievements, Func<IndicatorDefinition, bool>? subset = null)
    {
        var rules = catalogue.Scoring;
        var inScope = catalogue.Indicators.Where(i => subset?.Invoke(i) ?? true).ToList();
        var counted = GateAchievements(catalogue, achievements);
        var checks = new List<GateCheck>();
        IReadOnlyList<string> previousMusts = [];
        var previousAttained = true;
        for (var stage = 1; stage <= 5; stage++)
        {
            var applicable = inScope.Where(i => i.Stage == stage && counted.GetValueOrDefault(i.Id) is not null).ToList();
            var musts = EffectiveMusts(catalogue, achievements, stage).Where(id => applicable.Any(i => i.Id == id)).ToList();
            double? mean = applicable.Count == 0 ? null : WeightedMean(applicable, musts, counted, rules);
            var oneOfMet = rules.OneOf.Where(o => o.Stage == stage)
                .Select(o => o.Ids.Where(id => applicable.Any(i => i.Id == id)).ToList())
                .Where(ids => ids.Count > 0)
                .All(ids => ids.Any(id => counted[id] >= rules.MustPass));

            var check = new GateCheck(
                stage,
                mean,
                musts.Where(id => counted[id] < rules.MustPass).ToList(),
                previousMusts.Where(id => counted[id] < rules.PreviousMustPass).ToList(),
                oneOfMet,
                previousAttained);
            checks.Add(check);
            previousAttained = check.Attained(rules);
            previousMusts = musts;
        }

        return checks;
    }

    /// <summary>The must indicators of a stage: its own that apply, plus those a substitution rule names for a must that does not.</summary>
    public static IReadOnlyList<string> EffectiveMusts(StageCatalogue catalogue, IReadOnlyDictionary<string, double?> achievements, int stage)
    {
        var own = catalogue.OfStage(stage).Where(i => i.Must && achievements.GetValueOrDefault(i.Id, 0) is not null).Select(i => i.Id);
        var substituted = catalogue.Scoring.Substitutions
            .Where(s => catalogue.Indicator(s.WhenNotApplicable).Stage == stage && achievements.TryGetValue(s.WhenNotApplicable, out var a) && a is null)
            .SelectMany(s => s.MustInstead)
            .Where(id => achievements.GetValueOrDefault(id, 0) is not null);
        return own.Concat(substituted).Distinct().ToList();
    }

    /// <summary>
    /// The achievements that count toward the gates: a prerequisite below its level (S4-DC-01, data sufficiency) makes
    /// its dimension's other indicators of that stage count as 0. Unknown indicators count as 0.
    /// </summary>
    public static IReadOnlyDictionary<string, double?> GateAchievements(StageCatalogue catalogue, IReadOnlyDictionary<string, double?> achievements)
    {
        var counted = catalogue.Indicators.ToDictionary(i => i.Id, i => achievements.TryGetValue(i.Id, out var a) ? a : 0);
        foreach (var prerequisite in catalogue.Scoring.Prerequisites)
        {
            if (counted[prerequisite.Indicator] is { } met && met >= prerequisite.AtLeast)
            {
                continue;
            }

            foreach (var held in catalogue.OfStage(prerequisite.Stage).Where(i => i.Dimension == prerequisite.Dimension && i.Id != prerequisite.Indicator && counted[i.Id] is not null))
            {
                counted[held.Id] = 0;
            }
        }

        return counted;
    }

    public static double WeightedMean(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyCollection<string> musts, IReadOnlyDictionary<string, double?> achievements, ScoringRules rules)
    {
        var weights = indicators.Select(i => (Weight: musts.Contains(i.Id) ? rules.MustWeight : rules.OtherWeight, Value: achievements[i.Id] ?? 0)).ToList();
        return weights.Sum(w => w.Weight * w.Value) / weights.Sum(w => w.Weight);
    }
}
