namespace Workshop.Mes.Domain.Assessment;

/// <summary>When a roadmap item should be done (§9).</summary>
public enum Horizon
{
    /// <summary>0–3 months.</summary>
    Now,

    /// <summary>3–12 months.</summary>
    Next,

    /// <summary>More than 12 months.</summary>
    Later,
}

/// <summary>
/// One improvement: the indicator it moves, the band that marks it done (in the indicator's own evidence rule, so the
/// next assessment verifies it), and the priority score's parts.
/// </summary>
public sealed record RoadmapItem(IndicatorDefinition Indicator, double Achievement, Band DoneWhen, Horizon Horizon, double GateWeight, int Impact, int Feasibility)
{
    public double Priority => Math.Round(GateWeight * (1 - Achievement) * Impact * Feasibility, 2);
}

/// <summary>
/// §9: Priority = GateWeight × (1 − a) × Impact × Feasibility. GateWeight is 3 for what blocks the next stage (its
/// musts below L, and this stage's musts below F that rule (3) asks for), 2 for an indicator of a lagging dimension at
/// or below the stage, 1.5 for the next stage's other indicators, 1 for the rest up to the stage, 0.5 beyond the next.
/// Impact is raised to 3 when the item's KPI is one the owner set a goal on.
/// </summary>
public static class StageRoadmap
{
    public const int MostNow = 5;
    public const int MostNext = 8;
    public const int MostLater = 6;

    public static IReadOnlyList<RoadmapItem> Plan(StageCatalogue catalogue, StageResult result, IReadOnlyCollection<string> goalKpis)
    {
        var gated = result.Placement.Gated;
        var blocking = result.Placement.Blocking.ToHashSet();
        var lagging = result.Dimensions.Where(d => d.Lagging).Select(d => d.Dimension).ToHashSet();
        var items = new List<RoadmapItem>();
        foreach (var rating in result.Ratings.Where(r => !r.NotApplicable))
        {
            var indicator = catalogue.Indicator(rating.Id);
            var doneWhen = blocking.Contains(rating.Id) && indicator.Stage <= gated ? Band.F : Band.L;
            if (rating.Band >= doneWhen)
            {
                continue;
            }

            var weight = blocking.Contains(rating.Id) ? 3
                : indicator.Stage <= gated && lagging.Contains(indicator.Dimension) ? 2
                : indicator.Stage == gated + 1 ? 1.5
                : indicator.Stage <= gated ? 1
                : 0.5;
            var horizon = weight >= 3 || (weight >= 2 && indicator.Roadmap.Feasibility >= 2) ? Horizon.Now
                : indicator.Stage <= gated + 1 ? Horizon.Next
                : Horizon.Later;
            var impact = goalKpis.Contains(indicator.Roadmap.Kpi) ? 3 : indicator.Roadmap.Impact;
            items.Add(new RoadmapItem(indicator, rating.Achievement, doneWhen, horizon, weight, impact, indicator.Roadmap.Feasibility));
        }

        return items
            .OrderBy(i => i.Horizon)
            .ThenByDescending(i => i.Priority)
            .ThenBy(i => i.Indicator.Id, StringComparer.Ordinal)
            .GroupBy(i => i.Horizon)
            .SelectMany(g => g.Take(g.Key switch { Horizon.Now => MostNow, Horizon.Next => MostNext, _ => MostLater }))
            .ToList();
    }
}
