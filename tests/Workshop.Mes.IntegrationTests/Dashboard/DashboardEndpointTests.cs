using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Access;
using Workshop.Mes.IntegrationTests.ShopFloor;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard's endpoints over a morning on the floor: ten blouses cut (two scrapped) from 09:05 to 09:50 on
/// Tuesday 10 November in Seoul, then sewing from 09:55, the machine standing ten minutes for material, three good and one
/// scrapped by 10:40; a second order of twenty due that day waits.
/// </summary>
public sealed class DashboardEndpointTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private const string Day = "from=2026-11-10&to=2026-11-10";
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_heat_map_puts_scrap_in_the_local_hour_and_weekday_it_was_reported_and_at_its_station()
    {
        var (floor, client) = await MorningAsync();

        var byHour = await GetAsync<DefectHeatmapFigure>(client, $"/api/v1/dashboard/defect-heatmap?by=hour&{Day}");
        var byStation = await GetAsync<DefectHeatmapFigure>(client, $"/api/v1/dashboard/defect-heatmap?by=station&{Day}");

        byHour.Cells.Count.ShouldBe(7 * 24);
        byHour.Cells.Where(c => c.Scrap > 0 || c.Good > 0).Select(c => (c.Weekday, c.Hour, c.Good, c.Scrap, c.Defects))
            .ShouldBe([(DayOfWeek.Tuesday, 9, 8m, 2m, 1), (DayOfWeek.Tuesday, 10, 3m, 1m, 1)]);
        byHour.Cells.Single(c => c.Weekday == DayOfWeek.Tuesday && c.Hour == 9).Rate.ShouldBe(0.2m);
        byHour.Cells.Single(c => c.Weekday == DayOfWeek.Monday && c.Hour == 9).Rate.ShouldBeNull();
        byStation.Cells.Where(c => c.Scrap > 0).Select(c => (c.WorkstationId, c.WorkstationCode, c.Hour, c.Scrap))
            .ShouldBe([(floor.Shop.Cutting.Id, "CUT", 9, 2m), (floor.Shop.Sewing.Id, "SEW", 10, 1m)]);
    }

    [Fact]
    public async Task Defect_rate_cost_and_pareto_count_the_mornings_scrap_once_and_agree_on_its_cost()
    {
        var (floor, client) = await MorningAsync();

        var rate = await GetAsync<DefectRateFigure>(client, $"/api/v1/dashboard/defect-rate?{Day}");
        var cost = await GetAsync<DefectCostFigure>(client, $"/api/v1/dashboard/defect-cost?{Day}");
        var byCode = await GetAsync<DefectParetoFigure>(client, $"/api/v1/dashboard/defect-pareto?by=code&{Day}");
        var byCause = await GetAsync<DefectParetoFigure>(client, $"/api/v1/dashboard/defect-pareto?by=cause&{Day}");

        rate.Weeks.ShouldHaveSingleItem().ShouldBe(new DefectRateWeek(new DateOnly(2026, 11, 9), 11, 3, 0.2143m));
        var november = cost.Months.ShouldHaveSingleItem();
        november.MonthStart.ShouldBe(new DateOnly(2026, 11, 1));
        november.Defects.ShouldBe(2);
        november.Quantity.ShouldBe(3);
        november.Total.ShouldBeGreaterThan(0);
        november.Total.ShouldBe(november.Material + november.ReworkLabour + november.LostTime);
        november.Change.ShouldBe(november.Total, "October cost nothing");
        november.ChangeShare.ShouldBeNull();
        var bar = byCode.Bars.ShouldHaveSingleItem();
        (bar.Key, bar.DefectCodeId, bar.Defects, bar.Quantity, bar.Cost, bar.CumulativeShare).ShouldBe(("D01", floor.Defect.Id, 2, 3m, november.Total, 1m));
        bar.Link.ShouldBe($"/quality/defects?defectCodeId={floor.Defect.Id}&{Day}&sort=-cost");
        byCause.Bars.ShouldHaveSingleItem().Key.ShouldBe("Man");
    }

    [Fact]
    public async Task Today_work_in_progress_load_downtime_and_oee_show_the_morning()
    {
        var (floor, client) = await MorningAsync();

        var today = await GetAsync<TodayFigure>(client, "/api/v1/dashboard/today");
        var wip = await GetAsync<WorkInProgressFigure>(client, "/api/v1/dashboard/work-in-progress");
        var load = await GetAsync<LoadFigure>(client, $"/api/v1/dashboard/load?{Day}");
        var downtime = await GetAsync<DowntimeFigure>(client, $"/api/v1/dashboard/downtime?{Day}");
        var oee = await GetAsync<OeeFigure>(client, $"/api/v1/dashboard/oee?{Day}");

        // Finished pieces are the sewing station's good; the plan is the order of twenty due today.
        today.ShouldBe(new TodayFigure(new DateOnly(2026, 11, 10), Good: 3, Scrap: 3, Planned: 20, ShareOfPlan: 0.15m, OrdersDue: 1, OrdersDueCompleted: 0));
        var sewing = wip.Stations.Single(s => s.Code == "SEW");
        (sewing.Running, sewing.QuantityInProcess).ShouldBe((1, 4m));
        var cutting = wip.Stations.Single(s => s.Code == "CUT");
        (cutting.Waiting, cutting.QuantityWaiting).ShouldBe((1, 20m), "the order of twenty waits to be cut");

        load.WeekStart.ShouldBe(new DateOnly(2026, 11, 9));
        var cuttingTuesday = load.Stations.Single(s => s.Code == "CUT").ThisWeek.Single(d => d.Day == new DateOnly(2026, 11, 10));
        cuttingTuesday.ShouldBe(new StationDayLoad(new DateOnly(2026, 11, 10), LoadHours: 0.5m, CapacityHours: 8, Overloaded: false), "ten pieces at three minutes");
        load.Stations.Single(s => s.Code == "CUT").ThisWeek.Single(d => d.Day.DayOfWeek == DayOfWeek.Sunday).CapacityHours.ShouldBe(0);

        var reason = downtime.Reasons.ShouldHaveSingleItem();
        (reason.Code, reason.Count, reason.Minutes).ShouldBe(("DT01", 1, 10m));

        oee.Definitions.Availability.ShouldNotBeNullOrWhiteSpace();
        // Cutting ran 45 minutes for ten pieces of three standard minutes, eight good.
        var cuttingOee = oee.Stations.Single(s => s.Code == "CUT");
        (cuttingOee.Availability, cuttingOee.Performance, cuttingOee.Quality, cuttingOee.Oee).ShouldBe((1m, 0.6667m, 0.8m, 0.5334m));
        // Sewing's run is still open, so it has no run minutes yet: its performance, and so its OEE, cannot be told.
        var sewingOee = oee.Stations.Single(s => s.Code == "SEW");
        (sewingOee.DownMinutes, sewingOee.Quality, sewingOee.Performance, sewingOee.Oee).ShouldBe((10m, 0.75m, (decimal?)null, (decimal?)null));
    }

    [Fact]
    public async Task A_station_or_product_filter_narrows_every_figure_to_it()
    {
        var (floor, client) = await MorningAsync();

        var sewing = await GetAsync<DefectRateFigure>(client, $"/api/v1/dashboard/defect-rate?{Day}&workstationId={floor.Shop.Sewing.Id}");
        var map = await GetAsync<DefectHeatmapFigure>(client, $"/api/v1/dashboard/defect-heatmap?by=station&{Day}&workstationId={floor.Shop.Sewing.Id}");
        var otherProduct = await GetAsync<DefectParetoFigure>(client, $"/api/v1/dashboard/defect-pareto?{Day}&productId={Guid.CreateVersion7()}");
        var product = await GetAsync<DefectParetoFigure>(client, $"/api/v1/dashboard/defect-pareto?{Day}&productId={floor.Shop.Product.Id}");
        var dayBefore = await GetAsync<DefectRateFigure>(client, "/api/v1/dashboard/defect-rate?from=2026-11-09&to=2026-11-09");

        (sewing.Good, sewing.Scrap).ShouldBe((3m, 1m));
        map.Cells.Select(c => c.WorkstationCode).Distinct().ShouldBe(["SEW"]);
        otherProduct.Bars.ShouldBeEmpty();
        product.Defects.ShouldBe(2);
        (dayBefore.Good, dayBefore.Scrap, dayBefore.Rate).ShouldBe((0m, 0m, (decimal?)null));
    }

    [Fact]
    public async Task Overdue_and_expected_late_orders_are_counted_apart_by_the_work_order_lists_own_flags_with_its_links()
    {
        var (floor, client) = await MorningAsync();
        await floor.Shop.SaveAsync(database, floor.Shop.WorkOrders.Released("WO-2611-0003", 5, new DateOnly(2026, 11, 9)));

        var orders = await GetAsync<OrdersFigure>(client, "/api/v1/dashboard/orders");
        var list = await GetAsync<Page<WorkOrderSummary>>(client, "/api/v1/work-orders?openOnly=true&limit=500");

        orders.Open.ShouldBe(3);
        (orders.Overdue, orders.ExpectedLate).ShouldBe((list.Items.Count(o => o.IsOverdue), list.Items.Count(o => o.IsExpectedLate)));
        orders.Overdue.ShouldBe(1, "the order due 2026-11-09 is overdue, and only it");
        var overdue = orders.Orders[0];
        (overdue.Number, overdue.IsOverdue, overdue.IsExpectedLate, overdue.DueDate).ShouldBe(("WO-2611-0003", true, false, new DateOnly(2026, 11, 9)), "the overdue order comes first");
        orders.Orders.Select(o => o.Number).ShouldBe(list.Items.Where(o => o.IsOverdue || o.IsExpectedLate).OrderByDescending(o => o.IsOverdue).ThenBy(o => o.DueDate).Select(o => o.Number));
        orders.Orders.Where(o => o.IsExpectedLate).ShouldAllBe(o => o.LateReason != null);
        (orders.OverdueLink, orders.ExpectedLateLink, orders.OnHoldLink).ShouldBe(("/work-orders?late=overdue", "/work-orders?late=expected", "/work-orders?hold=true"));
    }

    [Theory]
    [InlineData("/api/v1/dashboard/defect-rate?from=2026-02-30", "from")]
    [InlineData("/api/v1/dashboard/defect-rate?from=1999-12-31", "from")]
    [InlineData("/api/v1/dashboard/load?from=2026-11-10&to=2026-11-01", "to")]
    [InlineData("/api/v1/dashboard/today?workstationId=abc", "workstationId")]
    [InlineData("/api/v1/dashboard/oee?productId=12", "productId")]
    [InlineData("/api/v1/dashboard/defect-pareto?by=weekday", "by")]
    [InlineData("/api/v1/dashboard/defect-heatmap?by=1", "by")]
    [InlineData("/api/v1/dashboard/delivery?from=2024-01-01&to=2026-11-10", "from")]
    [InlineData("/api/v1/dashboard/shortages/export?format=pdf", "format")]
    [InlineData("/api/v1/dashboard/defect-pareto/export?by=station&format=csv", "by")]
    public async Task Bad_input_answers_400_problem_details_naming_the_field(string path, string field)
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        using var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([field]);
    }

    [Fact]
    public async Task Every_figure_answers_on_an_empty_workshop_and_downloads_as_csv_and_excel()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        foreach (var (figure, _) in DashboardAccessCases.Figures)
        {
            using var json = await client.GetAsync($"/api/v1/dashboard/{figure}");
            using var csv = await client.GetAsync($"/api/v1/dashboard/{figure}/export");
            using var xlsx = await client.GetAsync($"/api/v1/dashboard/{figure}/export?format=xlsx");

            json.StatusCode.ShouldBe(HttpStatusCode.OK, figure);
            JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.ValueKind.ShouldBe(JsonValueKind.Object, figure);
            csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv", figure);
            (csv.Content.Headers.ContentDisposition!.FileNameStar ?? string.Empty).StartsWith($"dashboard-{figure}-", StringComparison.Ordinal).ShouldBeTrue(figure);
            xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", figure);
        }
    }

    [Fact]
    public async Task A_download_has_the_figures_rows_under_headers_in_the_readers_language()
    {
        var (_, client) = await MorningAsync();

        var korean = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/api/v1/dashboard/defect-pareto/export?by=code&{Day}&culture=ko"));
        var english = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/api/v1/dashboard/defect-pareto/export?by=code&{Day}&culture=en"));

        korean.ShouldContain("누적 비율");
        korean.ShouldContain("D01 봉제 불량");
        english.ShouldContain("Cumulative share");
        english.ShouldContain("D01 봉제 불량");
    }

    [Fact]
    public async Task Another_workshops_dashboard_shows_none_of_ours_and_ours_is_not_found_for_its_owner()
    {
        var (floor, _) = await MorningAsync();
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var intruder = await _app.MemberClientAsync(theirs.Tenant.Id, WorkshopRole.Owner);

        var theirRate = await GetAsync<DefectRateFigure>(intruder, $"/api/v1/dashboard/defect-rate?{Day}");
        var theirPareto = await GetAsync<DefectParetoFigure>(intruder, $"/api/v1/dashboard/defect-pareto?{Day}");
        using var ours = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/dashboard/defect-rate?{Day}");
        ours.Headers.Add("X-Workshop", floor.Shop.Tenant.Slug);
        using var asked = await intruder.SendAsync(ours);

        (theirRate.Good, theirRate.Scrap).ShouldBe((0m, 0m));
        theirPareto.Bars.ShouldBeEmpty();
        asked.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The morning on the floor, and the owner's manager reading the dashboard through an API key.</summary>
    private async Task<(FloorCapture Floor, HttpClient Client)> MorningAsync()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        await floor.Shop.SaveAsync(database, floor.Shop.WorkOrders.Released("WO-2611-0002", 20, new DateOnly(2026, 11, 10)));
        var stopped = new FloorEvent(
            Guid.CreateVersion7(), FloorEventKind.DowntimeStart, TestWorkshop.Now.AddMinutes(70), WorkstationId: floor.Shop.Sewing.Id, DowntimeReasonId: floor.Reason.Id);
        var results = await floor.BatchAsync(
        [
            floor.Event(FloorEventKind.Start, 0, 5),
            floor.Event(FloorEventKind.Finish, 0, 50, good: 8, scrap: 2),
            floor.Event(FloorEventKind.Start, 1, 55),
            stopped,
            new FloorEvent(Guid.CreateVersion7(), FloorEventKind.DowntimeEnd, TestWorkshop.Now.AddMinutes(80), DowntimeStartId: stopped.Id),
            floor.Event(FloorEventKind.Report, 1, 100, good: 3, scrap: 1),
        ]);
        results.ShouldAllBe(r => r.Outcome == FloorEventOutcome.Stored);
        return (floor, await _app.ClientWithApiKeyAsync(floor.Shop.Tenant.Id, WorkshopRole.Manager));
    }

    private static async Task<T> GetAsync<T>(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
    }
}
