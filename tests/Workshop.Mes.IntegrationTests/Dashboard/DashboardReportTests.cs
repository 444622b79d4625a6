using System.Net;
using UglyToad.PdfPig;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Dashboard;

/// <summary>The printed dashboard: one A4 page in Korean (or English) with the demo workshop's figures, a clear 400 for a bad filter.</summary>
public sealed class DashboardReportTests(MesDatabase database) : IClassFixture<MesDatabase>
{
    private readonly SeededDemo _demo = SeededDemo.SharedBy(database);

    [Fact]
    public async Task The_dashboard_prints_on_one_a4_page_with_its_korean_headings_and_the_costliest_defect()
    {
        var owner = await _demo.OwnerAsync();
        var pareto = await _demo.GetAsync<Contracts.Dashboard.DefectParetoFigure>($"/api/v1/dashboard/defect-pareto?{SeededDemo.Range}");

        using var response = await owner.GetAsync($"/api/v1/dashboard/report.pdf?{SeededDemo.Range}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        pdf.NumberOfPages.ShouldBe(1);
        var page = pdf.GetPage(1);
        page.Width.ShouldBe(595.3, 0.5);
        page.Height.ShouldBe(841.9, 0.5);
        var text = string.Concat(page.Letters.Select(l => l.Value.Any(char.IsControl) ? " " : l.Value));
        foreach (var heading in new[] { "현황판", "월별불량비용", "불량파레토", "시간대별불량률", "요일별평균부하", "설비별종합효율" })
        {
            text.Replace(" ", string.Empty, StringComparison.Ordinal).ShouldContain(heading);
        }

        var costliest = pareto.Bars[0].Label;
        text.Replace(" ", string.Empty, StringComparison.Ordinal).ShouldContain(costliest.Replace(" ", string.Empty, StringComparison.Ordinal)[..Math.Min(10, costliest.Replace(" ", string.Empty, StringComparison.Ordinal).Length)]);
    }

    [Fact]
    public async Task In_english_the_page_speaks_english()
    {
        var owner = await _demo.OwnerAsync();

        using var response = await owner.GetAsync($"/api/v1/dashboard/report.pdf?culture=en&{SeededDemo.Range}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value.Any(char.IsControl) ? " " : l.Value));
        text.ShouldContain("Defect Pareto");
        text.ShouldContain("Dashboard");
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-12-10&to=2026-12-01", "to")]
    [InlineData("pareto=station", "by")]
    [InlineData("workstationId=not-an-id", "workstationId")]
    public async Task A_filter_that_cannot_be_read_is_a_problem_naming_it(string query, string field)
    {
        var owner = await _demo.OwnerAsync();

        using var response = await owner.GetAsync($"/api/v1/dashboard/report.pdf?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"\"{field}\"");
    }
}
