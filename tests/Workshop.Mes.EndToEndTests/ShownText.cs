using System.Text.RegularExpressions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// What a page must never show a person (issue 13): a number with the database's four trailing zeros ("9802.0000"),
/// a raw id (a UUID), or a status or kind by its code name ("InProgress", "Material") on a Korean page.
/// </summary>
internal static partial class ShownText
{
    /// <summary>The page's visible text and the values of its visible fields, one per line.</summary>
    public const string Script = """
        () => [document.body.innerText,
               ...[...document.querySelectorAll('input, textarea')]
                   .filter(e => e.checkVisibility() && !['hidden', 'password', 'file'].includes(e.type))
                   .map(e => e.value)].join('\n')
        """;

    // The code names of the domain's and the API's enums: what a page shows instead of a display name when it forgets one.
    private static readonly HashSet<string> _codeNames = [.. new[] { typeof(Domain.Access.WorkshopRole).Assembly, typeof(Contracts.Dashboard.DashboardFilter).Assembly }
        .SelectMany(assembly => assembly.GetExportedTypes())
        .Where(type => type.IsEnum)
        .SelectMany(Enum.GetNames)
        .Where(name => name.Length >= 4 && CodeName().IsMatch(name))];

    /// <summary>Each thing in <paramref name="text"/> a person should not see, as a sentence.</summary>
    public static IEnumerable<string> Findings(string text, bool korean)
    {
        foreach (var zeros in TrailingZeros().Matches(text).Select(m => m.Value).Distinct())
        {
            yield return $"shows a number with the database's trailing zeros: \"{zeros}\"";
        }

        foreach (var id in Uuid().Matches(text).Select(m => m.Value).Distinct())
        {
            yield return $"shows a raw id: {id}";
        }

        if (korean)
        {
            foreach (var name in Word().Matches(text).Select(m => m.Value).Where(_codeNames.Contains).Distinct())
            {
                yield return $"shows the code name \"{name}\" on a Korean page";
            }
        }
    }

    [GeneratedRegex(@"(?<![\d.,])\d[\d,]*\.0000(?!\d)")]
    private static partial Regex TrailingZeros();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\b[A-Za-z]+\b")]
    private static partial Regex Word();

    // "Material", "InProgress": a capital, then lower-case letters, possibly more such words run together.
    [GeneratedRegex(@"^(?:[A-Z][a-z]+)+$")]
    private static partial Regex CodeName();
}
