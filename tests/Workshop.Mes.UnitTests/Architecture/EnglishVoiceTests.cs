using System.Text.RegularExpressions;
using System.Xml.Linq;
using Workshop.Mes.Testing;

namespace Workshop.Mes.UnitTests.Architecture;

/// <summary>
/// The English texts of the app and the tablet speak one plain voice (docs/glossary.md, English voice): no Korean left
/// in them, requests as plain imperatives without "please", US spelling, one word per thing ("workstation", never
/// "station"), and counts that read right for one as for many.
/// </summary>
public sealed partial class EnglishVoiceTests
{
    private static readonly string[] _files =
    [
        RepositoryFiles.PathOf("src/Workshop.Mes.Web/Resources/SharedResource.resx"),
        RepositoryFiles.PathOf("src/Workshop.Mes.ShopFloor/Resources/Text.resx"),
    ];

    [Fact]
    public void No_english_text_holds_korean()
    {
        // The tablet's language switch names the other language in its own words.
        var korean = English().Where(r => Hangul().IsMatch(r.Value) && r.Key != "Shell.Language").Select(r => $"{r.Key}: {r.Value}");

        korean.ShouldBeEmpty();
    }

    [Fact]
    public void English_asks_plainly_without_please()
    {
        var pleading = English().Where(r => r.Value.Contains("please", StringComparison.OrdinalIgnoreCase)).Select(r => $"{r.Key}: {r.Value}");

        pleading.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(@"\b[Cc]olour", "color")]
    [InlineData(@"\b[Ll]abour", "labor")]
    [InlineData(@"\b[Aa]nalys(?:e|ed|es|ing)\b", "analyze")]
    [InlineData(@"\b[Cc]atalogue", "catalog")]
    [InlineData(@"\bcancell|^Cancelled", "canceled (the API's value Cancelled stays)")]
    [InlineData(@"\b[Tt]ravell", "traveler")]
    [InlineData(@"(?<!work)\b[Ss]tations?\b", "workstation")]
    [InlineData(@"\(s\)", "a count after a colon: \"Photos: 3\"")]
    [InlineData(@"\.\.\.", "…")]
    public void English_texts_use_one_spelling_and_one_word(string avoid, string instead)
    {
        var found = English().Where(r => Regex.IsMatch(r.Value, avoid)).Select(r => $"{r.Key}: {r.Value}");

        found.ShouldBeEmpty($"write {instead}");
    }

    [Fact]
    public void A_count_in_front_of_a_plural_noun_is_written_after_a_colon_instead()
    {
        // "{0} lines saved" reads "1 lines saved"; "Lines saved: {0}" reads right for one and for many. A limit ("at most
        // {0} characters") is never one, and is left as it reads.
        var counted = English().Where(r => CountedPlural().IsMatch(r.Value)).Select(r => $"{r.Key}: {r.Value}");

        counted.ShouldBeEmpty();
    }

    private static IEnumerable<KeyValuePair<string, string>> English() =>
        _files.SelectMany(file => XDocument.Load(file).Root!.Elements("data")
            .Select(d => KeyValuePair.Create((string)d.Attribute("name")!, (string?)d.Element("value") ?? string.Empty)));

    [GeneratedRegex("[가-힣ㄱ-ㅎㅏ-ㅣ]")]
    private static partial Regex Hangul();

    // "{0} lines", "{2} shipped lines": a count, then a plural of something the app counts.
    [GeneratedRegex(@"(?<!at most |at least |up to |more than )\{\d+\} (?:[a-z]+ )?(?:lines|rows|orders|items|photos|lots|steps|records|tries|stops|minutes|seconds|hours|pieces|times)\b")]
    private static partial Regex CountedPlural();
}
