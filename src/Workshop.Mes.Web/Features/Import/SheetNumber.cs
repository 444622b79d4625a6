using System.Globalization;
using System.Text;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>
/// A number cell as Korean spreadsheets write it (ADR 0074): "3500", " 3500 ", "3,500", "3,500원", "₩3,500",
/// "￦3,500", "\3,500" (the won sign of Korean Windows fonts), "1,250.5", "-3", and full-width digits ("３５００").
/// Thousands are grouped by threes ("1,2,3" is not a number, so a decimal comma is never misread as a grouping), at
/// most one currency mark is taken off, and nothing else is guessed: "3.5e3", "(3,500)", "3 500" and "원" alone are
/// not numbers. Whether the number fits its column is the caller's check.
/// </summary>
internal static class SheetNumber
{
    private const string WonSigns = "₩\\";
    private const string Won = "원";

    public static bool TryParse(string? cell, out decimal number)
    {
        number = 0;
        if (Normalise(cell) is not { Length: > 0 } text)
        {
            return false;
        }

        var negative = text[0] == '-';
        text = text[0] is '-' or '+' ? text[1..] : text;
        if (text.EndsWith(Won, StringComparison.Ordinal))
        {
            text = text[..^Won.Length].TrimEnd();
        }
        else if (text.Length > 0 && WonSigns.Contains(text[0], StringComparison.Ordinal))
        {
            text = text[1..].TrimStart();
        }

        if (!negative && text.StartsWith('-'))
        {
            // "₩-3,500": the sign after the currency mark.
            negative = true;
            text = text[1..];
        }

        if (!IsPlainNumber(text))
        {
            return false;
        }

        if (!decimal.TryParse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number))
        {
            return false;
        }

        number = negative ? -number : number;
        return true;
    }

    /// <summary>Trimmed, with full-width digits, signs and marks as their plain forms (NFKC folds ０-９, ，, ．, －, ￦).</summary>
    private static string? Normalise(string? cell)
    {
        if (string.IsNullOrWhiteSpace(cell))
        {
            return null;
        }

        return cell.Normalize(NormalizationForm.FormKC).Replace('\u2212', '-').Trim();
    }

    /// <summary>Digits grouped by threes or not at all, then an optional fraction: 3500, 3,500, 1,250.5, .5.</summary>
    private static bool IsPlainNumber(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? string.Empty : text[(point + 1)..];
        if (!fraction.All(char.IsAsciiDigit) || (whole.Length == 0 && fraction.Length == 0))
        {
            return false;
        }

        var groups = whole.Split(',');
        return groups.All(g => g.All(char.IsAsciiDigit))
            && (groups.Length == 1 || (groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3)));
    }
}
