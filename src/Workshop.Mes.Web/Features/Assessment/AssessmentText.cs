using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Assessment;

namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// The assessment in words: answers by their names, metric values with their units, and a roadmap item's "done when"
/// said in the indicator's own thresholds ("입력 지연 중앙값 120분 이하, 4시간 넘게 늦은 입력 비율 25 % 이하").
/// </summary>
internal static partial class AssessmentText
{
    public static bool Korean => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";

    /// <summary>A KSIC code as the profile keeps it: the section letter and two digits (C14 garments, C18 printing).</summary>
    public static bool IsIndustry(string value) => Industry().IsMatch(value);

    public static string Answer(IStringLocalizer text, AnswerScale scale, int step) => text[$"Assessment.Answer.{scale}.{step}"];

    public static string Stage(IStringLocalizer text, int stage) => text[$"Assessment.Stage.{stage}"];

    public static string Dimension(IStringLocalizer text, Dimension dimension) => text[$"Assessment.Dimension.{dimension}"];

    public static string Band(IStringLocalizer text, Band band) => text[$"Assessment.Band.{band}"];

    /// <summary>"2.63": a stage, an achievement or a mean with two decimals.</summary>
    public static string Decimal2(double value) => value.ToString("0.00", CultureInfo.CurrentCulture);

    /// <summary>A measured value in its unit: shares as percent (kept on one line with their sign), minutes, days, weeks and months with their words.</summary>
    public static string Value(IStringLocalizer text, MetricSpec metric, double value) => metric.Unit switch
    {
        "share" => Formats.Percent((decimal)Math.Round(value, 3)).Replace(" %", "\u00A0%", StringComparison.Ordinal),
        "count" => Formats.Number((decimal)Math.Round(value, 1)),
        _ => text[$"Assessment.Unit.{metric.Unit}", Formats.Minutes((decimal)Math.Round(value, 1))],
    };

    /// <summary>One threshold as a condition: "입력 지연 중앙값 120분 이하".</summary>
    public static string Condition(IStringLocalizer text, MetricSpec metric, double threshold) =>
        text[metric.Better == Better.Higher ? "Assessment.AtLeast" : "Assessment.AtMost", metric.Name.For(Korean), Value(text, metric, threshold)];

    /// <summary>A threshold beside its metric's name: "120분 이하".</summary>
    public static string Threshold(IStringLocalizer text, MetricSpec metric, double threshold) =>
        text[metric.Better == Better.Higher ? "Assessment.AtLeastValue" : "Assessment.AtMostValue", Value(text, metric, threshold)];

    /// <summary>Indicator ids as a list a person reads: the first three, then how many more.</summary>
    public static string Ids(IStringLocalizer text, IReadOnlyList<string> ids) =>
        ids.Count <= 3 ? string.Join(", ", ids) : text["Assessment.IdsAndMore", string.Join(", ", ids.Take(3)), ids.Count - 3];

    /// <summary>
    /// What reaching <paramref name="band"/> means for the indicator, in its own thresholds: those of the band, and of
    /// the bands below it for a metric the band does not name again; an indicator no data measures is done when a
    /// consultant's verification says so.
    /// </summary>
    public static string DoneWhen(IStringLocalizer text, IndicatorDefinition indicator, Band band)
    {
        var conditions = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var level = band; level > Domain.Assessment.Band.N; level--)
        {
            foreach (var (key, threshold) in indicator.Thresholds(level))
            {
                conditions.TryAdd(key, threshold);
            }
        }

        if (conditions.Count == 0)
        {
            return text["Assessment.DoneWhen.Verified", Answer(text, AnswerScale.Agreement, band == Domain.Assessment.Band.F ? 4 : 3)];
        }

        return string.Join(", ", indicator.Metrics.Where(m => conditions.ContainsKey(m.Key)).Select(m => Condition(text, m, conditions[m.Key])));
    }

    [GeneratedRegex("^[A-U][0-9]{2}$")]
    private static partial Regex Industry();
}
