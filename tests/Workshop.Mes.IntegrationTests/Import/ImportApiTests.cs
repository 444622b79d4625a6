using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Workshop.Mes.Contracts.Import;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Import;

public sealed class ImportApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_csv_with_two_bad_rows_commits_nothing_and_names_both_rows_and_their_fields()
    {
        var (_, client) = await OwnerAsync();
        const string csv = """
            품목코드,품목명,구분,단위,표준원가
            TH-01,면사 흰색,자재,콘,3000
            TH-02,,자재,콘,3000
            BT-01,단추 12mm,부품,ea,abc
            BT-02,단추 15mm,부품,ea,120
            """;
        var before = await CountsAsync();

        using var response = await PostFileAsync(client, "/api/v1/import/items", csv, "items.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        problem.Errors.Keys.Order().ShouldBe(["rows[3].name", "rows[4].standardCost"]);
        problem.Errors["rows[3].name"].ShouldBe(["값을 입력해 주세요."]);
        problem.Errors["rows[4].standardCost"].ShouldBe(["숫자가 아닙니다: 'abc'"]);
        problem.Detail.ShouldBe("2개 행에 오류가 있어 아무것도 저장하지 않았습니다.");
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_preview_checks_every_row_against_the_database_and_the_other_rows_in_english_too()
    {
        var (_, client) = await OwnerAsync();
        const string csv = """
            code,name,kind,unit,standard cost,reorder point,safety stock
            FB-01,Cotton white,material,m,4500,,
            BL-02,Blouse long,product,ea,-1,,
            BL-02,Blouse long,product,ea,20000,10,20
            ZZ-01,Mystery,gadget,ea,1,,
            """;
        using var response = await PostFileAsync(client, "/api/v1/import/items/preview?culture=en", csv, "items.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var preview = (await response.Content.ReadFromJsonAsync<ImportPreview>(ApiJson.Options))!;
        preview.Rows.Select(r => r.Row).ShouldBe([2, 3, 4, 5]);
        preview.ErrorRowCount.ShouldBe(4);
        preview.Rows[0].Errors["unit"].ShouldBe(["The item already exists with unit yd; its unit cannot change."]);
        preview.Rows[1].Errors["standardCost"].ShouldBe(["Must be 0 or more."]);
        preview.Rows[2].Errors["code"].ShouldBe(["Same as row 3 of this file."]);
        preview.Rows[2].Errors["safetyStock"].ShouldBe(["Safety stock cannot be above the reorder point."]);
        preview.Rows[3].Errors["kind"][0].ShouldStartWith("'gadget' is not a kind");
        preview.Rows[3].Values["name"].ShouldBe("Mystery");
    }

    [Fact]
    public async Task Items_import_from_excel_creates_new_codes_and_updates_known_ones()
    {
        var (shop, client) = await OwnerAsync();
        var xlsx = Xlsx(
            new Dictionary<string, object?> { ["품목코드"] = "FB-01", ["품목명"] = "면 원단 흰색 (40수)", ["구분"] = "자재", ["단위"] = "yd", ["표준원가"] = 4800, ["리드타임"] = null, ["로트관리"] = "Y" },
            new Dictionary<string, object?> { ["품목코드"] = "LN-01", ["품목명"] = "안감", ["구분"] = "자재", ["단위"] = "yd", ["표준원가"] = 2100.5, ["리드타임"] = 5, ["로트관리"] = null });

        using var response = await PostFileAsync(client, "/api/v1/import/items", xlsx, "items.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<ImportResult>(ApiJson.Options)).ShouldBe(new ImportResult(ImportKind.Items, 1, 1));
        await using var db = database.CreateContext();
        var fabric = await db.Items.SingleAsync(i => i.Id == shop.Fabric.Id);
        fabric.ShouldSatisfyAllConditions(f => f.Name.ShouldBe("면 원단 흰색 (40수)"), f => f.StandardCost.ShouldBe(4800), f => f.LotTracked.ShouldBeTrue());
        var lining = await db.Items.SingleAsync(i => i.Code == "LN-01");
        lining.ShouldSatisfyAllConditions(l => l.Kind.ShouldBe(ItemKind.Material), l => l.StandardCost.ShouldBe(2100.5m), l => l.LeadTimeDays.ShouldBe(5));
    }

    [Fact]
    public async Task Boms_import_adds_components_and_changes_known_quantities()
    {
        var (shop, client) = await OwnerAsync();
        await ImportOkAsync(client, "items", "code,name,kind,unit\nBT-01,단추,부품,ea\n");
        const string csv = """
            제품코드,자재코드,소요량
            BL-01,FB-01,1.8
            BL-01,BT-01,6
            FB-01,BT-01,1
            BL-01,XX-99,0
            """;

        using var bad = await PostFileAsync(client, "/api/v1/import/boms", csv, "bom.csv");
        var problem = (await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        problem.Errors.Keys.Order().ShouldBe(["rows[4].productCode", "rows[5].componentCode", "rows[5].quantityPer"]);

        (await ImportOkAsync(client, "boms", string.Join('\n', csv.Split('\n').Take(3)))).ShouldBe(new ImportResult(ImportKind.Boms, 1, 1));
        await using var db = database.CreateContext();
        var lines = await db.BomLines.Where(b => b.ProductId == shop.Product.Id).ToListAsync();
        lines.Select(l => l.QuantityPer).Order().ShouldBe([1.8m, 6m]);
    }

    [Fact]
    public async Task Routings_import_replaces_the_routing_of_each_product_it_names()
    {
        var (shop, client) = await OwnerAsync();
        const string csv = """
            Product code,Sequence,Operation,Workstation code,Setup min,Run min,Inspection
            BL-01,1,재단,CUT,10,3,N
            BL-01,2,봉제,SEW,15,18,N
            BL-01,3,검사,SEW,0,2,Y
            """;

        (await ImportOkAsync(client, "routings", csv)).ShouldBe(new ImportResult(ImportKind.Routings, 1, 0));

        await using var db = database.CreateContext();
        var steps = await db.RoutingSteps.Where(s => s.ProductId == shop.Product.Id).OrderBy(s => s.Sequence).ToListAsync();
        steps.Select(s => (s.Sequence, s.Operation, s.RunMinutesPerUnit, s.RequiresInspection)).ShouldBe([(1, "재단", 3m, false), (2, "봉제", 18m, false), (3, "검사", 2m, true)]);

        using var bad = await PostFileAsync(client, "/api/v1/import/routings/preview", "제품코드,순서,공정명,작업대코드,작업시간\nBL-01,1,재단,NOPE,3\nBL-01,1.5,봉제,SEW,0\n", "r.csv");
        var preview = (await bad.Content.ReadFromJsonAsync<ImportPreview>(ApiJson.Options))!;
        preview.Rows[0].Errors.Keys.ShouldBe(["workstationCode"]);
        preview.Rows[1].Errors.Keys.Order().ShouldBe(["runMinutes", "sequence"]);
    }

    [Fact]
    public async Task Opening_stock_import_receives_lots_into_their_locations()
    {
        var (shop, client) = await OwnerAsync();
        await using (var setup = database.CreateContext())
        {
            setup.Locations.Add(new Location(shop.Tenant.Id, "STORE", "자재 창고", LocationKind.Store));
            await setup.SaveChangesAsync();
        }

        const string csv = """
            품목코드,위치코드,로트번호,유효기한,수량
            FB-01,STORE,L-2611-01,2027-06-30,120
            FB-01,STORE,L-2611-02,,30.5
            """;

        (await ImportOkAsync(client, "opening-stock", csv)).ShouldBe(new ImportResult(ImportKind.OpeningStock, 2, 0));

        await using var db = database.CreateContext();
        (await db.StockBalances.Where(b => b.ItemId == shop.Fabric.Id).SumAsync(b => b.OnHand)).ShouldBe(150.5m);
        (await db.StockMovements.Where(m => m.ItemId == shop.Fabric.Id).SumAsync(m => m.Quantity)).ShouldBe(150.5m);
        (await db.Lots.SingleAsync(l => l.LotNumber == "L-2611-01")).ExpiresOn.ShouldBe(new DateOnly(2027, 6, 30));

        using var bad = await PostFileAsync(client, "/api/v1/import/opening-stock/preview", "품목코드,위치코드,로트번호,유효기한,수량\nFB-01,NOWHERE,L1,30/06/2027,-1\n", "s.csv");
        var preview = (await bad.Content.ReadFromJsonAsync<ImportPreview>(ApiJson.Options))!;
        preview.Rows.ShouldHaveSingleItem().Errors.Keys.Order().ShouldBe(["expiry", "locationCode", "quantity"]);
    }

    [Fact]
    public async Task A_file_without_the_required_columns_or_rows_is_refused_as_a_whole()
    {
        var (_, client) = await OwnerAsync();

        using var missing = await PostFileAsync(client, "/api/v1/import/items/preview", "code,name\nX,Y\n", "items.csv");
        using var empty = await PostFileAsync(client, "/api/v1/import/items/preview", "code,name,kind,unit\n", "items.csv");
        using var unknownKind = await PostFileAsync(client, "/api/v1/import/recipes/preview", "a\n1\n", "x.csv");

        (await missing.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["file"].ShouldBe(["다음 열이 없습니다: 구분 (Kind), 단위 (Unit)."]);
        (await empty.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.ShouldBe(["file"]);
        unknownKind.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        var (_, client) = await OwnerAsync();
        var bomb = Bomb(Xlsx(new Dictionary<string, object?> { ["품목코드"] = "TH-01", ["품목명"] = "면사", ["구분"] = "자재", ["단위"] = "콘" }), unpackedBytes: 200L * 1024 * 1024);
        bomb.Length.ShouldBeLessThan(1024 * 1024);

        using var response = await PostFileAsync(client, "/api/v1/import/items/preview", bomb, "items.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["file"]
            .ShouldBe(["엑셀 파일의 압축을 풀면 32MB가 넘어 5000행까지의 시트로는 너무 큽니다. 가져올 시트만 새 파일로 저장해 주세요."]);
    }

    [Fact]
    public async Task A_cell_longer_than_any_field_is_refused_naming_its_row_and_column()
    {
        var (_, client) = await OwnerAsync();
        var xlsx = Xlsx(
            new Dictionary<string, object?> { ["품목코드"] = "TH-01", ["품목명"] = "면사", ["구분"] = "자재", ["단위"] = "콘" },
            new Dictionary<string, object?> { ["품목코드"] = "TH-02", ["품목명"] = new string('면', 5_000), ["구분"] = "자재", ["단위"] = "콘" });
        var csv = $"code,name,kind,unit\nTH-01,{new string('x', 2_000)},자재,콘\n";

        using var excel = await PostFileAsync(client, "/api/v1/import/items/preview", xlsx, "items.xlsx");
        using var sheet = await PostFileAsync(client, "/api/v1/import/items/preview?culture=en", csv, "items.csv");

        excel.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await excel.Content.ReadAsStringAsync());
        (await excel.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["file"].ShouldBe(["3행 B열(품목명): 한 칸에 1000자 이하로 써 주세요."]);
        sheet.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await sheet.Content.ReadAsStringAsync());
        (await sheet.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["file"].ShouldBe(["Row 2, column B (name): a cell can hold at most 1000 characters."]);
    }

    [Fact]
    public async Task A_csv_line_longer_than_any_row_is_refused_before_it_is_read()
    {
        var (_, client) = await OwnerAsync();
        var csv = $"code,name,kind,unit\nTH-01,면사,자재,콘\nTH-02,{new string('x', 200_000)}\n";

        using var response = await PostFileAsync(client, "/api/v1/import/items/preview?culture=en", csv, "items.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["file"]
            .ShouldBe(["Line 3 is longer than 65536 characters; no row of a sheet is that long. Check that this is the right CSV file."]);
    }

    [Fact]
    public async Task Templates_download_with_headers_in_the_readers_language()
    {
        var (_, client) = await OwnerAsync();

        var korean = await client.GetStringAsync("/api/v1/import/templates/opening-stock?format=csv");
        using var xlsx = await client.GetAsync("/api/v1/import/templates/items?format=xlsx");
        var english = await client.GetStringAsync("/api/v1/import/templates/boms?culture=en");

        korean.TrimStart('\uFEFF').ShouldStartWith("품목코드,위치코드,로트번호,유효기한,수량");
        english.TrimStart('\uFEFF').ShouldStartWith("\"Product code\",\"Component code\",\"Qty per\"");
        var rows = (await xlsx.Content.ReadAsStreamAsync()).Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object>>().ToList();
        rows.ShouldHaveSingleItem().Keys.ShouldContain("품목코드");
    }

    [Fact]
    public async Task A_committed_import_replays_for_the_same_key_and_refuses_another_file()
    {
        var (_, client) = await OwnerAsync();
        var file = Encoding.UTF8.GetBytes("code,name,kind,unit\nTH-01,면사,자재,콘\n");
        var other = Encoding.UTF8.GetBytes("code,name,kind,unit\nTH-02,면사,자재,콘\n");
        const string key = "import-once";

        using var first = await client.SendAsync(Multipart("/api/v1/import/items", file, key));
        using var replay = await client.SendAsync(Multipart("/api/v1/import/items", file, key));
        using var reused = await client.SendAsync(Multipart("/api/v1/import/items", other, key));

        first.StatusCode.ShouldBe(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        replay.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        reused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        await using var db = database.CreateContext();
        (await db.Items.CountAsync(i => i.Code.StartsWith("TH-"))).ShouldBe(1);
    }

    [Fact]
    public async Task Another_workshop_cannot_import_into_ours()
    {
        var (shop, _) = await OwnerAsync();
        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var intruder = await _app.MemberClientAsync(other.Tenant.Id, WorkshopRole.Owner);
        var request = Multipart("/api/v1/import/items", Encoding.UTF8.GetBytes("code,name,kind,unit\nTH-01,면사,자재,콘\n"), key: null);
        request.Headers.Add("X-Workshop", shop.Tenant.Slug);

        (await intruder.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = database.CreateContext();
        (await db.Items.CountAsync(i => i.Code == "TH-01")).ShouldBe(0);
    }

    private async Task<(TestWorkshop Shop, HttpClient Client)> OwnerAsync()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        return (shop, await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner));
    }

    private async Task<(int Items, int Bom, int Routing, int Movements)> CountsAsync()
    {
        await using var db = database.CreateContext();
        return (await db.Items.CountAsync(), await db.BomLines.CountAsync(), await db.RoutingSteps.CountAsync(), await db.StockMovements.CountAsync());
    }

    private static async Task<ImportResult> ImportOkAsync(HttpClient client, string kind, string csv)
    {
        using var response = await PostFileAsync(client, $"/api/v1/import/{kind}", csv, $"{kind}.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportResult>(ApiJson.Options))!;
    }

    private static Task<HttpResponseMessage> PostFileAsync(HttpClient client, string path, string csv, string fileName) =>
        PostFileAsync(client, path, Encoding.UTF8.GetBytes(csv), fileName);

    private static Task<HttpResponseMessage> PostFileAsync(HttpClient client, string path, byte[] bytes, string fileName)
    {
        var request = Multipart(path, bytes, key: null, fileName);
        return client.SendAsync(request);
    }

    /// <summary>The same bytes every time (fixed boundary), so a repeated upload is the same request.</summary>
    private static HttpRequestMessage Multipart(string path, byte[] bytes, string? key, string fileName = "sheet.csv")
    {
        var content = new MultipartFormDataContent("test-boundary");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv");
        content.Add(file, "file", fileName);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    /// <summary>The workbook with its sheet's XML padded by a run of spaces that deflates to almost nothing.</summary>
    private static byte[] Bomb(byte[] workbook, long unpackedBytes)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var bomb = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = new StreamReader(entry.Open());
                var content = read.ReadToEnd();
                using var write = bomb.CreateEntry(entry.FullName, CompressionLevel.SmallestSize).Open();
                if (!entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal))
                {
                    write.Write(Encoding.UTF8.GetBytes(content));
                    continue;
                }

                var split = content.IndexOf("<sheetData>", StringComparison.Ordinal) + "<sheetData>".Length;
                write.Write(Encoding.UTF8.GetBytes(content[..split]));
                var spaces = new byte[1024 * 1024];
                Array.Fill(spaces, (byte)' ');
                for (long written = 0; written < unpackedBytes; written += spaces.Length)
                {
                    write.Write(spaces);
                }

                write.Write(Encoding.UTF8.GetBytes(content[split..]));
            }
        }

        return output.ToArray();
    }

    private static byte[] Xlsx(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: true, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
