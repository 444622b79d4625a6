namespace Workshop.Mes.EndToEndTests;

/// <summary>The rules <see cref="EveryPageTests"/> applies to every page's text, checked on text written here.</summary>
public sealed class ShownTextTests
{
    [Theory]
    [InlineData("재고 9802.0000 m", "9802.0000")]
    [InlineData("수량: 0.0000", "0.0000")]
    [InlineData("작업지시 0195a3e2-8f1c-7c3e-9a5b-2f4d6e8a1b3c", "0195a3e2-8f1c-7c3e-9a5b-2f4d6e8a1b3c")]
    [InlineData("상태: InProgress", "InProgress")]
    [InlineData("구분 Material", "Material")]
    public void What_a_person_should_not_see_is_named(string text, string named) =>
        ShownText.Findings(text, korean: true).ShouldHaveSingleItem().ShouldContain(named);

    [Theory]
    [InlineData("재고 9,802 m · 단가 21,000원 · 0.5 kg · 12.00005")]
    [InlineData("작업지시 WO-2611-0004 · 로트 FB-CT-WH-2609-01 · SO-2611-0012")]
    [InlineData("29CM 입점 '린넨앤코' · OEM · BOM · CSV · Excel")]
    public void What_an_owner_reads_is_not_a_finding(string text) =>
        ShownText.Findings(text, korean: true).ShouldBeEmpty();

    [Fact]
    public void An_english_page_may_use_the_english_words_that_are_also_code_names() =>
        ShownText.Findings("Kind: Material", korean: false).ShouldBeEmpty();
}
