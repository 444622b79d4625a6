namespace Workshop.Mes.Domain.Assessment;

/// <summary>How wide a peer group is: the exact cell, or a broader group it rolled up to (§10).</summary>
public enum PeerLevel
{
    /// <summary>Industry × size band × cluster.</summary>
    Cell,

    /// <summary>Industry × size band.</summary>
    IndustrySize,

    /// <summary>Industry alone.</summary>
    Industry,

    /// <summary>Every workshop that shares its figures.</summary>
    AllSectors,
}

/// <summary>
/// Anonymised figures of one peer group, computed by the peer job from each consenting workshop's latest weekly
/// evaluation (§10). It belongs to no workshop and names none: only the count and the distribution's points, and only
/// for groups of at least <see cref="MinimumWorkshops"/> (k-anonymity).
/// </summary>
public sealed class PeerAggregate
{
    /// <summary>A peer group is published only with this many workshops (§10: ≥10 per cell, k ≥ 5 for any statistic).</summary>
    public const int MinimumWorkshops = 10;

    private PeerAggregate()
    {
    }

    public PeerAggregate(PeerLevel level, string key, int workshops, DateTimeOffset computedAt, string figures)
    {
        Id = Guid.CreateVersion7();
        Level = level;
        Key = key;
        Workshops = workshops;
        ComputedAt = computedAt;
        Figures = figures;
    }

    public Guid Id { get; private set; }

    public PeerLevel Level { get; private set; }

    /// <summary>The group's name, e.g. "C14|Small|창신동 봉제", "C14|Small", "C14" or "*".</summary>
    public string Key { get; private set; } = string.Empty;

    public int Workshops { get; private set; }

    public DateTimeOffset ComputedAt { get; private set; }

    /// <summary>The distribution's points as JSON (<see cref="PeerFigures"/>).</summary>
    public string Figures { get; private set; } = "{}";

    public static string KeyOf(PeerLevel level, string industry, SizeBand size, string cluster) => level switch
    {
        PeerLevel.Cell => $"{industry}|{size}|{cluster}",
        PeerLevel.IndustrySize => $"{industry}|{size}",
        PeerLevel.Industry => industry,
        _ => "*",
    };
}

/// <summary>Deciles (P10 … P90) of the fractional stage and the index, and the median and P90 of each dimension's stage.</summary>
public sealed record PeerFigures(IReadOnlyList<double> StageDeciles, IReadOnlyList<double> IndexDeciles, IReadOnlyDictionary<string, double[]> Dimensions)
{
    /// <summary>The value's percentile (0–100) read off the deciles, by linear interpolation.</summary>
    public static double PercentileOf(IReadOnlyList<double> deciles, double value)
    {
        if (value <= deciles[0])
        {
            return 10 * (deciles[0] <= 0 ? 1 : Math.Max(0, value / deciles[0]));
        }

        for (var i = 1; i < deciles.Count; i++)
        {
            if (value <= deciles[i])
            {
                var span = deciles[i] - deciles[i - 1];
                return 10 * (i + (span == 0 ? 0 : (value - deciles[i - 1]) / span));
            }
        }

        return 95;
    }

    /// <summary>The q-th quantile (0–1) of sorted values, by linear interpolation.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return Math.Round(sorted[low] + ((sorted[high] - sorted[low]) * (position - low)), 3);
    }

    public static IReadOnlyList<double> Deciles(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return Enumerable.Range(1, 9).Select(d => Quantile(sorted, d / 10.0)).ToList();
    }
}
