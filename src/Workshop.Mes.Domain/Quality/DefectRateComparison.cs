namespace Workshop.Mes.Domain.Quality;

/// <summary>What the before/after comparison of a closed defect's target may say (ADR 0067).</summary>
public enum ComparisonVerdict
{
    /// <summary>Too little output or too few expected defects in a window to tell a change from chance.</summary>
    TooSmall,

    /// <summary>The rate after closing is lower, beyond chance.</summary>
    Lower,

    /// <summary>The rate after closing is higher, beyond chance.</summary>
    Higher,

    /// <summary>Enough data, but the difference is within chance.</summary>
    NoClearChange,
}

/// <summary>Defective units against units made (good + scrap) in one window of time.</summary>
public sealed record RateWindow(DateTimeOffset From, DateTimeOffset To, decimal Output, decimal Defective)
{
    /// <summary>Defective units per unit made; null when nothing was made.</summary>
    public decimal? Rate => Output > 0 ? Defective / Output : null;
}

/// <summary>
/// The defect rate of what a corrective action targeted, 8 weeks before closing against 8 weeks after (ADR 0067): a
/// two-proportion test at the 95 % level, and "too small" when a window made fewer than
/// <see cref="MinimumOutput"/> units or expects fewer than <see cref="MinimumExpectedDefects"/> defective units at
/// the pooled rate (below that the normal approximation behind the test does not hold).
/// </summary>
public static class DefectRateComparison
{
    public const int Weeks = 8;
    public const decimal MinimumOutput = 100;
    public const decimal MinimumExpectedDefects = 5;
    private const double Critical = 1.96;

    public static TimeSpan WindowLength => TimeSpan.FromDays(7 * Weeks);

    /// <summary>The 8 weeks up to closing.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Before(DateTimeOffset closedAt) => (closedAt - WindowLength, closedAt);

    /// <summary>The 8 weeks from closing, cut at <paramref name="now"/> while they are not over.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) After(DateTimeOffset closedAt, DateTimeOffset now) =>
        (closedAt, now < closedAt + WindowLength ? (now < closedAt ? closedAt : now) : closedAt + WindowLength);

    public static bool IsTooSmall(RateWindow before, RateWindow after)
    {
        if (before.Output < MinimumOutput || after.Output < MinimumOutput)
        {
            return true;
        }

        var pooled = (before.Defective + after.Defective) / (before.Output + after.Output);
        return pooled * before.Output < MinimumExpectedDefects || pooled * after.Output < MinimumExpectedDefects;
    }

    public static ComparisonVerdict Judge(RateWindow before, RateWindow after)
    {
        if (IsTooSmall(before, after))
        {
            return ComparisonVerdict.TooSmall;
        }

        var n1 = (double)before.Output;
        var n2 = (double)after.Output;
        var p1 = Math.Min(1, (double)before.Defective / n1);
        var p2 = Math.Min(1, (double)after.Defective / n2);
        var pooled = Math.Min(1, ((double)before.Defective + (double)after.Defective) / (n1 + n2));
        var error = Math.Sqrt(pooled * (1 - pooled) * ((1 / n1) + (1 / n2)));
        if (error == 0)
        {
            return ComparisonVerdict.NoClearChange;
        }

        var z = (p2 - p1) / error;
        return z <= -Critical ? ComparisonVerdict.Lower
            : z >= Critical ? ComparisonVerdict.Higher
            : ComparisonVerdict.NoClearChange;
    }
}
