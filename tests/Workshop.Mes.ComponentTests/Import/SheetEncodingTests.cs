using System.Text;
using Workshop.Mes.Web.Features.Import;

namespace Workshop.Mes.ComponentTests.Import;

/// <summary>A CSV is UTF-8 when it says so or its bytes are valid UTF-8, otherwise CP949 as Korean Excel saves it (ADR 0074).</summary>
public sealed class SheetEncodingTests
{
    private const string Sheet = "품목코드,품목명,구분,단위\nTH-01,면사 흰색,자재,콘\n";

    private static readonly Encoding _cp949 = CodePagesEncodingProvider.Instance.GetEncoding(949)!;

    [Fact]
    public void Utf8_with_or_without_its_mark_is_utf8_and_handed_over_as_it_is()
    {
        byte[] marked = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Sheet)];
        var plain = Encoding.UTF8.GetBytes(Sheet);

        SheetEncoding.Detect(marked).CodePage.ShouldBe(65001);
        SheetEncoding.Detect(plain).CodePage.ShouldBe(65001);
        using var stream = new MemoryStream(plain);
        SheetEncoding.AsUtf8(stream).ShouldBeSameAs(stream);
    }

    [Fact]
    public void Plain_ascii_is_utf8()
    {
        SheetEncoding.Detect("code,name,kind,unit\nTH-01,thread,material,cone\n"u8).CodePage.ShouldBe(65001);
        SheetEncoding.Detect([]).CodePage.ShouldBe(65001);
    }

    [Fact]
    public void Korean_excels_csv_is_cp949_and_reads_back_as_the_same_text()
    {
        var bytes = _cp949.GetBytes(Sheet);

        SheetEncoding.Detect(bytes).CodePage.ShouldBe(949);
        using var stream = SheetEncoding.AsUtf8(new MemoryStream(bytes)).ShouldNotBeNull();
        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(Sheet);
    }

    [Fact]
    public void Cp949s_extended_syllables_read_too()
    {
        // 똠, 햏 and 뷁 are outside EUC-KR's 2,350 syllables; CP949 (Korean Windows) has them.
        const string text = "품목명\n똠얌 햏 뷁 원단\n";

        using var stream = SheetEncoding.AsUtf8(new MemoryStream(_cp949.GetBytes(text))).ShouldNotBeNull();

        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(text);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_cp949_text_are_not_a_sheet()
    {
        var garbage = new byte[4096];
        new Random(13).NextBytes(garbage);
        byte[] withNul = [.. _cp949.GetBytes("품목코드,품목명\n"), 0, 1, 2, .. _cp949.GetBytes("면사\n")];

        SheetEncoding.AsUtf8(new MemoryStream(garbage)).ShouldBeNull();
        SheetEncoding.AsUtf8(new MemoryStream(withNul)).ShouldBeNull();
    }
}
