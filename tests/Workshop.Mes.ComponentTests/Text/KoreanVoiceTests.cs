using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Testing;
using Workshop.Mes.Web;
using Workshop.Mes.Web.Features;

namespace Workshop.Mes.ComponentTests.Text;

/// <summary>Every message the app shows reads with the particle that fits the word filled in, never "을(를)".</summary>
public sealed class KoreanVoiceTests
{
    [Theory]
    [InlineData("WO-2611-0004", "작업지시 WO-2611-0004를 만들었습니다.")]
    [InlineData("WO-2611-0013", "작업지시 WO-2611-0013을 만들었습니다.")]
    public void A_created_order_takes_the_object_particle_its_number_ends_on(string number, string message) =>
        Korean()["WorkOrders.Created", number].Value.ShouldBe(message);

    [Fact]
    public void A_status_change_takes_ro_or_euro()
    {
        var text = Korean();

        text["WorkOrders.Changed", "보류"].Value.ShouldBe("상태를 보류로 바꿨습니다.");
        text["WorkOrders.Changed", "진행 중"].Value.ShouldBe("상태를 진행 중으로 바꿨습니다.");
    }

    [Fact]
    public void A_short_completion_says_what_is_missing_in_the_workshops_units()
    {
        var text = Korean();

        text["WorkOrders.CompleteShort", Formats.Quantity(text, 4, "sheet"), Formats.Quantity(text, 10, "sheet"), Formats.Quantity(text, 6, "sheet")].Value
            .ShouldBe("지시 수량 10\u00a0장 중 4\u00a0장만 완성되어 6\u00a0장이 모자랍니다.");
    }

    [Fact]
    public void No_korean_message_shows_a_combined_particle_once_its_word_is_known()
    {
        var text = Korean();

        var shown = text.GetAllStrings(includeParentCultures: false)
            .Where(s => !s.Value.Contains('{', StringComparison.Ordinal))
            .Where(s => s.Value.Contains("을(를)", StringComparison.Ordinal) || s.Value.Contains("(으)로", StringComparison.Ordinal)
                || s.Value.Contains("은(는)", StringComparison.Ordinal) || s.Value.Contains("이(가)", StringComparison.Ordinal))
            .Select(s => s.Name);

        shown.ShouldBeEmpty();
    }

    [Fact]
    public void No_korean_resource_is_written_with_a_combined_particle()
    {
        string[] combined = ["(를)", "(을)", "(으)로", "(는)", "(은)", "(이)", "(가)", "(과)", "(와)"];

        var written = KoreanResources().Where(r => combined.Any(c => r.Value.Contains(c, StringComparison.Ordinal))).Select(r => r.Key);

        written.ShouldBeEmpty();
    }

    [Fact]
    public void Every_particle_a_message_writes_after_its_value_is_one_the_app_knows()
    {
        // "{0:을}" is read by KoreanParticles.Mark; any other Korean after the colon would reach string.Format as a number format.
        var unknown = KoreanResources()
            .SelectMany(r => Regex.Matches(r.Value, @"\{\d+:([^}]*)\}").Select(m => (r.Key, Format: m.Groups[1].Value)))
            .Where(item => item.Format.Any(c => c is >= '가' and <= '힣') && item.Format is not ("을" or "를" or "이" or "가" or "은" or "는" or "과" or "와" or "으로" or "로"))
            .Select(item => $"{item.Key}: {item.Format}");

        unknown.ShouldBeEmpty();
    }

    [Fact]
    public void A_value_in_quotes_that_has_no_one_reading_is_shown_without_a_particle_to_guess()
    {
        var text = Korean();

        text["Import.NotANumber", "abc"].Value.ShouldBe("숫자가 아닙니다: 'abc'");
        text["Import.UnknownLocation", "창고2"].Value.ShouldBe("없는 위치 코드입니다: '창고2'");
    }

    /// <summary>
    /// One politeness level (docs/glossary.md, Voice): a request ends "…해 주세요" and a statement "…합니다"; never the
    /// plainer "…하세요" or the chatty "…했어요" beside them. A question may end "…할까요?"; the tablet still greets with "안녕하세요".
    /// </summary>
    [Fact]
    public void Every_korean_text_asks_with_juseyo_and_states_with_hamnida()
    {
        var casual = new Regex(@"[가-힣]*요(?=[.!,)\s]|$)");
        string[] files =
        [
            Path.Combine(RepositoryFiles.WebProjectFolder, "Resources", "SharedResource.ko.resx"),
            RepositoryFiles.PathOf(Path.Combine("src", "Workshop.Mes.ShopFloor", "Resources", "Text.ko.resx")),
        ];

        var off = files.SelectMany(Resources)
            .SelectMany(r => casual.Matches(r.Value).Select(m => (r.Key, Word: m.Value)))
            .Where(found => !found.Word.EndsWith("주세요", StringComparison.Ordinal) && !found.Word.EndsWith("까요", StringComparison.Ordinal))
            .Where(found => found.Word is not ("안녕하세요" or "아니요" or "필요" or "중요" or "수요" or "주요"))
            .Select(found => $"{found.Key}: {found.Word}");

        off.ShouldBeEmpty();
    }

    private static IEnumerable<KeyValuePair<string, string>> KoreanResources() =>
        Resources(Path.Combine(RepositoryFiles.WebProjectFolder, "Resources", "SharedResource.ko.resx"));

    private static IEnumerable<KeyValuePair<string, string>> Resources(string file) =>
        XDocument.Load(file).Root!.Elements("data").Select(d => KeyValuePair.Create((string)d.Attribute("name")!, (string?)d.Element("value") ?? string.Empty));

    private static IStringLocalizer Korean()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var services = new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "Resources");
        ParticleLocalizerFactory.Register(services);
        return services.BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();
    }
}
