using System.Globalization;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Assessment;

namespace Workshop.Mes.Web.Features.Assessment.Reports;

/// <summary>
/// How the stage report's PDF and workbook word its values in the reader's language: stages, achievements, metric
/// values with their units, "done when" criteria, bands and reasons (resource keys of the document looked up here).
/// </summary>
internal sealed class StageReportText(IStringLocalizer text)
{
    public bool Korean { get; } = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";

    public IStringLocalizer Resources => text;

    public string this[string key] => text[$"AssessmentReport.{key}"];

    public string this[string key, params object[] arguments] => text[$"AssessmentReport.{key}", arguments];

    public string Of(Bilingual value) => Korean ? value.Ko : value.En;

    /// <summary>"2단계 (2.63)" / "Stage 2 (2.63)".</summary>
    public string Stage(int gated, double fractional) => this["StageFraction", gated, Fraction(fractional)];

    public string StageName(int stage) => this["StageNumber", stage] + " " + this[$"StageName.{stage}"];

    /// <summary>A fractional stage or an achievement to two decimals ("2.63", "0.30").</summary>
    public static string Fraction(double value) => value.ToString("0.00", CultureInfo.CurrentCulture);

    public static string Fraction(double? value) => value is { } v ? Fraction(v) : "–";

    /// <summary>A share as <see cref="Formats.Percent"/> writes it, its sign kept on the number's line ("87\u00a0%").</summary>
    public static string Percent(double? share) => share is { } v ? Formats.Percent((decimal)Math.Round(v, 4)).Replace(" %", "\u00a0%", StringComparison.Ordinal) : "–";

    public string Reason(string? key) =>
        key is null ? string.Empty : text[key] is { ResourceNotFound: false } found ? found.Value : key;

    public string Dimension(string code, IReadOnlyList<DimensionDocument> dimensions) =>
        dimensions.FirstOrDefault(d => d.Code == code) is { } found ? Of(found.Name) : code;

    public string Area(string? area) => area is null ? "–" : this[$"Area.{area}"];

    public string Confidence(StageReportDocument report) => this["ConfidenceValue", this[$"Confidence.{report.ConfidenceLevel}"], Fraction(report.Confidence)];

    public string Horizon(string horizon) => this[$"Horizon.{horizon}"];

    public string Kpi(string code) => text[$"AssessmentReport.Kpi.{code}"] is { ResourceNotFound: false } found ? found.Value : code;

    public string CostBand(string band) => text[$"AssessmentReport.Cost.{band}"] is { ResourceNotFound: false } found ? found.Value : band;

    public string Strand(string strand) => text[$"AssessmentReport.Strand.{strand}"] is { ResourceNotFound: false } found ? found.Value : strand;

    /// <summary>The programme as the ministry names it; the workshop's own effort in the reader's words.</summary>
    public string Programme(string programme) => programme == "자체" ? this["OwnEffort"] : programme;

    public string Date(DateTimeOffset moment, TimeZoneInfo zone) => Formats.Date(moment, zone);

    public string Window(DateOnly from, DateOnly to) => $"{Formats.Date(from)} ~ {Formats.Date(to)}";

    public string Days(int days) => this["Days", days];

    /// <summary>A metric's value with its unit: shares as percentages, minutes, days, weeks and months in words, counts as numbers.</summary>
    public string Value(double? value, string unit)
    {
        if (value is not { } v)
        {
            return "–";
        }

        var number = Math.Round(v, 2).ToString("#,0.##", CultureInfo.CurrentCulture);
        return unit switch
        {
            "share" => Percent(v),
            "minutes" or "days" or "weeks" or "months" => this[$"Unit.{unit}", number],
            _ => number,
        };
    }

    /// <summary>Each measured metric with its value and unit ("같은 날 입력 비율 71 % · 입력 지연 중앙값 300분 · …").</summary>
    public string MainValue(IndicatorDocument indicator)
    {
        var measured = indicator.Metrics.Where(m => m.Value is not null).Select(m => $"{Of(m.Name)} {Value(m.Value, m.Unit)}").ToList();
        return measured.Count == 0 ? "–" : string.Join(" · ", measured);
    }

    /// <summary>"L 수준: 입력 지연 중앙값 120분 이하 · 4시간 넘게 늦은 입력 비율 25% 이하".</summary>
    public string DoneWhen(DoneWhenDocument doneWhen)
    {
        var criteria = doneWhen.Thresholds.Select(t => this[t.Better == "Lower" ? "AtMost" : "AtLeast", Of(t.Name), Value(t.Threshold, t.Unit)]);
        return this["DoneWhenBand", doneWhen.Band, string.Join(" · ", criteria)];
    }

    /// <summary>The self-assessment's answer as its achievement value, or a dash when the owner did not answer.</summary>
    public static string Self(IndicatorDocument indicator) => indicator.SelfValue is { } value ? Fraction(value) : "–";

    /// <summary>"과대 0.55" where the self-assessment is a band or more above the data, "과소 0.40" below; else the signed gap.</summary>
    public string Discrepancy(double? discrepancy, double flagAt) => discrepancy switch
    {
        null => "–",
        >= 0 and var d when d >= flagAt => this["Overclaim", Fraction(d)],
        < 0 and var d when -d >= flagAt => this["Underclaim", Fraction(-d)],
        var d => Fraction(d),
    };

    /// <summary>Why an indicator is not measured or not applicable, plus the flags a consultant should see.</summary>
    public string Notes(IndicatorDocument indicator)
    {
        var notes = new List<string>();
        if (indicator.NotApplicable)
        {
            notes.Add(this["NotApplicable"]);
        }
        else if (!indicator.Sufficient && indicator.Grade != "A" && indicator.Reason is null)
        {
            notes.Add(this["Insufficient"]);
        }

        if (indicator.Reason is { } reason)
        {
            notes.Add(Reason(reason));
        }

        if (indicator.Capped)
        {
            notes.Add(this["Capped"]);
        }

        if (indicator.ConfirmOnVisit)
        {
            notes.Add(this["ConfirmOnVisit"]);
        }

        return string.Join(" · ", notes);
    }

    public string Failure(string failure) => this[$"Gate.{failure}"];
}
