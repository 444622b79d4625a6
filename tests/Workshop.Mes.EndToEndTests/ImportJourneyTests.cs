using System.Text;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// Issue 13, item 4: the owner saves the item list in Korean Excel as "CSV (쉼표로 분리)", which is CP949, and imports
/// it as it is. Before, the file was refused with "다음 열이 없습니다" and the owner had to find Excel's "CSV UTF-8"
/// and save again; now the preview shows the Korean names and one tap imports them.
/// </summary>
public sealed class ImportJourneyTests(RunningApp app)
{
    /// <summary>Measured on the open import page: 1 to choose the file, 1 to import.</summary>
    private const int MostInteractions = 2;

    static ImportJourneyTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData(ScreenSize.Desktop)]
    [InlineData(ScreenSize.Phone)]
    public async Task A_cp949_csv_from_korean_excel_imports_with_its_korean_names(ScreenSize screen)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        using var scratch = new ScratchFolder("import-cp949");
        var sheet = Path.Combine(scratch.Path, "품목.csv");
        await File.WriteAllBytesAsync(sheet, Encoding.GetEncoding(949).GetBytes(
            $"품목코드,품목명,구분,단위,표준원가,로트관리\r\nKR-{suffix}-1,린넨 원단 베이지,자재,마,\"3,500원\",예\r\nKR-{suffix}-2,자개 단추 12mm,부품,개,₩120,아니오\r\n"));
        await using var browser = await app.NewSignedInContextAsync(screen);
        var import = new ImportScreens(await browser.NewPageAsync());

        await import.Page.GotoAsync("/import");

        // The page says what to import first, and the picker starts there.
        await Expect(import.Steps).ToHaveCountAsync(4);
        await Expect(import.Steps.Nth(0)).ToContainTextAsync("품목");
        await Expect(import.Steps.Nth(1)).ToContainTextAsync("1단계의 제품코드와 자재코드");
        await Expect(import.Steps.Nth(3)).ToContainTextAsync("기초 재고");
        await Expect(import.Kind).ToHaveValueAsync("1. 품목");

        await import.ChooseFileAsync(sheet);

        await Expect(import.Summary).ToHaveTextAsync("2개 행 모두 가져올 수 있습니다.");
        await Expect(import.Cell(2, "name")).ToHaveTextAsync("린넨 원단 베이지");
        await Expect(import.Cell(3, "name")).ToHaveTextAsync("자개 단추 12mm");
        await Expect(import.Cell(2, "standardCost")).ToHaveTextAsync("3,500원");
        await import.CommitAsync();

        await Expect(import.Result).ToHaveTextAsync("가져오기 완료: 2건 추가, 0건 수정.");
        import.Interactions.ShouldBeLessThanOrEqualTo(MostInteractions, $"importing took {import.Interactions} interactions on a {screen}");
    }
}
