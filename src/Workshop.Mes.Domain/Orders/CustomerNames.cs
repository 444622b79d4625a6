namespace Workshop.Mes.Domain.Orders;

/// <summary>How often and how lately a workshop has written one spelling of a customer's name on its orders.</summary>
public sealed record CustomerNameUse(string Name, int Orders, DateOnly LastOrderedOn);

/// <summary>
/// Customer names as the owner types them: "누죤  a-203 " and "누죤 A-203" are the same customer. A name is stored
/// tidied (trimmed, runs of blanks as one space); two names are the same customer when their <see cref="Key"/> is
/// equal (tidied and case-folded), and a new order for one takes the spelling the workshop already uses (ADR 0076).
/// </summary>
public static class CustomerNames
{
    /// <summary>Trimmed, with every run of blanks (spaces, tabs, full-width spaces) written as one space.</summary>
    public static string Tidy(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>What two spellings of the same customer share: tidied and case-folded.</summary>
    public static string Key(string name) => Tidy(name).ToUpperInvariant();

    /// <summary>
    /// The spelling to store for <paramref name="typed"/>: the one the workshop uses for the same customer (the most
    /// used, then the most recent, when old orders spelled it several ways), or the typed name tidied when it is new.
    /// </summary>
    public static string Existing(string typed, IEnumerable<CustomerNameUse> uses)
    {
        var key = Key(typed);
        return Ranked(uses.Where(u => Key(u.Name) == key)).FirstOrDefault()?.Name ?? Tidy(typed);
    }

    /// <summary>
    /// Earlier customers whose name contains <paramref name="search"/> (blanks and case ignored), one entry per
    /// customer in its usual spelling, the most recently ordering first, then the most frequent, at most
    /// <paramref name="limit"/>.
    /// </summary>
    public static IReadOnlyList<CustomerNameUse> Choices(IEnumerable<CustomerNameUse> uses, string? search, int limit)
    {
        var wanted = Squeezed(search ?? string.Empty);
        return uses
            .GroupBy(u => Key(u.Name))
            .Where(g => Squeezed(g.Key).Contains(wanted, StringComparison.Ordinal))
            .Select(g => new CustomerNameUse(Ranked(g).First().Name, g.Sum(u => u.Orders), g.Max(u => u.LastOrderedOn)))
            .OrderByDescending(c => c.LastOrderedOn)
            .ThenByDescending(c => c.Orders)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    // Among spellings of one customer: the most used, then the most recent, then the first in order (a stable answer).
    private static IEnumerable<CustomerNameUse> Ranked(IEnumerable<CustomerNameUse> spellings) =>
        spellings.OrderByDescending(u => u.Orders).ThenByDescending(u => u.LastOrderedOn).ThenBy(u => u.Name, StringComparer.Ordinal);

    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
}
