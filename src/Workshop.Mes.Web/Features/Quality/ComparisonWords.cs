using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Quality;

namespace Workshop.Mes.Web.Features.Quality;

/// <summary>The before/after comparison in one sentence a person reads, saying plainly when the sample is too small to conclude.</summary>
internal static class ComparisonWords
{
    public static string Sentence(IStringLocalizer text, DefectComparison comparison)
    {
        var verdict = comparison.Verdict switch
        {
            DefectRateVerdict.TooSmall => text["Quality.Verdict.TooSmall", Formats.Number(Domain.Quality.DefectRateComparison.MinimumOutput), Formats.Number(Domain.Quality.DefectRateComparison.MinimumExpectedDefects)].Value,
            DefectRateVerdict.Lower => text["Quality.Verdict.Lower", Rate(comparison.Before), Rate(comparison.After)].Value,
            DefectRateVerdict.Higher => text["Quality.Verdict.Higher", Rate(comparison.Before), Rate(comparison.After)].Value,
            _ => text["Quality.Verdict.NoClearChange", Rate(comparison.Before), Rate(comparison.After)].Value,
        };
        return comparison.AfterComplete ? verdict : $"{verdict} {text["Quality.Verdict.AfterRunning", Domain.Quality.DefectRateComparison.Weeks]}";
    }

    private static string Rate(DefectRateWindow window) => window.Rate is { } rate ? Formats.Percent(rate) : "–";
}
