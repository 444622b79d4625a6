using System.Text.Json.Serialization;

namespace Workshop.Mes.Domain.Assessment;

/// <summary>The six dimensions of ASSESSMENT.md §5.1.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Dimension>))]
public enum Dimension
{
    SL,
    PC,
    DC,
    OI,
    AD,
    IS,
}

/// <summary>The functional areas of the heat map (§5.2); strategy, people and infrastructure indicators have none.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FunctionalArea>))]
public enum FunctionalArea
{
    Production,
    Quality,
    Inventory,
    OrdersDelivery,
    Equipment,
}

/// <summary>How far the product measures an indicator from the workshop's records (§6 "Auto").</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AutoEvidence>))]
public enum AutoEvidence
{
    /// <summary>Fully measured.</summary>
    Y,

    /// <summary>Existence or activity is measured; its quality needs a person.</summary>
    P,

    /// <summary>Not measurable: consultant or self-assessment only.</summary>
    N,
}

/// <summary>The answer scale of the self-assessment (§5.4): agreement for most, technology adoption (EU DMA 0–5) for stages 4–5's technology items.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AnswerScale>))]
public enum AnswerScale
{
    Agreement,
    Adoption,
}

/// <summary>Which way a metric gets better.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Better>))]
public enum Better
{
    Higher,
    Lower,
}

/// <summary>Korean and English text of one catalogue entry.</summary>
public sealed record LocalText(string Ko, string En)
{
    public string For(bool korean) => korean ? Ko : En;
}

/// <summary>
/// One measured quantity of an evidence rule: its unit for people, which way is better, and the worst and best values
/// between which the achievement is interpolated (§8.1: worst → 0, best → 1).
/// </summary>
public sealed record MetricSpec(string Key, LocalText Name, string Unit, Better Better, double Worst, double Best);

/// <summary>What an indicator's improvement item in the roadmap says and costs (§9).</summary>
public sealed record RoadmapAction(LocalText Action, string Kpi, string CostBand, string Programme, string Strand, int Impact, int Feasibility);

/// <summary>
/// One of the 42 indicators (§6). <see cref="Levels"/> holds, for P, L and F, the value each metric must reach; a
/// level is reached when its metrics and those of every lower level are met.
/// </summary>
public sealed record IndicatorDefinition(
    string Id,
    int Stage,
    Dimension Dimension,
    bool Must,
    FunctionalArea? Area,
    AutoEvidence Auto,
    LocalText Question,
    LocalText Hint,
    AnswerScale Scale,
    string Rule,
    int WindowDays,
    int MinimumCount,
    IReadOnlyList<MetricSpec> Metrics,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Levels,
    RoadmapAction Roadmap)
{
    public MetricSpec Metric(string key) =>
        Metrics.FirstOrDefault(m => m.Key == key) ?? throw new InvalidOperationException($"{Id} has no metric '{key}'.");

    /// <summary>The thresholds of one level (P, L or F); empty when the level adds none.</summary>
    public IReadOnlyDictionary<string, double> Thresholds(Band band) =>
        Levels.TryGetValue(band.ToString(), out var thresholds) ? thresholds : new Dictionary<string, double>();
}

/// <summary>When an indicator is not applicable, another takes its place as a must (§6 gate-substitution rules).</summary>
public sealed record Substitution(string WhenNotApplicable, IReadOnlyList<string> MustInstead);

/// <summary>At least one of <see cref="Ids"/> must reach <see cref="AtLeast"/> for the stage to be attained (§6).</summary>
public sealed record OneOfRule(int Stage, IReadOnlyList<string> Ids, double AtLeast);

/// <summary>The indicators of a dimension in a stage count toward its gate only once <see cref="Indicator"/> reaches <see cref="AtLeast"/> (§6, S4-DC-01).</summary>
public sealed record Prerequisite(int Stage, string Indicator, Dimension Dimension, double AtLeast);

/// <summary>The numbers of §8, kept in the catalogue so a later version can recalibrate them without a code change.</summary>
public sealed record ScoringRules(
    double MustWeight,
    double OtherWeight,
    double MustPass,
    double PreviousMustPass,
    double StageMean,
    double GradeCMustCap,
    double GradeCOtherCap,
    double GradeA,
    double GradeB,
    double GradeC,
    double BlockedFactor,
    int StabilityWeeks,
    int StabilityRequired,
    int HighStabilityWeeks,
    int HighStabilityRequired,
    IReadOnlyList<double> IndexWeights,
    double OverclaimAt,
    int DecayDays,
    IReadOnlyList<Substitution> Substitutions,
    IReadOnlyList<OneOfRule> OneOf,
    IReadOnlyList<Prerequisite> Prerequisites);

/// <summary>The versioned indicator catalogue (stage-v1): data, not code. <see cref="RulesHash"/> stamps every result with the exact rules it used.</summary>
public sealed record StageCatalogue(string Version, ScoringRules Scoring, IReadOnlyList<IndicatorDefinition> Indicators)
{
    [JsonIgnore]
    public string RulesHash { get; init; } = string.Empty;

    public IndicatorDefinition Indicator(string id) =>
        Indicators.FirstOrDefault(i => i.Id == id) ?? throw new InvalidOperationException($"The catalogue {Version} has no indicator {id}.");

    public IEnumerable<IndicatorDefinition> OfStage(int stage) => Indicators.Where(i => i.Stage == stage);
}
