using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Evidence;

/// <summary>
/// What the workshop's records say about one indicator over its window: the metric values, how many records they
/// rest on, whether that is enough (§7.4: insufficient is not failed, the rating falls back to grade B or C), and why
/// when it is not measured, not applicable or not achievable yet (a resource key under <c>Assessment.Reason.*</c>).
/// </summary>
internal sealed record MeasuredIndicator(
    string Id,
    IReadOnlyDictionary<string, double> Values,
    int Count,
    bool Sufficient,
    bool NotApplicable,
    string? Reason)
{
    public static MeasuredIndicator NotMeasured(string id, string reason) => new(id, new Dictionary<string, double>(), 0, false, false, reason);

    public static MeasuredIndicator DoesNotApply(string id, string reason) => new(id, new Dictionary<string, double>(), 0, false, true, reason);

    /// <summary>The §8.1 achievement when the data suffices; null otherwise.</summary>
    public double? Achievement(IndicatorDefinition indicator) =>
        Sufficient && !NotApplicable && indicator.Metrics.All(m => Values.ContainsKey(m.Key)) ? AchievementMap.Of(indicator, Values) : null;
}

/// <summary>The integrity flags of §7.3 the consultant sees beside the ratings.</summary>
internal sealed record IntegrityFlags(bool BulkBackEntry, int BulkBatches, bool ImpossibleSpeeds, int ImpossibleSteps, bool SingleUserCapture, IReadOnlyList<string> Falling);

/// <summary>What the records measured at one date: every indicator, the integrity flags and the window.</summary>
internal sealed record EvidenceSnapshot(DateTimeOffset AsOf, IReadOnlyDictionary<string, MeasuredIndicator> Indicators, IntegrityFlags Flags);

/// <summary>The profile figures the records suggest, for the owner and consultant to confirm (§6 denominators).</summary>
internal sealed record ProfileProposal(int ProductionHeadcount, int JobsPerMonth, bool HasMachines, bool KeepsStock);
