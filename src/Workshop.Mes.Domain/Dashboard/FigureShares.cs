namespace Workshop.Mes.Domain.Dashboard;

/// <summary>Shares, rates and changes as the dashboard shows them: to four decimals, and null where the whole is nothing, so "no data" never reads as 0 %.</summary>
public static class FigureShares
{
    public static decimal? Share(decimal part, decimal whole) =>
        whole == 0 ? null : Math.Round(part / whole, 4, MidpointRounding.AwayFromZero);

    /// <summary>Scrap ÷ (good + scrap).</summary>
    public static decimal? DefectRate(decimal good, decimal scrap) => Share(scrap, good + scrap);

    /// <summary>The change from the previous month, and that change as a share of it; nothing to compare with gives nulls.</summary>
    public static (decimal? Change, decimal? ChangeShare) MonthOnMonth(decimal? previous, decimal current) =>
        previous is { } before ? (current - before, Share(current - before, before)) : (null, null);

    /// <summary>
    /// Each bar's share of the total and the running share up to it, for bars in the order shown; the last running
    /// share is exactly 1 when there is anything at all.
    /// </summary>
    public static IReadOnlyList<(decimal Share, decimal Cumulative)> Pareto(IReadOnlyList<decimal> values)
    {
        var total = values.Sum();
        var running = 0m;
        var result = new List<(decimal, decimal)>(values.Count);
        foreach (var value in values)
        {
            running += value;
            result.Add((Share(value, total) ?? 0, Share(running, total) ?? 0));
        }

        return result;
    }
}
