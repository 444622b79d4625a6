using System.Text.Json.Serialization;

namespace Workshop.Mes.Domain.Assessment;

/// <summary>The N/P/L/F rating bands (ISO/IEC 33020 cut points 15/50/85 %).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Band>))]
public enum Band
{
    N,
    P,
    L,
    F,
}

/// <summary>Where an indicator's achievement came from (§5.3).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceGrade>))]
public enum EvidenceGrade
{
    /// <summary>Measured from the workshop's records over the required window.</summary>
    A,

    /// <summary>Verified by a consultant.</summary>
    B,

    /// <summary>Self-declared only.</summary>
    C,
}

/// <summary>The piecewise-linear map of §8.1 from measured values to an achievement in [0, 1], and the bands it falls in.</summary>
public static class AchievementMap
{
    private static readonly Band[] _levels = [Band.P, Band.L, Band.F];

    /// <summary>The achievement at which each band starts: N 0, P 0.15, L 0.50, F 0.85.</summary>
    public static double Floor(Band band) => band switch
    {
        Band.N => 0,
        Band.P => 0.15,
        Band.L => 0.50,
        _ => 0.85,
    };

    public static Band BandOf(double achievement) =>
        achievement >= 0.85 ? Band.F : achievement >= 0.50 ? Band.L : achievement >= 0.15 ? Band.P : Band.N;

    /// <summary>The highest level whose thresholds, and those of every level below it, the values meet.</summary>
    public static Band Reached(IndicatorDefinition indicator, IReadOnlyDictionary<string, double> values)
    {
        var reached = Band.N;
        foreach (var level in _levels)
        {
            if (!indicator.Thresholds(level).All(t => Meets(indicator.Metric(t.Key), values[t.Key], t.Value)))
            {
                break;
            }

            reached = level;
        }

        return reached;
    }

    /// <summary>
    /// The achievement of measured values: the floor of the band reached, plus how far the weakest metric has come from
    /// that band's threshold toward the next (toward its best value above F).
    /// </summary>
    public static double Of(IndicatorDefinition indicator, IReadOnlyDictionary<string, double> values)
    {
        var reached = Reached(indicator, values);
        var next = reached == Band.F ? (Band?)null : reached + 1;
        var targets = next is { } level
            ? indicator.Thresholds(level)
            : Graded(indicator).ToDictionary(m => m.Key, m => m.Best);
        var ceiling = next is { } up ? Floor(up) : 1.0;

        var progress = targets.Count == 0
            ? 0
            : targets.Min(t => Progress(indicator.Metric(t.Key), values[t.Key], From(indicator, reached, t.Key), t.Value));
        var achievement = Floor(reached) + (progress * (ceiling - Floor(reached)));

        // Rounded so that the same records give the same figure in every export, and kept inside its band.
        return Math.Round(next is null ? achievement : Math.Min(achievement, ceiling - 0.001), 3);
    }

    /// <summary>The metrics some level asks for; one no level names (a photo share, say) is only reported and never moves the rating.</summary>
    private static IEnumerable<MetricSpec> Graded(IndicatorDefinition indicator) =>
        indicator.Metrics.Where(m => indicator.Levels.Values.Any(level => level.ContainsKey(m.Key)));

    public static bool Meets(MetricSpec metric, double value, double threshold) =>
        metric.Better == Better.Higher ? value >= threshold : value <= threshold;

    /// <summary>A metric's threshold at the reached level, or at the closest level below that names it, else its worst value.</summary>
    private static double From(IndicatorDefinition indicator, Band reached, string key)
    {
        for (var level = reached; level > Band.N; level--)
        {
            if (indicator.Thresholds(level).TryGetValue(key, out var threshold))
            {
                return threshold;
            }
        }

        return indicator.Metric(key).Worst;
    }

    private static double Progress(MetricSpec metric, double value, double from, double to)
    {
        if (Meets(metric, value, to))
        {
            return 1;
        }

        if (from == to)
        {
            return 0;
        }

        return Math.Clamp((value - from) / (to - from), 0, 1);
    }
}
