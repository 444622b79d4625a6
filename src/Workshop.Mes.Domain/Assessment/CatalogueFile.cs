using System.Security.Cryptography;
using System.Text.Json;

namespace Workshop.Mes.Domain.Assessment;

/// <summary>
/// Reads the indicator catalogue that ships in this assembly (<c>Assessment/stage-v1.json</c>) and stamps it with a
/// hash of its rules: what decides a rating (stages, musts, windows, metrics, thresholds, the numbers of §8), not its
/// wording, so a corrected question keeps the hash and a moved threshold changes it.
/// </summary>
public static class CatalogueFile
{
    public const string Current = "stage-v1.json";

    private static readonly JsonSerializerOptions _read = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    private static readonly Lazy<StageCatalogue> _current = new(() => Load(Current));

    /// <summary>The catalogue in use, read once.</summary>
    public static StageCatalogue Stage => _current.Value;

    public static StageCatalogue Load(string name)
    {
        using var stream = typeof(CatalogueFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The catalogue {name} is not embedded in {typeof(CatalogueFile).Assembly.GetName().Name}.");
        return Parse(stream);
    }

    public static StageCatalogue Parse(Stream json)
    {
        var catalogue = JsonSerializer.Deserialize<StageCatalogue>(json, _read)
            ?? throw new InvalidOperationException("The catalogue file is empty.");
        CatalogueChecks.ThrowIfInvalid(catalogue);
        return catalogue with { RulesHash = HashOf(catalogue) };
    }

    public static string HashOf(StageCatalogue catalogue)
    {
        var rules = new
        {
            catalogue.Version,
            catalogue.Scoring,
            Indicators = catalogue.Indicators.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => new
            {
                i.Id,
                i.Stage,
                i.Dimension,
                i.Must,
                i.Rule,
                i.WindowDays,
                i.MinimumCount,
                Metrics = i.Metrics.Select(m => new { m.Key, m.Better, m.Worst, m.Best }),
                Levels = i.Levels.OrderBy(l => l.Key, StringComparer.Ordinal)
                    .Select(l => new { l.Key, Thresholds = l.Value.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => new { t.Key, t.Value }) }),
            }),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(rules);
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }
}

/// <summary>What a catalogue file must hold to be used; a broken file stops the app at start rather than rating a workshop wrongly.</summary>
public static class CatalogueChecks
{
    public static IReadOnlyList<string> Problems(StageCatalogue catalogue)
    {
        var problems = new List<string>();
        foreach (var duplicate in catalogue.Indicators.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Key} appears {duplicate.Count()} times.");
        }

        foreach (var indicator in catalogue.Indicators)
        {
            if (indicator.Stage is < 1 or > 5)
            {
                problems.Add($"{indicator.Id}: stage {indicator.Stage} is not 1–5.");
            }

            foreach (var (level, thresholds) in indicator.Levels)
            {
                if (!Enum.TryParse<Band>(level, out var band) || band == Band.N)
                {
                    problems.Add($"{indicator.Id}: '{level}' is not a level (P, L or F).");
                }

                problems.AddRange(thresholds.Keys.Where(k => indicator.Metrics.All(m => m.Key != k))
                    .Select(k => $"{indicator.Id}: level {level} names the metric '{k}', which it does not define."));
            }

            if (indicator.Auto != AutoEvidence.N && indicator.Metrics.Count == 0)
            {
                problems.Add($"{indicator.Id}: an evidenced indicator needs at least one metric.");
            }

            if (string.IsNullOrWhiteSpace(indicator.Question.Ko) || string.IsNullOrWhiteSpace(indicator.Question.En))
            {
                problems.Add($"{indicator.Id}: the question needs Korean and English.");
            }
        }

        var ids = catalogue.Indicators.Select(i => i.Id).ToHashSet();
        var named = catalogue.Scoring.Substitutions.SelectMany(s => s.MustInstead.Append(s.WhenNotApplicable))
            .Concat(catalogue.Scoring.OneOf.SelectMany(o => o.Ids))
            .Concat(catalogue.Scoring.Prerequisites.Select(p => p.Indicator));
        problems.AddRange(named.Where(id => !ids.Contains(id)).Distinct().Select(id => $"A gate rule names {id}, which is not in the catalogue."));
        if (catalogue.Scoring.IndexWeights.Count != 5)
        {
            problems.Add("The index needs one weight per stage (5).");
        }

        return problems;
    }

    public static void ThrowIfInvalid(StageCatalogue catalogue)
    {
        var problems = Problems(catalogue);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The catalogue {catalogue.Version} is not usable:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
        }
    }
}
