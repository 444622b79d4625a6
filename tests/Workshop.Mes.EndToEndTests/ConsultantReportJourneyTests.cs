using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// A consultant invited to the Changsin-dong garment workshop opens it from their own list, verifies two indicators
/// with a note, finalises the assessment and downloads the Korean PDF report: it opens, every page renders to an image,
/// and it names the workshop, its stage and what blocks the next one. The metal shop, which never invited them,
/// appears nowhere: not in their list, not in the workshop menu, and its report answers 404.
/// </summary>
public sealed class ConsultantReportJourneyTests(RunningApp app)
{
    private const string Password = "a consultant's own password";

    [Fact]
    public async Task A_consultant_verifies_two_indicators_finalises_the_assessment_and_downloads_the_pdf()
    {
        await using var consultant = await ConsultantOfChangsinAsync();
        var page = await consultant.NewPageAsync();

        // The consultant reads Korean: the language switch remembers it, for the pages and the report alike.
        await page.GotoAsync($"/culture?culture=ko&returnUrl={Uri.EscapeDataString("/consultant")}");
        var cards = page.GetByTestId("consultant-workshop");
        await Expect(cards).ToHaveCountAsync(1);
        await Expect(cards).ToContainTextAsync("창신");
        await Expect(page.GetByText("문래")).ToHaveCountAsync(0);
        await page.GetByTestId("consultant-workshop-name").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/assessment$"));

        await VerifyAsync(page, "S3-OI-02", "대부분 적용", "매주 금요일 원단·부자재 재고 실사를 하고 있음을 확인함.");
        await VerifyAsync(page, "S1-SL-03", "일부 적용", "스마트공방 공정개선형 신청서 초안 확인.");

        await page.GotoAsync("/assessment");
        await page.GetByTestId("open-reports").ClickAsync();
        await Field(page, "finalise-note").FillAsync("현장 방문 후 확정합니다.");
        await page.GetByTestId("finalise-assessment").ClickAsync();
        var row = page.GetByTestId("report-row").First;
        await Expect(row).ToBeVisibleAsync();

        var json = await page.APIRequest.GetAsync(await row.GetByTestId("report-json").GetAttributeAsync("href") ?? "");
        json.Ok.ShouldBeTrue();
        using var report = JsonDocument.Parse(await json.BodyAsync());
        var stage = report.RootElement.GetProperty("gatedStage").GetInt32();
        var blocking = report.RootElement.GetProperty("blocking").EnumerateArray().Select(b => b.GetString()!).ToList();
        report.RootElement.GetProperty("verifications").GetArrayLength().ShouldBe(3, "S1-SL-02 from the visit before, S1-SL-03 verified again and S3-OI-02");

        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByTestId("report-pdf").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"stage-report-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(file);

        string text;
        int pages;
        using (var pdf = PdfDocument.Open(file))
        {
            pages = pdf.NumberOfPages;
            text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u0001", string.Empty, StringComparison.Ordinal);
        }

        text.ShouldContain("창신동");
        text.ShouldContain($"{stage}단계");
        blocking.ShouldNotBeEmpty();
        text.ShouldContain(blocking[0]);
        PageImages(file).ShouldBe(pages);
    }

    [Fact]
    public async Task A_workshop_that_did_not_invite_the_consultant_answers_not_found_peer_figures_included()
    {
        await using var consultant = await ConsultantOfChangsinAsync();
        var page = await consultant.NewPageAsync();
        await page.GotoAsync("/assessment");

        var mullae = new APIRequestContextOptions { Headers = new Dictionary<string, string> { ["X-Workshop"] = "mullae-metal" } };
        (await page.APIRequest.GetAsync("/api/v1/assessment/report", mullae)).Status.ShouldBe(404);
        (await page.APIRequest.GetAsync("/api/v1/assessment/snapshots", mullae)).Status.ShouldBe(404);
        var mine = await page.APIRequest.GetAsync("/api/v1/consultant/workshops");
        (await mine.TextAsync()).ShouldNotContain("mullae");
        await Expect(page.GetByText("문래")).ToHaveCountAsync(0);
    }

    private async Task<IBrowserContext> ConsultantOfChangsinAsync()
    {
        await using var owner = await app.NewSignedInContextAsync();
        var ownerPage = await owner.NewPageAsync();
        await ownerPage.GotoAsync($"/workshop?slug=changsin-garment&returnUrl={Uri.EscapeDataString("/people")}");
        var email = $"{Guid.NewGuid():N}@consultant.example";
        var link = await PeopleScreens.InviteAsync(ownerPage, "컨설턴트", email);

        var consultant = await app.NewBrowserContextAsync();
        var joining = await consultant.NewPageAsync();
        await PeopleScreens.JoinWithNewAccountAsync(joining, link, "이지현 컨설턴트", Password);
        await joining.CloseAsync();
        return consultant;
    }

    private static async Task VerifyAsync(IPage page, string indicator, string step, string note)
    {
        await page.GotoAsync($"/assessment/indicators/{indicator}");
        await Expect(page.GetByTestId("indicator-id")).ToHaveTextAsync(indicator);
        await page.GetByTestId("verification-step").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = step }).First.ClickAsync();
        await Field(page, "verification-note").FillAsync(note);
        await page.GetByTestId("verification-save").ClickAsync();
        await Expect(page.GetByTestId("verification-record")).ToContainTextAsync(note);
    }

    /// <summary>A text box by its test id, whether MudBlazor put the id on the box or around it.</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"textarea[data-testid={testId}], input[data-testid={testId}], [data-testid={testId}] textarea, [data-testid={testId}] input").First;

    /// <summary>How many pages pdftoppm turned into non-empty images.</summary>
    private static int PageImages(string pdf)
    {
        const string tool = "/usr/bin/pdftoppm";
        File.Exists(tool).ShouldBeTrue($"{tool} (poppler-utils) turns the report's pages into images.");
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf));
        using var process = Process.Start(new ProcessStartInfo(tool, ["-png", "-r", "40", pdf, prefix]) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, errors);
        var images = Directory.GetFiles(Path.GetDirectoryName(pdf)!, Path.GetFileName(prefix) + "-*.png");
        images.ShouldAllBe(image => new FileInfo(image).Length > 1000);
        return images.Length;
    }
}
