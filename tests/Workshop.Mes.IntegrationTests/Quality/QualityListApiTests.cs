using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Quality;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;
using DefectStatus = Workshop.Mes.Contracts.Quality.DefectStatus;

namespace Workshop.Mes.IntegrationTests.Quality;

/// <summary>The defect and downtime lists, their downloads, the downtime report and the before/after comparison over the API.</summary>
public sealed class QualityListApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync()
    {
        _app.Clock.Now = TestWorkshop.Now.AddHours(2);
        return new(database.ResetAsync());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_defect_list_sorts_by_cost_filters_and_pages()
    {
        var q = await QualityShop.CreateAsync(database);
        await QualityShop.CreateAsync(database, "other-shop");
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);

        var byCost = await ListAsync(owner, "?sort=-cost");
        var newest = await ListAsync(owner, "");
        var open = await ListAsync(owner, "?status=Open&sort=cost");
        var stains = await ListAsync(owner, $"?defectCodeId={q.Stain.Id}");
        var material = await ListAsync(owner, "?cause=material");
        var atSewing = await ListAsync(owner, $"?workstationId={q.Shop.Sewing.Id}&workerId={q.Shop.Worker.Id}&productId={q.Shop.Product.Id}");
        var yesterday = await ListAsync(owner, "?from=2026-11-09&to=2026-11-09");
        var first = await ListAsync(owner, "?sort=-cost&limit=2");
        var rest = await ListAsync(owner, $"?sort=-cost&limit=2&cursor={first.NextCursor}");

        byCost.Items.Select(d => d.Number).ShouldBe(["DF-2611-0002", "DF-2611-0003", "DF-2611-0001"]);
        byCost.Items[0].Cost.ShouldBe(24_250);
        newest.Items.Select(d => d.Number).ShouldBe(["DF-2611-0003", "DF-2611-0002", "DF-2611-0001"]);
        open.Items.Select(d => d.Number).ShouldBe(["DF-2611-0001", "DF-2611-0002"]);
        stains.Items.Select(d => d.Number).ShouldBe(["DF-2611-0003"]);
        material.Items.Single().Status.ShouldBe(DefectStatus.Analysed);
        atSewing.Items.Select(d => d.Number).ShouldBe(["DF-2611-0001"]);
        yesterday.Items.Select(d => d.Number).ShouldBe(["DF-2611-0002"]);
        first.Items.Count.ShouldBe(2);
        rest.Items.Select(d => d.Number).ShouldBe(["DF-2611-0001"]);
        rest.NextCursor.ShouldBeNull();
    }

    [Fact]
    public async Task Filters_the_list_cannot_read_are_named()
    {
        var q = await QualityShop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);

        var response = await owner.GetAsync("/api/v1/defects?status=Lost&cause=Weather&sort=price&from=2026-13-01&limit=0");
        var backwards = await owner.GetAsync("/api/v1/defects?from=2026-11-10&to=2026-11-01");
        var downtime = await owner.GetAsync("/api/v1/downtime?state=paused");

        (await ErrorsAsync(response)).Keys.Order().ShouldBe(["cause", "from", "limit", "sort", "status"]);
        (await ErrorsAsync(backwards)).Keys.ShouldBe(["to"]);
        (await ErrorsAsync(downtime)).Keys.ShouldBe(["state"]);
    }

    [Fact]
    public async Task The_defect_download_has_the_filtered_rows_with_korean_headers()
    {
        var q = await QualityShop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/defects/export?format=csv&status=Open&sort=-cost");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("ko-KR"));

        var response = await owner.SendAsync(request);
        var xlsx = await owner.GetAsync("/api/v1/defects/export?format=xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("\"불량 번호\",\"발생 일시\",상태,\"불량 유형\"");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("DF-2611-0002,");
        lines[1].ShouldContain("24250");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Fact]
    public async Task Downtime_lists_newest_first_counts_open_ones_to_now_and_filters()
    {
        var q = await QualityShop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);

        var all = await owner.GetFromJsonAsync<Page<DowntimeSummary>>("/api/v1/downtime", ApiJson.Options);
        var open = await owner.GetFromJsonAsync<Page<DowntimeSummary>>("/api/v1/downtime?state=open", ApiJson.Options);
        var breakdowns = await owner.GetFromJsonAsync<Page<DowntimeSummary>>($"/api/v1/downtime?reasonId={q.Breakdown.Id}&workstationId={q.Shop.Sewing.Id}&from=2026-11-10&to=2026-11-10", ApiJson.Options);
        var download = await owner.GetAsync("/api/v1/downtime/export?format=csv&state=ended");

        all!.Items.Select(d => d.ReasonName).ShouldBe(["자재 대기", "미싱 고장"]);
        all.Items[0].IsOpen.ShouldBeTrue();
        all.Items[0].Minutes.ShouldBe(150);
        all.Items[1].Minutes.ShouldBe(60);
        open!.Items.Single().ReasonName.ShouldBe("자재 대기");
        breakdowns!.Items.Single().Note.ShouldBe("벨트 교체");
        Encoding.UTF8.GetString(await download.Content.ReadAsByteArrayAsync()).ShouldContain("벨트 교체");
    }

    [Fact]
    public async Task The_downtime_report_gives_minutes_count_and_share_by_station_and_reason()
    {
        var q = await QualityShop.CreateAsync(database);
        var another = new Downtime(q.Id, q.Shop.Cutting.Id, q.Breakdown.Id, TestWorkshop.Now.AddHours(-5), null);
        another.End(TestWorkshop.Now.AddHours(-4).AddMinutes(-30));
        await q.Shop.SaveAsync(database, another);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);

        var report = await owner.GetFromJsonAsync<DowntimeReport>("/api/v1/downtime/report", ApiJson.Options);
        var ended = await owner.GetFromJsonAsync<DowntimeReport>("/api/v1/downtime/report?state=ended", ApiJson.Options);

        report!.Rows.Select(r => (r.WorkstationName, r.ReasonName, r.Minutes, r.Count)).ShouldBe(
            [(q.Shop.Sewing.Name, "자재 대기", 150m, 1), (q.Shop.Sewing.Name, "미싱 고장", 60m, 1), (q.Shop.Cutting.Name, "미싱 고장", 30m, 1)]);
        report.TotalMinutes.ShouldBe(240);
        report.TotalCount.ShouldBe(3);
        report.Rows.Select(r => r.Share).ShouldBe([0.625m, 0.25m, 0.125m]);
        ended!.TotalMinutes.ShouldBe(90);
    }

    [Fact]
    public async Task After_closing_the_comparison_counts_the_targeted_rate_before_and_after()
    {
        var q = await QualityShop.CreateAsync(database);
        var closedAt = TestWorkshop.Now.AddDays(1);
        var code = q.Stitch;
        var station = q.Shop.Sewing.Id;
        var sameTarget = new List<object>();
        for (var week = 1; week <= 8; week++)
        {
            // Before: 60 units a week at sewing with 6 faulty; after: 60 a week with 1 faulty.
            await q.ProducedAsync(database, station, closedAt.AddDays(-7 * week), 54, 6);
            await q.ProducedAsync(database, station, closedAt.AddDays((7 * week) - 3), 59, 1);
            sameTarget.Add(QualityShop.Defect(q.Shop, $"DF-B-{week}", code, new DefectSource(q.Shop.Product.Id, WorkstationId: station), 6, DefectCost.Zero, closedAt.AddDays(-7 * week)));
            sameTarget.Add(QualityShop.Defect(q.Shop, $"DF-A-{week}", code, new DefectSource(q.Shop.Product.Id, WorkstationId: station), 1, DefectCost.Zero, closedAt.AddDays((7 * week) - 3)));
        }

        // Neither another station's output nor another code's defects count.
        await q.ProducedAsync(database, q.Shop.Cutting.Id, closedAt.AddDays(-3), 500);
        sameTarget.Add(QualityShop.Defect(q.Shop, "DF-X-1", q.Stain, new DefectSource(q.Shop.Product.Id, WorkstationId: station), 9, DefectCost.Zero, closedAt.AddDays(-2)));
        await q.Shop.SaveAsync(database, [.. sameTarget]);
        _app.Clock.Now = closedAt;
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var id = await CloseAsync(owner, q.Cheap.Id, q);
        _app.Clock.Now = closedAt.AddDays(60);
        var later = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);

        var comparison = await later.GetFromJsonAsync<DefectComparison>($"/api/v1/defects/{id}/comparison", ApiJson.Options);

        comparison!.WorkstationId.ShouldBe(station);
        comparison.Before.Output.ShouldBe(480);
        comparison.Before.Defective.ShouldBe(48 + 1);
        comparison.After.Output.ShouldBe(480);
        comparison.After.Defective.ShouldBe(8);
        comparison.AfterComplete.ShouldBeTrue();
        comparison.Verdict.ShouldBe(DefectRateVerdict.Lower);
    }

    [Fact]
    public async Task Right_after_closing_the_comparison_says_the_sample_is_too_small()
    {
        var q = await QualityShop.CreateAsync(database);
        await q.ProducedAsync(database, q.Shop.Sewing.Id, TestWorkshop.Now.AddDays(-3), 40, 2);
        var owner = await _app.MemberClientAsync(q.Id, WorkshopRole.Owner);
        var id = await CloseAsync(owner, q.Cheap.Id, q);

        var comparison = await owner.GetFromJsonAsync<DefectComparison>($"/api/v1/defects/{id}/comparison", ApiJson.Options);

        comparison!.Before.Output.ShouldBe(42);
        comparison.After.Output.ShouldBe(0);
        comparison.After.Rate.ShouldBeNull();
        comparison.AfterComplete.ShouldBeFalse();
        comparison.Verdict.ShouldBe(DefectRateVerdict.TooSmall);
    }

    private async Task<Guid> CloseAsync(HttpClient owner, Guid id, QualityShop q)
    {
        var read = await owner.GetAsync($"/api/v1/defects/{id}");
        var analyse = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/defects/{id}/analysis") { Content = JsonContent.Create(new DefectAnalysisRequest("땀 뜀", nameof(CauseCategory.Machine))) };
        analyse.Headers.IfMatch.Add(read.Headers.ETag!);
        var analysed = await owner.SendAsync(analyse);
        analysed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var close = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/defects/{id}/closure") { Content = JsonContent.Create(new DefectClosureRequest("바늘 교체 주기 단축", q.Shop.Worker.Id, new DateOnly(2026, 11, 30))) };
        close.Headers.IfMatch.Add(analysed.Headers.ETag!);
        (await owner.SendAsync(close)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private static async Task<Page<DefectSummary>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/defects{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<Page<DefectSummary>>(ApiJson.Options))!;
    }

    private static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}
