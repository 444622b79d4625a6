using System.Globalization;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// The per-field checks every request shares, with messages from the resources: text (codes, names, notes), numbers
/// against their column, dates against <see cref="AcceptedDates"/>, and choices from an enum. The API and the forms
/// get the same errors, keyed by the field's JSON name; a field keeps the first error found for it (ADR 0027).
/// </summary>
internal sealed class FieldChecks(IStringLocalizer text, Dictionary<string, string[]>? errors = null)
{
    public Dictionary<string, string[]> Errors { get; } = errors ?? [];

    /// <summary>The first day a date picker offers: the start of <see cref="AcceptedDates"/>.</summary>
    public static DateTime FirstPickableDay => AcceptedDates.Earliest.ToDateTime(TimeOnly.MinValue);

    /// <summary>The last day a date picker offers.</summary>
    public static DateTime LastPickableDay => AcceptedDates.Latest.ToDateTime(TimeOnly.MinValue);

    /// <summary>The message for a day outside <see cref="AcceptedDates"/>, or null: for list filters, which are not requests.</summary>
    public static string? DayError(DateOnly? day, IStringLocalizer text) =>
        day is { } value && !AcceptedDates.Contains(value) ? OutOfRangeMessage(text) : null;

    /// <summary>A code or a name: no control characters, and within <paramref name="maxLength"/> once cleaned as it is stored.</summary>
    public void Text(string field, string? value, int maxLength, bool required = true) => Check(field, value, maxLength, required, lineBreaksAllowed: false);

    /// <summary>Free text (a reason, a note): may break lines; otherwise as <see cref="Text"/>.</summary>
    public void Note(string field, string? value, int maxLength, bool required = false) => Check(field, value, maxLength, required, lineBreaksAllowed: true);

    /// <summary>
    /// A quantity or an amount of money as its column stores it: not beyond its digits (nor <paramref name="max"/>,
    /// where the field has a smaller limit of its own), no more decimals than it keeps.
    /// </summary>
    public void Number(string field, decimal? value, DecimalColumn? column = null, decimal? max = null)
    {
        var stored = column ?? DecimalColumn.Amount;
        var limit = Math.Min(max ?? stored.Max, stored.Max);
        if (value is not { } number)
        {
            return;
        }

        if (Math.Abs(number) > limit)
        {
            Fail(field, "Edges.NumberTooLarge", limit.ToString("#,0.####", CultureInfo.CurrentCulture));
        }
        else if (stored.Fit(number) == DecimalFit.TooPrecise)
        {
            Fail(field, "Edges.TooManyDecimals", stored.Scale);
        }
    }

    public void Day(string field, DateOnly? value)
    {
        if (value is { } day && !AcceptedDates.Contains(day))
        {
            OutOfRange(field);
        }
    }

    public void Moment(string field, DateTimeOffset? value)
    {
        if (value is { } moment && !AcceptedDates.Contains(moment))
        {
            OutOfRange(field);
        }
    }

    public void NotNegative(string field, decimal value)
    {
        if (value < 0)
        {
            Fail(field, "Catalog.NotNegative");
        }

        Number(field, value);
    }

    public void Positive(string field, decimal value)
    {
        if (value <= 0)
        {
            Fail(field, "Catalog.Positive");
        }

        Number(field, value);
    }

    /// <summary>Sets the field's error, replacing one found before: for a rule that says more than the check that found it.</summary>
    public void Add(string field, string resourceKey, params object[] arguments) => Errors[field] = [text[resourceKey, arguments]];

    /// <summary>The enum value named (case-insensitively); absent gives <paramref name="fallback"/> or, without one, an error.</summary>
    public TEnum OneOf<TEnum>(string field, string? value, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value) && fallback is { } given)
        {
            return given;
        }

        if (!string.IsNullOrWhiteSpace(value) && !int.TryParse(value, out _)
            && Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        Fail(field, string.IsNullOrWhiteSpace(value) ? "Validation.Required" : "Catalog.OneOf", string.Join(", ", Enum.GetNames<TEnum>()));
        return default;
    }

    /// <summary>Parses a value already validated by <see cref="OneOf{TEnum}"/>.</summary>
    public static TEnum Parse<TEnum>(string? value, TEnum fallback)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? fallback : Enum.Parse<TEnum>(value.Trim(), ignoreCase: true);

    private void Check(string field, string? value, int maxLength, bool required, bool lineBreaksAllowed)
    {
        if (value is not null && TypedText.HasControlCharacters(value, lineBreaksAllowed))
        {
            Fail(field, "Edges.ControlCharacters");
        }
        else if (TypedText.CleanOrNull(value) is not { } cleaned)
        {
            if (required)
            {
                Fail(field, "Validation.Required");
            }
        }
        else if (cleaned.Length > maxLength)
        {
            Fail(field, "Validation.TooLong", maxLength);
        }
    }

    private static string OutOfRangeMessage(IStringLocalizer text) => text["Edges.DateOutOfRange", AcceptedDates.EarliestText, AcceptedDates.LatestText];

    private void OutOfRange(string field) => Errors.TryAdd(field, [OutOfRangeMessage(text)]);

    private void Fail(string field, string resourceKey, params object[] arguments) => Errors.TryAdd(field, [text[resourceKey, arguments]]);

    /// <summary>A day from the query string (<c>yyyy-MM-dd</c>): null when absent, else the day, or a per-field error when it cannot be read or lies outside the days the app accepts.</summary>
    public static DateOnly? QueryDay(string? value, string field, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors[field] = [text["Validation.Date"]];
            return null;
        }

        if (DayError(day, text) is { } outOfRange)
        {
            errors[field] = [outOfRange];
            return null;
        }

        return day;
    }
}
