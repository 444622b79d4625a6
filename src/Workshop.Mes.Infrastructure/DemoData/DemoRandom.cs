namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>The one seeded generator every demo draw comes from, so the same clock gives the same data.</summary>
internal sealed class DemoRandom(int seed)
{
    public const int Seed = 20260522;

    private readonly Random _random = new(seed);

    public static DemoRandom Create() => new(Seed);

    /// <summary>An integer in [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int minInclusive, int maxInclusive) => _random.Next(minInclusive, maxInclusive + 1);

    public double Between(double min, double max) => min + ((max - min) * _random.NextDouble());

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T PickWeighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var roll = _random.NextDouble() * total;
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>How many of <paramref name="trials"/> pieces turn out defective at <paramref name="probability"/> each.</summary>
    public int Binomial(int trials, double probability)
    {
        var hits = 0;
        for (var i = 0; i < trials; i++)
        {
            if (_random.NextDouble() < probability)
            {
                hits++;
            }
        }

        return hits;
    }
}
