using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using MiniExcelLibs;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Import;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Import;

/// <summary>
/// Issue 13, item 4: spreadsheets as Korean Excel saves them (ADR 0074). A "CSV (쉼표로 분리)" file is CP949, money is
/// written "3,500원", and the Excel template says on its guidance sheet which values each column takes.
/// </summary>
public sealed class KoreanSpreadsheetTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    static KoreanSpreadsheetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Encoding Cp949 => Encoding.GetEncoding(949);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_cp949_csv_from_korean_excel_imports_its_korean_names_and_values()
    {
        var owner = await OwnerAsync();
        const string sheet = """
            품목코드,품목명,구분,단위,표준원가,재주문점,로트관리
            KR-01,린넨 원단 베이지,자재,마,"3,500원",100,예
            KR-02,자개 단추 12mm,부품,개,₩120,"1,250.5",아니오
            KR-03,생활한복 저고리,제품,벌," 38000 ",,
            """;

        using var response = await PostAsync(owner, "/api/v1/import/items", Cp949.GetBytes(sheet), "품목.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<ImportResult>(ApiJson.Options)).ShouldBe(new ImportResult(ImportKind.Items, 3, 0));
        var found = (await owner.GetFromJsonAsync<Page<ItemView>>("/api/v1/items?search=KR-&sort=code"))!.Items;
        found.Select(i => (i.Code, i.Name, i.Kind, i.Unit, i.StandardCost, i.ReorderPoint, i.LotTracked)).ShouldBe(
        [
            ("KR-01", "린넨 원단 베이지", "Material", "마", 3500m, 100m, true),
            ("KR-02", "자개 단추 12mm", "Component", "개", 120m, 1250.5m, false),
            ("KR-03", "생활한복 저고리", "Product", "벌", 38000m, 0m, false),
        ]);
    }

    [Fact]
    public async Task A_money_cell_that_is_still_not_a_number_names_its_value()
    {
        var owner = await OwnerAsync();
        const string sheet = "품목코드,품목명,구분,단위,표준원가\nKR-01,린넨,자재,마,원\nKR-02,단추,부품,개,\"1,2,3\"\nKR-03,실,자재,콘,-3500원\n";

        using var response = await PostAsync(owner, "/api/v1/import/items/preview", Cp949.GetBytes(sheet), "items.csv");

        var preview = (await response.Content.ReadFromJsonAsync<ImportPreview>(ApiJson.Options))!;
        preview.Rows.Select(r => r.Errors["standardCost"].Single()).ShouldBe(["숫자가 아닙니다: '원'", "숫자가 아닙니다: '1,2,3'", "0 이상이어야 합니다."]);
    }

    [Fact]
    public async Task A_cp949_csv_without_a_column_names_the_missing_column_in_korean()
    {
        var owner = await OwnerAsync();

        using var response = await PostAsync(owner, "/api/v1/import/items/preview", Cp949.GetBytes("품목코드,품목명,단위\nKR-01,린넨 원단,마\n"), "items.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["file"].ShouldBe(["다음 열이 없습니다: 구분 (Kind)."]);
    }

    [Fact]
    public async Task A_file_of_binary_garbage_is_refused_as_not_a_text_csv_and_saves_nothing()
    {
        var owner = await OwnerAsync();
        var garbage = new byte[8192];
        new Random(4).NextBytes(garbage);
        garbage[0] = 0x89;

        using var korean = await PostAsync(owner, "/api/v1/import/items", garbage, "품목.csv");
        using var english = await PostAsync(owner, "/api/v1/import/items/preview?culture=en", garbage, "items.csv");

        korean.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await korean.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["file"]
            .ShouldBe(["이 파일은 글자로 된 CSV가 아니라서 읽을 수 없습니다. 엑셀에서 'CSV (쉼표로 분리)'나 'Excel 통합 문서(.xlsx)'로 저장해 다시 올려 주세요."]);
        (await english.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["file"].Single().ShouldStartWith("This file is not a CSV of text");
        (await owner.GetFromJsonAsync<Page<ItemView>>("/api/v1/items?search=KR-"))!.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_excel_templates_guidance_sheet_lists_each_column_and_its_allowed_values_in_the_readers_language()
    {
        var owner = await OwnerAsync();

        var korean = await owner.GetByteArrayAsync("/api/v1/import/templates/items?format=xlsx");
        var english = await owner.GetByteArrayAsync("/api/v1/import/templates/routings?format=xlsx&culture=en");
        var csv = await owner.GetStringAsync("/api/v1/import/templates/items?format=csv");

        MiniExcel.GetSheetNames(new MemoryStream(korean)).ShouldBe(["품목", "안내"]);
        var guide = Guidance(korean, "안내", "열");
        guide.Keys.ShouldBe(["품목코드", "품목명", "구분", "단위", "표준원가", "재주문점", "안전재고", "조달 기간", "로트관리"]);
        guide["구분"]["필수"].ShouldBe("예");
        guide["구분"]["쓸 수 있는 값"].ShouldStartWith("자재, 부품, 제품");
        guide["로트관리"]["필수"].ShouldBe("아니오");
        guide["로트관리"]["쓸 수 있는 값"].ShouldStartWith("예, 아니오");
        guide["표준원가"]["쓸 수 있는 값"].ShouldContain("3,500원");
        guide["단위"]["쓸 수 있는 값"].ShouldContain("장, 벌, 개, 마, 콘");
        guide.Values.ShouldAllBe(line => !string.IsNullOrWhiteSpace(line["설명"]) && !line["설명"].StartsWith("Import.", StringComparison.Ordinal));

        MiniExcel.GetSheetNames(new MemoryStream(english)).ShouldBe(["Routings", "Guidance"]);
        var routing = Guidance(english, "Guidance", "Column");
        routing["Inspection"]["Allowed values"].ShouldStartWith("Y or N");
        routing["Workstation code"]["Required"].ShouldBe("Yes");
        csv.ShouldNotContain("안내");
        csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2, "a CSV template is the header and one example row");
    }

    [Fact]
    public async Task The_korean_excel_template_imports_as_it_is_downloaded()
    {
        var owner = await OwnerAsync();
        var template = await owner.GetByteArrayAsync("/api/v1/import/templates/items?format=xlsx");
        var example = new MemoryStream(template).Query(useHeaderRow: true, sheetName: "품목").Cast<IDictionary<string, object?>>().Single();

        using var response = await PostAsync(owner, "/api/v1/import/items/preview", template, "import-items.xlsx");

        (example["구분"], example["로트관리"]).ShouldBe(("자재", "예"));
        var preview = (await response.Content.ReadFromJsonAsync<ImportPreview>(ApiJson.Options))!;
        preview.ErrorRowCount.ShouldBe(0, string.Join(", ", preview.Rows.SelectMany(r => r.Errors.Values.SelectMany(e => e))));
        preview.Rows.ShouldHaveSingleItem();
    }

    private static Dictionary<string, Dictionary<string, string>> Guidance(byte[] workbook, string sheet, string column) =>
        new MemoryStream(workbook).Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .ToDictionary(row => (string)row[column]!, row => row.ToDictionary(c => c.Key, c => c.Value?.ToString() ?? string.Empty));

    private async Task<HttpClient> OwnerAsync()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        return await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        return client.PostAsync(path, new MultipartFormDataContent { { file, "file", fileName } });
    }
}
