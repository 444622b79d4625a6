using System.Text;
using System.Text.RegularExpressions;

namespace Workshop.Mes.Domain.Common;

/// <summary>
/// Korean particles chosen by the sound the preceding word ends on: 을/를, 이/가, 은/는, 과/와 by whether it ends on a
/// consonant (받침), 으로/로 likewise except that a word ending on ㄹ takes 로 (서울로). A message writes the particle as
/// its value's format ("{0:을}", "{0:으로}"); <see cref="Mark"/> turns that into the combined form after the value
/// ("{0}을(를)") and, once the value is filled in, <see cref="Resolve"/> replaces it with the one that fits.
/// Digits are read as Sino-Korean numbers (1 일, 3 삼, 10 십) and Latin letters by their names (M 엠, L 엘, P 피).
/// Text in quotes that ends on a Latin letter (a spreadsheet cell, a code) has no one reading, so it keeps the combined form.
/// </summary>
public static partial class KoreanParticles
{
    private enum Ending
    {
        Vowel,
        Consonant,
        Rieul,
        Unknown,
    }

    private static readonly (string Marker, string AfterConsonant, string AfterVowel, bool RieulTakesVowelForm)[] _markers =
    [
        ("을(를)", "을", "를", false),
        ("를(을)", "을", "를", false),
        ("이(가)", "이", "가", false),
        ("가(이)", "이", "가", false),
        ("은(는)", "은", "는", false),
        ("는(은)", "은", "는", false),
        ("과(와)", "과", "와", false),
        ("와(과)", "과", "와", false),
        ("(으)로", "으로", "로", true),
    ];


    /// <summary>
    /// Replaces each particle format item ("{0:을}", "{1:로}") with the plain item and the combined particle after it
    /// ("{0}을(를)"), ready for <c>string.Format</c> and then <see cref="Resolve"/>.
    /// </summary>
    public static string Mark(string template) =>
        template.IndexOf(':', StringComparison.Ordinal) < 0
            ? template
            : ParticleItems().Replace(template, item => $"{{{item.Groups[1].Value}}}{MarkerOf(item.Groups[2].Value)}");

    private static string MarkerOf(string particle) => particle switch
    {
        "을" or "를" => "을(를)",
        "이" or "가" => "이(가)",
        "은" or "는" => "은(는)",
        "과" or "와" => "과(와)",
        _ => "(으)로",
    };

    /// <summary>The particle that follows <paramref name="word"/>, e.g. <c>Object("작업지시")</c> is 를.</summary>
    public static string Pick(string word, string afterConsonant, string afterVowel, bool rieulTakesVowelForm = false) =>
        EndingOf(word, word.Length) switch
        {
            Ending.Consonant => afterConsonant,
            Ending.Rieul => rieulTakesVowelForm ? afterVowel : afterConsonant,
            Ending.Vowel => afterVowel,
            _ => $"{afterConsonant}({afterVowel})",
        };

    /// <summary>을 or 를.</summary>
    public static string Object(string word) => Pick(word, "을", "를");

    /// <summary>이 or 가.</summary>
    public static string Subject(string word) => Pick(word, "이", "가");

    /// <summary>은 or 는.</summary>
    public static string Topic(string word) => Pick(word, "은", "는");

    /// <summary>과 or 와.</summary>
    public static string And(string word) => Pick(word, "과", "와");

    /// <summary>으로 or 로 (로 after ㄹ).</summary>
    public static string Toward(string word) => Pick(word, "으로", "로", rieulTakesVowelForm: true);

    /// <summary>Replaces every combined particle in <paramref name="text"/> with the one the word before it takes.</summary>
    public static string Resolve(string text)
    {
        if (text.IndexOf('(', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var match = Array.FindIndex(_markers, m => string.CompareOrdinal(text, i, m.Marker, 0, m.Marker.Length) == 0);
            if (match < 0)
            {
                result.Append(text[i]);
                i++;
                continue;
            }

            var (marker, consonant, vowel, rieul) = _markers[match];
            var written = result.ToString();
            result.Append(EndingOf(written, written.Length) switch
            {
                Ending.Consonant => consonant,
                Ending.Rieul => rieul ? vowel : consonant,
                Ending.Vowel => vowel,
                _ => marker,
            });
            i += marker.Length;
        }

        return result.ToString();
    }

    private static Ending EndingOf(string text, int end)
    {
        var last = end - 1;
        var quoted = false;
        while (last >= 0 && (text[last] is '\'' or '"' or '’' or '”' or '」' or ')' or ']' || char.IsWhiteSpace(text[last])))
        {
            quoted |= text[last] is not (')' or ']') && !char.IsWhiteSpace(text[last]);
            last--;
        }

        if (last < 0)
        {
            return Ending.Unknown;
        }

        var c = text[last];
        if (c is >= '가' and <= '힣')
        {
            return ((c - '가') % 28) switch
            {
                0 => Ending.Vowel,
                8 => Ending.Rieul,
                _ => Ending.Consonant,
            };
        }

        if (char.IsAsciiDigit(c))
        {
            return c switch
            {
                '2' or '4' or '5' or '9' => Ending.Vowel, // 이, 사, 오, 구
                '1' or '7' or '8' => Ending.Rieul, // 일, 칠, 팔
                _ => Ending.Consonant, // 영·십·백·천·만, 삼, 육
            };
        }

        if (char.IsAsciiLetter(c))
        {
            if (quoted)
            {
                return Ending.Unknown;
            }

            return char.ToUpperInvariant(c) switch
            {
                'L' or 'R' => Ending.Rieul, // 엘, 알
                'M' or 'N' => Ending.Consonant, // 엠, 엔
                _ => Ending.Vowel, // 에이, 비, 씨, 디 …
            };
        }

        return Ending.Unknown;
    }

    // "{0:을}": a format item whose format is a particle, in either of its forms.
    [GeneratedRegex(@"\{(\d+):(을|를|이|가|은|는|과|와|으로|로)\}", RegexOptions.CultureInvariant)]
    private static partial Regex ParticleItems();
}
