using System.Globalization;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>
/// Reads one sheet row's cells as the types a kind needs, collecting per-field messages in the reader's language.
/// Cells are checked and cleaned as typed text is everywhere (<see cref="FieldChecks"/>, ADR 0027): a cell holding a
/// control character is refused and read as blank; invisible characters are removed before anything compares codes.
/// </summary>
internal sealed class RowCheck
{
    private static readonly string[] _yes = ["y", "yes", "true", "1", "o", "예", "네", "사용"];
    private static readonly string[] _no = ["n", "no", "false", "0", "x", "아니오", "아니요", "미사용"];

    private readonly IStringLocalizer _text;
    private readonly FieldChecks _checks;

    public RowCheck(int row, IReadOnlyDictionary<string, string?> cells, IStringLocalizer text)
    {
        Row = row;
        _text = text;
        _checks = new FieldChecks(text, Errors);
        foreach (var (field, cell) in cells)
        {
            _checks.Text(field, cell, int.MaxValue, required: false);
        }

        Values = cells.ToDictionary(c => c.Key, c => Errors.ContainsKey(c.Key) ? null : TypedText.CleanOrNull(c.Value));
    }

    public int Row { get; }

    public IReadOnlyDictionary<string, string?> Values { get; }

    public Dictionary<string, string[]> Errors { get; } = [];

    public bool IsValid => Errors.Count == 0;

    public void Fail(string field, string key, params object[] arguments)
    {
        var message = _text[key, arguments].Value;
        Errors[field] = Errors.TryGetValue(field, out var earlier) ? [.. earlier, message] : [message];
    }

    public string? Text(string field, bool required, int maxLength = 200)
    {
        var value = Values.GetValueOrDefault(field);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required && !Errors.ContainsKey(field))
            {
                Fail(field, "Import.Required");
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            Fail(field, "Import.TooLong", maxLength);
            return null;
        }

        return value;
    }

    /// <summary>
    /// A number at least <paramref name="minimum"/> (above it when <paramref name="exclusive"/>), as spreadsheets write
    /// it ("3,500원", <see cref="SheetNumber"/>); blank gives null.
    /// </summary>
    public decimal? Number(string field, bool required, decimal minimum = 0, bool exclusive = false)
    {
        if (Text(field, required) is not { } value)
        {
            return null;
        }

        if (!SheetNumber.TryParse(value, out var number))
        {
            Fail(field, "Import.NotANumber", value);
            return null;
        }

        if (exclusive ? number <= minimum : number < minimum)
        {
            Fail(field, exclusive ? "Import.MustBeAbove" : "Import.MustBeAtLeast", minimum.ToString("0.####", CultureInfo.CurrentCulture));
            return null;
        }

        _checks.Number(field, number);
        return Errors.ContainsKey(field) ? null : number;
    }

    public int? Integer(string field, bool required, int minimum)
    {
        if (Number(field, required, minimum) is not { } number)
        {
            return null;
        }

        _checks.Number(field, number, max: int.MaxValue);
        if (Errors.ContainsKey(field))
        {
            return null;
        }

        if (number != decimal.Truncate(number))
        {
            Fail(field, "Import.NotAWholeNumber");
            return null;
        }

        return (int)number;
    }

    public bool? Flag(string field)
    {
        if (Text(field, required: false) is not { } value)
        {
            return null;
        }

        var lowered = value.ToLowerInvariant();
        if (_yes.Contains(lowered))
        {
            return true;
        }

        if (_no.Contains(lowered))
        {
            return false;
        }

        Fail(field, "Import.NotAFlag", value);
        return null;
    }

    public DateOnly? Date(string field)
    {
        if (Text(field, required: false) is not { } value)
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyy-MM-dd HH:mm", "yyyyMMdd"];
        if (DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            _checks.Day(field, DateOnly.FromDateTime(date));
            return Errors.ContainsKey(field) ? null : DateOnly.FromDateTime(date);
        }

        Fail(field, "Import.NotADate", value);
        return null;
    }
}
