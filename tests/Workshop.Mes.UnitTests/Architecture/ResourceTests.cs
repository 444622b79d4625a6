using Workshop.Mes.Testing;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Workshop.Mes.UnitTests.Architecture;

public sealed partial class ResourceTests
{
    private static readonly string _english = RepositoryFiles.PathOf("src/Workshop.Mes.Web/Resources/SharedResource.resx");
    private static readonly string _korean = RepositoryFiles.PathOf("src/Workshop.Mes.Web/Resources/SharedResource.ko.resx");

    [Fact]
    public void Every_english_string_has_a_korean_translation_and_back()
    {
        var english = Load(_english);
        var korean = Load(_korean);

        english.Keys.Except(korean.Keys).ShouldBeEmpty("missing in Korean");
        korean.Keys.Except(english.Keys).ShouldBeEmpty("missing in English");
        korean.Where(k => string.IsNullOrWhiteSpace(k.Value)).Select(k => k.Key).ShouldBeEmpty("empty Korean text");
    }

    [Fact]
    public void Korean_and_english_texts_use_the_same_placeholders()
    {
        var english = Load(_english);
        var korean = Load(_korean);

        foreach (var (key, text) in english)
        {
            Placeholders(korean[key]).ShouldBe(Placeholders(text), $"placeholders of {key}");
        }
    }

    [Fact]
    public void Every_business_rule_the_domain_can_break_has_a_message_in_both_languages()
    {
        var codes = Directory.EnumerateFiles(RepositoryFiles.PathOf("src/Workshop.Mes.Domain"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => RuleCode().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        var english = Load(_english);
        var korean = Load(_korean);

        codes.Count.ShouldBeGreaterThan(30);
        codes.Where(code => !english.ContainsKey($"Rule.{code}") || !korean.ContainsKey($"Rule.{code}")).ShouldBeEmpty();
    }

    private static Dictionary<string, string> Load(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    // A Korean message may give a value its particle as its format ("{1:을}", KoreanParticles.Mark): the same value as "{1}".
    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => $"{{{m.Groups[1].Value}}}").Distinct().Order()];

    [GeneratedRegex("""DomainRuleException\(\s*"([a-z_]+\.[a-z_]+)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex RuleCode();

    [GeneratedRegex(@"\{([a-z_0-9]+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
