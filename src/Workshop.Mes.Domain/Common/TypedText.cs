using System.Globalization;
using System.Text;

namespace Workshop.Mes.Domain.Common;

/// <summary>
/// Text people type or paste into codes, names and notes, made safe to store and to compare (ADR 0027). Invisible
/// characters are removed, so <c>AP-01</c> and <c>AP-01</c> with a zero-width space are one code; control characters
/// (NUL, which PostgreSQL cannot store, escape, …) and broken surrogate halves are refused, because removing them
/// could silently join or change what was meant.
/// </summary>
public static class TypedText
{
    // Hangul fillers are letters to Unicode but print as nothing; they are a known way to fake a blank or a twin name.
    private static readonly HashSet<int> _invisibleLetters = [0x115F, 0x1160, 0x3164, 0xFFA0];

    /// <summary>
    /// The text as it is stored and compared: invisible format characters (category Cf: U+200B zero-width space,
    /// U+202E right-to-left override, U+FEFF, …) and Hangul fillers removed, every kind of space made a plain space,
    /// composed (NFC, so Hangul typed on a Mac equals Hangul typed on Windows), and trimmed.
    /// </summary>
    public static string Clean(string value)
    {
        var kept = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category == UnicodeCategory.Format || _invisibleLetters.Contains(rune.Value))
            {
                continue;
            }

            kept.Append(category == UnicodeCategory.SpaceSeparator ? " " : rune.ToString());
        }

        // EnumerateRunes reads a broken surrogate as U+FFFD, so what is left is well formed and can be normalised.
        return kept.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    /// <summary>Null for nothing but blanks, otherwise <see cref="Clean"/>.</summary>
    public static string? CleanOrNull(string? value) =>
        string.IsNullOrWhiteSpace(value) || Clean(value) is not { Length: > 0 } cleaned ? null : cleaned;

    /// <summary>
    /// Whether the text holds a character nobody can mean in a field: a control character (NUL, escape, a tab inside
    /// a name, …) or half of a surrogate pair. Notes may hold line breaks and tabs. Blanks at either end do not count,
    /// since they are trimmed.
    /// </summary>
    public static bool HasControlCharacters(string value, bool lineBreaksAllowed = false)
    {
        var text = value.AsSpan().Trim();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && !(lineBreaksAllowed && c is '\n' or '\r' or '\t')))
            {
                return true;
            }
        }

        return false;
    }
}
