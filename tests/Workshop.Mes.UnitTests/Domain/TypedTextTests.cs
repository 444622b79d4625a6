using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class TypedTextTests
{
    [Theory]
    [InlineData("AP-01\u200B", "AP-01")] // zero-width space
    [InlineData("\u202EAP-01", "AP-01")] // right-to-left override
    [InlineData("AP\u200D-01\uFEFF", "AP-01")] // zero-width joiner, byte-order mark
    [InlineData("AP-01\u3164", "AP-01")] // Hangul filler
    [InlineData("  재단\u00A0작업대  ", "재단 작업대")] // no-break space inside, blanks around
    [InlineData("\u1100\u1161", "가")] // Hangul as a Mac writes it, composed
    [InlineData("AP-01\U000E0001", "AP-01")] // a format character outside the basic plane
    public void Cleaning_removes_what_cannot_be_seen_so_look_alike_codes_are_one(string typed, string stored)
    {
        TypedText.Clean(typed).ShouldBe(stored);
    }

    [Fact]
    public void Cleaning_keeps_what_people_write()
    {
        TypedText.Clean("면 원단 흰색 (60수) 😀").ShouldBe("면 원단 흰색 (60수) 😀");
        TypedText.CleanOrNull("\u200B \u3164").ShouldBeNull();
        TypedText.CleanOrNull(null).ShouldBeNull();
    }

    [Theory]
    [InlineData("AP\u000001")]
    [InlineData("AP\t01")]
    [InlineData("AP\u001B01")]
    [InlineData("AP\u007F01")]
    public void Control_characters_are_refused(string typed)
    {
        TypedText.HasControlCharacters(typed).ShouldBeTrue();
    }

    [Fact]
    public void Half_a_surrogate_pair_is_refused()
    {
        // Built here, not in InlineData: test-case names would replace the broken half before the rule sees it.
        TypedText.HasControlCharacters(string.Concat("AP", "\uD800", "01")).ShouldBeTrue();
        TypedText.HasControlCharacters(string.Concat("AP", "\uDC00")).ShouldBeTrue();
        TypedText.Clean(string.Concat("AP", "\uD800")).ShouldBe("AP\uFFFD");
    }

    [Fact]
    public void Notes_may_break_lines_and_blanks_around_a_name_are_trimmed_not_refused()
    {
        TypedText.HasControlCharacters("첫 줄\r\n둘째 줄\t끝", lineBreaksAllowed: true).ShouldBeFalse();
        TypedText.HasControlCharacters("첫 줄\u0000", lineBreaksAllowed: true).ShouldBeTrue();
        TypedText.HasControlCharacters("  AP-01\t\r\n").ShouldBeFalse();
        TypedText.HasControlCharacters("AP-01 😀").ShouldBeFalse();
    }
}
