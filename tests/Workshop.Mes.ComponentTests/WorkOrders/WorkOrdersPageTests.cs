using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.ComponentTests.WorkOrders;

public sealed class WorkOrdersPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly DateOnly _dueNextWeek = new(2026, 11, 17);

    private readonly MesDatabase _database;
    private readonly BunitContext _context;

    public WorkOrdersPageTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now));
        _context.Services.AddSingleton<WorkOrderListService>();
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    [Fact]
    public async Task An_order_in_progress_shows_its_number_product_status_and_good_quantity_in_Korean()
    {
        var workshop = TestWorkshop.Create();
        workshop.InProgressOrder("WO-2611-0007", quantity: 10, firstStepGood: 6, good: 4, _dueNextWeek);
        await workshop.SaveAsync(_database);

        var page = RenderPage(RefOf(workshop));

        page.Find("h1").TextContent.ShouldBe("작업지시");
        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(1));
        var row = Rows(page)[0];
        row.TextContent.ShouldContain("WO-2611-0007");
        row.TextContent.ShouldContain("여성 블라우스");
        row.QuerySelector(".mud-chip")!.TextContent.Trim().ShouldBe("진행 중");
        row.TextContent.ShouldContain("완성 4 / 10");
    }

    [Fact]
    public async Task A_work_order_of_another_workshop_never_appears()
    {
        var ours = TestWorkshop.Create();
        ours.InProgressOrder("WO-2611-0001", quantity: 10, firstStepGood: 5, good: 2, _dueNextWeek);
        await ours.SaveAsync(_database);
        var theirs = TestWorkshop.Create("mullae-test", "문래동 테스트가공", "BR-01", "스테인리스 브래킷");
        theirs.InProgressOrder("WO-2611-0002", quantity: 20, firstStepGood: 8, good: 3, _dueNextWeek);
        await theirs.SaveAsync(_database);

        var page = RenderPage(RefOf(ours));

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(1));
        page.Markup.ShouldContain("WO-2611-0001");
        page.Markup.ShouldNotContain("WO-2611-0002");
        page.Markup.ShouldNotContain("스테인리스 브래킷");
    }

    [Fact]
    public async Task A_completed_order_is_hidden_until_open_only_is_turned_off()
    {
        var workshop = TestWorkshop.Create();
        workshop.InProgressOrder("WO-2611-0003", quantity: 10, firstStepGood: 6, good: 4, _dueNextWeek);
        workshop.CompletedOrder("WO-2611-0004", quantity: 5, _dueNextWeek);
        await workshop.SaveAsync(_database);

        var page = RenderPage(RefOf(workshop));

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(1));
        page.Markup.ShouldContain("WO-2611-0003");
        page.Markup.ShouldNotContain("WO-2611-0004");

        page.Find("input[type=checkbox]").Change(false);

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(2));
        var completed = Rows(page).Single(r => r.TextContent.Contains("WO-2611-0004", StringComparison.Ordinal));
        completed.QuerySelector(".mud-chip")!.TextContent.Trim().ShouldBe("완료");
    }

    [Fact]
    public async Task An_order_stored_due_in_9999_before_dates_were_checked_still_lists_on_the_landing_page()
    {
        var workshop = TestWorkshop.Create();
        var far = workshop.WorkOrders.Released("WO-2611-0005");
        await workshop.SaveAsync(_database, far, workshop.WorkOrders.Draft("WO-2611-0006", due: _dueNextWeek));
        await using (var command = _database.DataSource.CreateCommand("UPDATE work_orders.work_orders SET due_date = '9999-12-31' WHERE id = @id"))
        {
            command.Parameters.AddWithValue("id", far.Id);
            await command.ExecuteNonQueryAsync();
        }

        var page = RenderPage(RefOf(workshop));

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(2));
        Rows(page).Single(r => r.TextContent.Contains("WO-2611-0005", StringComparison.Ordinal)).TextContent.ShouldContain("9999");
    }

    [Fact]
    public async Task An_order_due_in_twelve_days_that_capacity_cannot_fit_is_expected_late_and_only_a_past_due_one_is_overdue()
    {
        var workshop = TestWorkshop.Create();
        workshop.InProgressOrder("WO-2611-0011", quantity: 400, firstStepGood: 10, good: 5, new DateOnly(2026, 11, 22)); // twelve days ahead
        await workshop.SaveAsync(_database, workshop.WorkOrders.Released("WO-2611-0010", quantity: 5, due: new DateOnly(2026, 11, 7)));

        var page = RenderPage(RefOf(workshop));

        page.WaitForAssertion(() => Rows(page).Count.ShouldBe(2));
        var overdue = Row(page, "WO-2611-0010");
        overdue.QuerySelector("[data-testid=overdue]")!.TextContent.Trim().ShouldBe("납기 지남");
        overdue.QuerySelector("[data-testid=expected-late]").ShouldBeNull();
        var expected = Row(page, "WO-2611-0011");
        expected.QuerySelector("[data-testid=overdue]").ShouldBeNull();
        expected.QuerySelector("[data-testid=expected-late]")!.TextContent.Trim().ShouldBe("납기 초과 예상");
        expected.QuerySelector("[data-testid=expected-late]")!.GetAttribute("data-reason")!.ShouldStartWith("본봉 미싱: 납기까지 ");
        page.WaitForAssertion(() => page.Find("[data-testid=filter-overdue]").TextContent.Trim().ShouldBe("지연 1"));
        page.Find("[data-testid=filter-expected-late]").TextContent.Trim().ShouldBe("위험 1");
        page.Find("[data-testid=filter-on-hold]").TextContent.Trim().ShouldBe("보류 0");
    }

    [Fact]
    public async Task The_filter_in_the_address_narrows_the_list_and_each_chip_links_to_its_own_address()
    {
        var workshop = TestWorkshop.Create();
        var held = workshop.WorkOrders.Released("WO-2611-0021", quantity: 5, due: _dueNextWeek);
        held.Hold("원단 대기");
        await workshop.SaveAsync(_database, held, workshop.WorkOrders.Released("WO-2611-0020", quantity: 5, due: new DateOnly(2026, 11, 7)));
        _context.Services.GetRequiredService<NavigationManager>().NavigateTo("/work-orders?late=overdue");

        var page = RenderPage(RefOf(workshop));

        page.WaitForAssertion(() => Rows(page).Select(r => r.QuerySelector("td")!.TextContent.Trim()).ShouldBe(["WO-2611-0020"]));
        page.Find("[data-testid=filter-overdue]").GetAttribute("href").ShouldBe("/work-orders");
        page.Find("[data-testid=filter-on-hold]").GetAttribute("href").ShouldBe("/work-orders?late=overdue&hold=true");
        page.WaitForAssertion(() => page.Find("[data-testid=filter-on-hold]").TextContent.Trim().ShouldBe("보류 1"));
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    /// <summary>What the page receives from the layout: the signed-in owner of the workshop.</summary>
    private static WorkshopMember RefOf(TestWorkshop workshop) =>
        new(
            new WorkshopRef(workshop.Tenant.Id, workshop.Tenant.Slug, workshop.Tenant.Name, workshop.Tenant.TimeZone),
            WorkshopRole.Owner,
            new AuditActor(ActorKind.User, Guid.CreateVersion7(), "owner@test"));

    private IRenderedComponent<WorkOrdersPage> RenderPage(WorkshopMember workshop)
    {
        // The app sets the culture per request; the default language is Korean.
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");

        // The grid's pager and menus open in popovers, which need the provider the layout renders.
        _context.Render<MudPopoverProvider>();
        return _context.Render<WorkOrdersPage>(parameters => parameters.AddCascadingValue(workshop));
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<WorkOrdersPage> page, string number) =>
        Rows(page).Single(r => r.TextContent.Contains(number, StringComparison.Ordinal));

    private static IReadOnlyList<AngleSharp.Dom.IElement> Rows(IRenderedComponent<WorkOrdersPage> page) =>
        page.FindAll("tr.work-order-row");
}
