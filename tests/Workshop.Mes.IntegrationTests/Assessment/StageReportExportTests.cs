using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using SkiaSharp;
using UglyToad.PdfPig;
using Workshop.Mes.Contracts.Assessment;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;
using Workshop.Mes.Web;
using Workshop.Mes.Web.Features.Assessment;
using Workshop.Mes.Web.Hosting;
using Workshop.Mes.Web.Features;
using Workshop.Mes.Web.Features.Assessment.Reports;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>
/// The stage report's PDF and workbook written from a document alone (no database): the §8.7 print shop at 2.63
/// blocked by S3-DC-01, every section of §11 in the reader's language, pages that render to images, the same text on
/// every render, and a workbook whose 42 indicators match the document and whose text never turns into a formula.
/// </summary>
public sealed class StageReportExportTests
{
    private static readonly string[] _sectionsKo =
    [
        "1. 진단 정보와 근거", "2. 한눈에 보기", "3. 단계 사다리와 관문", "4. 차원별 단계", "5. 기능 영역별 현황", "6. 지표 42개", "7. 데이터 품질과 충분성",
        "8. 핵심 성과 지표 기준값과 추이", "9. 자가 진단과 데이터 비교", "10. 개선 로드맵", "11. 동종 공방 비교", "12. 다른 진단 체계와의 대응", "13. 컨설턴트 의견과 서명", "14. 진단 방법",
    ];

    [Fact]
    public void The_korean_pdf_names_the_workshop_the_stage_and_what_blocks_it_in_every_section()
    {
        var document = StageReportSample.PrintShop();
        var watch = Stopwatch.StartNew();
        var pdf = StageReportPdf.Render(document, Text("ko"));
        TestContext.Current.SendDiagnosticMessage($"Korean stage report: {pdf.Length:#,0} bytes in {watch.ElapsedMilliseconds} ms");

        using var read = PdfDocument.Open(pdf);
        read.NumberOfPages.ShouldBeGreaterThanOrEqualTo(8);
        var text = Squeezed(string.Concat(read.GetPages().Select(p => p.Text)));
        text.ShouldContain(Squeezed("을지로 인쇄소"));
        text.ShouldContain("2단계(2.63)");
        text.ShouldContain("S3-DC-01");
        text.ShouldContain(Squeezed("작업 단계의 시작·종료를 작업 현장에서 그 순간에 기록합니까?"));
        text.ShouldContain(Squeezed("입력 지연 중앙값 120분 이하 · 4시간 넘게 늦은 입력 비율 25% 이하"));
        text.ShouldContain(Squeezed("참고용이며 공식 수준확인이 아닙니다."));
        text.ShouldContain($"1/{read.NumberOfPages}");
        text.ShouldContain($"{read.NumberOfPages}/{read.NumberOfPages}");
        text.ShouldContain("SA-2611-0002");
        foreach (var section in _sectionsKo)
        {
            text.ShouldContain(Squeezed(section));
        }

        foreach (var indicator in document.Indicators)
        {
            text.ShouldContain(indicator.Id);
        }
    }

    [Fact]
    public void The_english_pdf_says_stage_2()
    {
        var pdf = StageReportPdf.Render(StageReportSample.PrintShop("Euljiro Print"), Text("en"));
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "stage-report-en.pdf"), pdf);

        using var read = PdfDocument.Open(pdf);
        var text = Squeezed(string.Concat(read.GetPages().Select(p => p.Text)));
        text.ShouldContain("Stage2(2.63)");
        text.ShouldContain("EuljiroPrint");
        text.ShouldContain("12.Cross-walktootherframeworks");
        text.ShouldNotContain("AssessmentReport.");
    }

    [Fact]
    public void Rendering_the_same_document_twice_gives_the_same_text()
    {
        var document = StageReportSample.PrintShop();
        var text = Text("ko");

        PdfText(StageReportPdf.Render(document, text)).ShouldBe(PdfText(StageReportPdf.Render(document, text)));
    }

    [Fact]
    public void Every_page_renders_to_an_image_with_something_on_it()
    {
        const string tool = "/usr/bin/pdftoppm";
        File.Exists(tool).ShouldBeTrue($"{tool} (poppler-utils) is needed to turn the report's pages into images.");
        var folder = Path.Combine(Path.GetTempPath(), "stage-report-pages");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "report.pdf");
        File.WriteAllBytes(file, StageReportPdf.Render(StageReportSample.PrintShop(), Text("ko")));
        int pages;
        using (var read = PdfDocument.Open(file))
        {
            pages = read.NumberOfPages;
        }

        using var process = Process.Start(new ProcessStartInfo(tool, ["-png", "-r", "60", file, Path.Combine(folder, "page")]) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, errors);

        var images = Directory.GetFiles(folder, "page-*.png").Order(StringComparer.Ordinal).ToList();
        images.Count.ShouldBe(pages);
        foreach (var image in images)
        {
            using var bitmap = SKBitmap.Decode(image);
            bitmap.ShouldNotBeNull(image);
            var inked = 0;
            for (var y = 0; y < bitmap.Height; y += 2)
            {
                for (var x = 0; x < bitmap.Width; x += 2)
                {
                    var pixel = bitmap.GetPixel(x, y);
                    inked += pixel.Red + pixel.Green + pixel.Blue < 600 ? 1 : 0;
                }
            }

            inked.ShouldBeGreaterThan(200, $"{Path.GetFileName(image)} is blank");
        }
    }

    [Fact]
    public void The_workbook_lists_the_42_indicators_with_the_documents_achievements()
    {
        var document = StageReportSample.PrintShop();

        var xlsx = StageReportWorkbook.Render(document, Text("ko"));

        using var stream = new MemoryStream(xlsx);
        stream.GetSheetNames().ShouldBe(["요약", "지표", "단계", "차원", "로드맵", "KPI", "추이"]);
        var rows = stream.Query(useHeaderRow: true, sheetName: "지표").Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(42);
        rows.Select(r => (string)r["지표"]!).ShouldBe(document.Indicators.Select(i => i.Id));
        rows.Select(r => Convert.ToDouble(r["달성도"], CultureInfo.InvariantCulture)).ShouldBe(document.Indicators.Select(i => Math.Round(i.Achievement, 3)));
        var blocked = rows.Single(r => (string)r["지표"]! == "S3-DC-01");
        blocked["측정 항목 2"].ShouldBe("입력 지연 중앙값");
        Convert.ToDouble(blocked["값 2"], CultureInfo.InvariantCulture).ShouldBe(300);
        Convert.ToDouble(blocked["L 기준 2"], CultureInfo.InvariantCulture).ShouldBe(120);
        Convert.ToDouble(blocked["F 기준 2"], CultureInfo.InvariantCulture).ShouldBe(15);
        blocked["수준"].ShouldBe("P");
        blocked["근거"].ShouldBe("A");
    }

    [Fact]
    public void English_headers_read_in_english()
    {
        using var stream = new MemoryStream(StageReportWorkbook.Render(StageReportSample.PrintShop(), Text("en")));

        stream.GetSheetNames().ShouldBe(["Summary", "Indicators", "Ladder", "Dimensions", "Roadmap", "KPI", "Trend"]);
        stream.Query(useHeaderRow: true, sheetName: "Indicators").Cast<IDictionary<string, object?>>().First()["Indicator"].ShouldBe("S1-SL-01");
    }

    [Fact]
    public void A_workshop_name_that_looks_like_a_formula_stays_text()
    {
        const string name = "=HYPERLINK(\"x\")";

        var xlsx = StageReportWorkbook.Render(StageReportSample.PrintShop(name), Text("ko"));

        using var stream = new MemoryStream(xlsx);
        var summary = stream.Query(useHeaderRow: true, sheetName: "요약").Cast<IDictionary<string, object?>>().ToList();
        summary.Single(r => (string)r["항목"]! == "공방")["값"].ShouldBe(name);
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(sheet.Open());
            var xml = reader.ReadToEnd();
            xml.ShouldNotContain("<x:f>");
            xml.ShouldNotContain("<f>");
        }
    }

    private static string PdfText(byte[] pdf)
    {
        using var read = PdfDocument.Open(pdf);
        return string.Join("\n", read.GetPages().Select(p => p.Text));
    }

    /// <summary>Without spaces: the PDF draws them as glyphs its text layer reads back as nothing (or U+0001).</summary>
    private static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));

    private static IStringLocalizer Text(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var services = new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "Resources");
        ParticleLocalizerFactory.Register(services);
        return services.BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();
    }
}

/// <summary>
/// The exports through the API: a finalised assessment downloads as PDF, Excel and JSON with the same stage, another
/// workshop's snapshot answers 404 and a worker may not export at all.
/// </summary>
public sealed class StageReportDownloadTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_finalised_assessment_downloads_as_pdf_xlsx_and_json_with_the_same_stage()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var summary = await FinaliseAsync(owner);

        using var json = await owner.GetAsync($"/api/v1/assessment/snapshots/{summary.Id}/report.json");
        json.StatusCode.ShouldBe(HttpStatusCode.OK);
        var document = (await json.Content.ReadFromJsonAsync<StageReportDocument>(ApiJson.Options))!;
        document.Provenance.Number.ShouldBe(summary.Number);

        using var pdf = await owner.GetAsync($"/api/v1/assessment/snapshots/{summary.Id}/report.pdf");
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using (var read = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Concat(read.GetPages().Select(p => p.Text).SelectMany(t => t).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
            text.ShouldContain(summary.Number);
            text.ShouldContain($"{document.GatedStage}단계({document.FractionalStage.ToString("0.00", CultureInfo.InvariantCulture)})");
            text.ShouldContain(string.Concat(shop.Tenant.Name.Where(c => !char.IsWhiteSpace(c))));
        }

        using var xlsx = await owner.GetAsync($"/api/v1/assessment/snapshots/{summary.Id}/report.xlsx");
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var sheet = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        sheet.Query(useHeaderRow: true, sheetName: "지표").Count().ShouldBe(document.Indicators.Count);
    }

    [Fact]
    public async Task Another_workshops_snapshot_is_not_found_and_a_worker_may_not_export()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "other-print", "다른 인쇄소");
        var owner = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Owner);
        var worker = await _app.MemberClientAsync(ours.Tenant.Id, WorkshopRole.Worker);
        var mine = await FinaliseAsync(owner);
        var other = await FinaliseAsync(await _app.MemberClientAsync(theirs.Tenant.Id, WorkshopRole.Owner));

        (await owner.GetAsync($"/api/v1/assessment/snapshots/{other.Id}/report.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/v1/assessment/snapshots/{other.Id}/report.xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetAsync($"/api/v1/assessment/snapshots/{mine.Id}/report.docx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await worker.GetAsync($"/api/v1/assessment/snapshots/{mine.Id}/report.pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<StageAssessmentSummary> FinaliseAsync(HttpClient owner)
    {
        using var response = await owner.PostAsJsonAsync("/api/v1/assessment/snapshots", new FinaliseAssessmentRequest("현장 확인을 마쳤습니다."), ApiJson.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<StageAssessmentSummary>(ApiJson.Options))!;
    }
}
