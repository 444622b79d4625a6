using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.IntegrationTests.Catalog;
using DomainStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

/// <summary>
/// Issue 12: an order due in twelve days that capacity cannot fit is expected late, not overdue; the lists filter by
/// overdue · expected late · on hold and by station, product, worker and due dates, with the chips' counts (ADR 0070, 0071).
/// </summary>
public sealed class LateAndOnHoldFilterTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);
    private Workstation? _press;
    private Item? _bracket;

    /// <summary>The app runs on the real clock; the workshop's day is Seoul's.</summary>
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")).DateTime);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Overdue_and_expected_late_are_told_apart_with_the_reason_and_closed_orders_are_neither()
    {
        var shop = await ShopWithOrdersAsync();
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        var all = (await ListAsync(client, "")).Items.ToDictionary(w => w.Number);

        all["WO-2612-0001"].ShouldSatisfyAllConditions(
            w => w.IsOverdue.ShouldBeTrue(),
            w => w.IsExpectedLate.ShouldBeFalse(),
            w => w.LateReason.ShouldBeNull(),
            w => w.IsLate.ShouldBeTrue());
        var expected = all["WO-2612-0002"];
        expected.ShouldSatisfyAllConditions(
            () => expected.IsOverdue.ShouldBeFalse(),
            () => expected.IsExpectedLate.ShouldBeTrue(),
            () => expected.IsLate.ShouldBeTrue(), // kept: overdue or expected late
            () => expected.LateReason!.Workstation.ShouldBe("본봉 미싱"),
            () => expected.LateReason!.WorkstationId.ShouldBe(shop.Sewing.Id),
            () => expected.LateReason!.HoursShort.ShouldBeGreaterThan(0));
        foreach (var closed in new[] { "WO-2612-0004", "WO-2612-0005" })
        {
            (all[closed].IsOverdue, all[closed].IsExpectedLate, all[closed].IsLate).ShouldBe((false, false, false), closed);
        }

        var detail = (await client.GetFromJsonAsync<WorkOrderDetail>($"/api/v1/work-orders/{expected.Id}", ApiJson.Options))!;
        (detail.IsOverdue, detail.IsExpectedLate, detail.LateReason?.Workstation).ShouldBe((false, true, "본봉 미싱"));
    }

    [Fact]
    public async Task The_list_filters_by_late_and_hold_and_counts_them_among_the_other_filters()
    {
        var shop = await ShopWithOrdersAsync();
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        (await NumbersAsync(client, "late=overdue")).ShouldBe(["WO-2612-0001"]);
        (await NumbersAsync(client, "late=expected")).ShouldBe(["WO-2612-0002"]);
        (await NumbersAsync(client, "hold=true")).ShouldBe(["WO-2612-0003"]);
        (await NumbersAsync(client, "late=Overdue&hold=true")).ShouldBeEmpty();

        (await CountsAsync(client, "")).ShouldBe(new AttentionCounts(1, 1, 1));
        (await CountsAsync(client, "late=overdue")).ShouldBe(new AttentionCounts(1, 1, 1)); // a chip's count does not depend on the chip chosen
        (await CountsAsync(client, $"dueFrom={Iso(0)}")).ShouldBe(new AttentionCounts(0, 1, 1));
        (await CountsAsync(client, "search=0003")).ShouldBe(new AttentionCounts(0, 0, 1));
    }

    [Fact]
    public async Task The_list_and_its_download_drill_down_by_station_product_worker_and_due_dates()
    {
        var shop = await ShopWithOrdersAsync();
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        (await NumbersAsync(client, $"stationId={_press!.Id}")).ShouldBe(["WO-2612-0006"]);
        (await NumbersAsync(client, $"productId={_bracket!.Id}")).ShouldBe(["WO-2612-0006"]);
        (await NumbersAsync(client, $"workerId={shop.Worker.Id}")).ShouldBe(["WO-2612-0002"]);
        (await NumbersAsync(client, $"dueFrom={Iso(10)}&dueTo={Iso(15)}")).ShouldBe(["WO-2612-0002"]);
        (await NumbersAsync(client, $"dueTo={Iso(-1)}&openOnly=true")).ShouldBe(["WO-2612-0001"]);

        var csv = await client.GetStringAsync($"/api/v1/work-orders/export?format=csv&late=expected&dueFrom={Iso(10)}");
        csv.ShouldContain("WO-2612-0002");
        csv.ShouldNotContain("WO-2612-0001");
        csv.ShouldContain("납기 초과 예상");
        csv.ShouldContain("본봉 미싱");
        var stationCsv = await client.GetStringAsync($"/api/v1/work-orders/export?format=csv&stationId={_press.Id}");
        stationCsv.ShouldContain("WO-2612-0006");
        stationCsv.ShouldNotContain("WO-2612-0002");
    }

    [Theory]
    [InlineData("/api/v1/work-orders")]
    [InlineData("/api/v1/work-orders/counts")]
    [InlineData("/api/v1/work-orders/export")]
    public async Task A_filter_value_that_cannot_be_read_is_a_problem_naming_it(string path)
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        var errors = await ItemsApiTests.ErrorsAsync(await client.GetAsync(
            $"{path}?culture=en&late=soon&hold=maybe&stationId=press&productId=1&workerId=kim&dueFrom=2026-13-01"));
        var range = await ItemsApiTests.ErrorsAsync(await client.GetAsync($"{path}?culture=en&dueFrom=2026-12-10&dueTo=2026-12-01"));

        errors["late"].ShouldBe("late must be overdue or expected.");
        errors["hold"].ShouldBe("hold must be true or false.");
        errors["stationId"].ShouldBe("This is not an id (a GUID).");
        errors["productId"].ShouldBe("This is not an id (a GUID).");
        errors["workerId"].ShouldBe("This is not an id (a GUID).");
        errors["dueFrom"].ShouldBe("Enter the date as yyyy-MM-dd.");
        range["dueTo"].ShouldBe("dueTo cannot be before dueFrom.");
    }

    [Fact]
    public async Task Customer_orders_filter_and_count_overdue_lines_expected_late_and_held_work_orders()
    {
        var shop = TestWorkshop.Create();
        var overdue = new CustomerOrder(shop.Tenant.Id, "SO-2612-0001", "한빛상사", Day(-20));
        overdue.AddLine(shop.Product.Id, 10, Day(-2));
        var expected = new CustomerOrder(shop.Tenant.Id, "SO-2612-0002", "미래패션", Day(-1));
        var expectedLine = expected.AddLine(shop.Product.Id, 400, Day(12));
        var held = new CustomerOrder(shop.Tenant.Id, "SO-2612-0003", "가람", Day(-1));
        var heldLine = held.AddLine(shop.Product.Id, 5, Day(40));
        var heldOrder = (shop.WorkOrders with { CustomerOrderLineId = heldLine.Id }).Released("WO-2612-0013", 5, Day(40));
        heldOrder.Hold("원단 대기");
        await shop.SaveAsync(
            database,
            overdue,
            expected,
            held,
            (shop.WorkOrders with { CustomerOrderLineId = expectedLine.Id }).Released("WO-2612-0012", 400, Day(12)),
            heldOrder);
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        (await OrderNumbersAsync(client, "late=overdue")).ShouldBe(["SO-2612-0001"]);
        (await OrderNumbersAsync(client, "late=expected")).ShouldBe(["SO-2612-0002"]);
        (await OrderNumbersAsync(client, "hold=true")).ShouldBe(["SO-2612-0003"]);
        (await client.GetFromJsonAsync<AttentionCounts>("/api/v1/customer-orders/counts", ApiJson.Options)).ShouldBe(new AttentionCounts(1, 1, 1));
        (await ItemsApiTests.ErrorsAsync(await client.GetAsync("/api/v1/customer-orders?culture=en&late=later")))["late"].ShouldBe("late must be overdue or expected.");
        (await ItemsApiTests.ErrorsAsync(await client.GetAsync("/api/v1/customer-orders/counts?culture=en&hold=1")))["hold"].ShouldBe("hold must be true or false.");

        var view = (await client.GetFromJsonAsync<CustomerOrderView>($"/api/v1/customer-orders/{expected.Id}", ApiJson.Options))!;
        var line = view.Lines.Single();
        (line.IsOverdue, line.IsExpectedLate, line.LateReason?.Workstation).ShouldBe((false, true, "본봉 미싱"));
        var overdueLine = (await client.GetFromJsonAsync<CustomerOrderView>($"/api/v1/customer-orders/{overdue.Id}", ApiJson.Options))!.Lines.Single();
        (overdueLine.IsOverdue, overdueLine.IsExpectedLate).ShouldBe((true, false));
    }

    private static DateOnly Day(int fromToday) => Today.AddDays(fromToday);

    private static string Iso(int fromToday) => Day(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Overdue (due three days ago), expected late (due in twelve days, but 400 blouses need far more sewing than twelve
    /// days hold), on hold, completed and cancelled after their due dates, and a bracket made at another station.
    /// </summary>
    private async Task<TestWorkshop> ShopWithOrdersAsync()
    {
        var shop = TestWorkshop.Create();
        var expected = shop.WorkOrders.Released("WO-2612-0002", 400, Day(12));
        var started = ProductionEvent.Start(shop.Context(expected, 0, DateTimeOffset.UtcNow.AddHours(-1)));
        expected.Record(started);
        var held = shop.WorkOrders.Released("WO-2612-0003", 5, Day(40));
        held.Hold("원단 대기");
        var completed = (shop.WorkOrders with { Due = Day(-5) }).In(DomainStatus.Completed, "WO-2612-0004");
        var cancelled = (shop.WorkOrders with { Due = Day(-5) }).In(DomainStatus.Cancelled, "WO-2612-0005");
        _press = new Workstation(shop.Tenant.Id, "PRS", "프레스", 8);
        _bracket = new Item(shop.Tenant.Id, "BR-01", "스테인리스 브래킷", ItemKind.Product, "ea", 3_000);
        var pressing = new RoutingStep(shop.Tenant.Id, _bracket.Id, 1, "프레스", _press.Id, 5, 1, false);
        var bracket = new WorkOrderBuilder(shop.Tenant.Id, _bracket.Id, [pressing], []).Released("WO-2612-0006", 10, Day(20));
        await shop.SaveAsync(
            database,
            shop.WorkOrders.Released("WO-2612-0001", 10, Day(-3)),
            expected,
            started,
            held,
            completed,
            cancelled,
            _press,
            _bracket,
            pressing,
            bracket);
        return shop;
    }

    private static async Task<Page<WorkOrderSummary>> ListAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/work-orders?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<Page<WorkOrderSummary>>(ApiJson.Options))!;
    }

    private static async Task<List<string>> NumbersAsync(HttpClient client, string query) =>
        [.. (await ListAsync(client, query)).Items.Select(w => w.Number).Order()];

    private static async Task<AttentionCounts> CountsAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<AttentionCounts>($"/api/v1/work-orders/counts?{query}", ApiJson.Options))!;

    private static async Task<List<string>> OrderNumbersAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<Page<CustomerOrderSummary>>($"/api/v1/customer-orders?{query}", ApiJson.Options);
        return [.. page!.Items.Select(o => o.Number).Order()];
    }
}
