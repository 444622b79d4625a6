using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// The one way a page writes the workshop's time, quantities and money. Moments are shown on the workshop's wall
/// clock (<see cref="WorkshopTime"/>); days as <c>2026-11-17</c>, moments as <c>2026-11-17 14:30</c>, times as
/// <c>14:30</c>; quantities with up to four decimals and the unit as the workshop says it; money in won.
/// New screens use these instead of their own <c>ToString</c> patterns.
/// </summary>
internal static class Formats
{
    public const string DatePattern = "yyyy-MM-dd";
    public const string DateTimePattern = "yyyy-MM-dd HH:mm";
    public const string TimePattern = "HH:mm";

    /// <summary>A grid column's format for a quantity (<see cref="Number"/>).</summary>
    public const string NumberPattern = "#,0.####";

    /// <summary>
    /// A number field's format: what was stored, without the database's trailing zeros ("9802", "0.5", not
    /// "9802.0000") and without group separators, so what is shown can be typed back as it is.
    /// </summary>
    public const string InputPattern = "0.####";

    /// <summary>A grid column's format for an amount of money without its currency (<see cref="Money"/>).</summary>
    public const string MoneyPattern = "#,0";

    public static string Date(DateOnly day) => day.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static string Date(DateOnly? day) => day is { } value ? Date(value) : string.Empty;

    /// <summary>The workshop's date at that moment.</summary>
    public static string Date(DateTimeOffset moment, TimeZoneInfo zone) => Date(WorkshopTime.DayOf(moment, zone));

    /// <summary>The moment on the workshop's clock, to the minute (to the second for the audit trail).</summary>
    public static string DateTime(DateTimeOffset moment, TimeZoneInfo zone, bool seconds = false) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString(seconds ? DateTimePattern + ":ss" : DateTimePattern, CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset? moment, TimeZoneInfo zone) => moment is { } value ? DateTime(value, zone) : string.Empty;

    public static string Time(DateTimeOffset moment, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString(TimePattern, CultureInfo.InvariantCulture);

    /// <summary>The time of day as the person's language says it on a tablet ("오후 7:00", "7:00 PM").</summary>
    public static string SpokenTime(DateTimeOffset moment, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(moment, zone).ToString("t", CultureInfo.CurrentCulture);

    /// <summary>A quantity as people write it: thousands grouped, no trailing zeros ("1,250", "2.5").</summary>
    public static string Number(decimal value) => value.ToString(NumberPattern, CultureInfo.CurrentCulture);

    /// <summary>A change of quantity with its sign ("+5", "-2", "0").</summary>
    public static string Signed(decimal value) => value.ToString("+#,0.####;-#,0.####;0", CultureInfo.CurrentCulture);

    /// <summary>Minutes of work, to a tenth.</summary>
    public static string Minutes(decimal value) => value.ToString("#,0.#", CultureInfo.CurrentCulture);

    /// <summary>A share as a percentage to a tenth ("96.5 %").</summary>
    public static string Percent(decimal ratio) => (ratio * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %";

    /// <summary>
    /// A quantity with its unit as the workshop says it ("12 장", "3.5 yd"), joined by a no-break space so a narrow
    /// column never puts the number on one line and its unit on the next.
    /// </summary>
    public static string Quantity(IStringLocalizer text, decimal value, string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? Number(value) : $"{Number(value)}\u00a0{Unit(text, unit)}";

    /// <summary>
    /// A unit code in the reader's words: the <c>Unit.{code}</c> resource when there is one (sheet → 장,
    /// suit → 벌), otherwise the unit as the item stores it.
    /// </summary>
    public static string Unit(IStringLocalizer text, string unit)
    {
        var named = text[$"Unit.{unit.Trim().ToLowerInvariant()}"];
        return named.ResourceNotFound ? unit : named.Value;
    }

    /// <summary>An amount in won ("24,000원").</summary>
    public static string Money(IStringLocalizer text, decimal amount) =>
        text["Format.Money", amount.ToString(MoneyPattern, CultureInfo.CurrentCulture)];

    /// <summary>
    /// A sum as an owner says it on a dashboard, in the language's large unit (<c>Format.MoneyUnit</c>): in Korean to
    /// the nearest 만 원 ("1,235만 원"), in English to a tenth of a million ("₩12.3M"); below one unit as <see cref="Money"/>.
    /// </summary>
    public static string MoneyRounded(IStringLocalizer text, decimal amount)
    {
        var unit = decimal.Parse(text["Format.MoneyUnit"], CultureInfo.InvariantCulture);
        if (Math.Abs(amount) < unit)
        {
            return Money(text, Math.Round(amount));
        }

        var decimals = unit >= 1_000_000 ? 1 : 0;
        var units = Math.Round(amount / unit, decimals, MidpointRounding.AwayFromZero);
        return text["Format.MoneyLarge", units.ToString(decimals == 0 ? MoneyPattern : "#,0.#", CultureInfo.CurrentCulture)];
    }

    /// <summary>A count of records ("12건", "12").</summary>
    public static string Cases(IStringLocalizer text, int count) => text["Format.Cases", count.ToString(MoneyPattern, CultureInfo.CurrentCulture)];
}
