using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Testing;
using Workshop.Mes.Web;
using Workshop.Mes.Web.Features.ShopFloor;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using Workshop.Mes.Web.Features.WorkOrders.DaySheet;

namespace Workshop.Mes.ComponentTests.WorkOrders;

/// <summary>The day sheet (작업일지) as the owner types a paper sheet into it, in Korean, over the test database.</summary>
public sealed class DaySheetPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;
    private TestWorkshop _shop = null!;
    private DefectCode _stitching = null!;

    public DaySheetPageTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now));
        _context.Services.AddWorkOrdersModule();
        _context.Services.AddShopFloorModule();
    }

    private IStringLocalizer<SharedResource> T => _context.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    public async ValueTask InitializeAsync()
    {
        await _database.ResetAsync();
        _shop = TestWorkshop.Create();
        _stitching = new DefectCode(_shop.Tenant.Id, "D01", "봉제 불량", CauseCategory.Method, "#E53935", "content_cut");
        await _shop.SaveAsync(_database, _stitching);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task Typing_in_the_last_line_adds_one_that_carries_the_order_the_next_step_and_the_end_as_its_start()
    {
        await _shop.SaveAsync(_database, _shop.WorkOrders.Released("WO-2611-0031", quantity: 12));
        var page = RenderPage();
        page.WaitForAssertion(() => page.FindAll("#sheet-orders option").Count.ShouldBe(1));

        Box(page, 1, "sheet-order").Input("0031");
        Box(page, 1, "sheet-start").Input("08:00");
        Box(page, 1, "sheet-end").Input("09:30");

        page.WaitForAssertion(() => page.FindAll("[data-testid^=sheet-row-]").Count.ShouldBe(2));
        Box(page, 1, "sheet-good").GetAttribute("placeholder").ShouldBe("12");
        Box(page, 2, "sheet-order").GetAttribute("value").ShouldBe("WO-2611-0031");
        Box(page, 2, "sheet-start").GetAttribute("value").ShouldBe("09:30");
        Chosen(page, 2, "sheet-step").ShouldStartWith("2.");
        Chosen(page, 1, "sheet-step").ShouldStartWith("1.");
    }

    [Fact]
    public async Task A_line_with_the_end_before_the_start_a_negative_count_and_scrap_without_a_defect_says_what_to_fix_and_sends_nothing()
    {
        await _shop.SaveAsync(_database, _shop.WorkOrders.Released("WO-2611-0032", quantity: 10));
        var page = RenderPage();
        page.WaitForAssertion(() => page.FindAll("#sheet-orders option").Count.ShouldBe(1));

        Box(page, 1, "sheet-order").Input("WO-2611-0032");
        Box(page, 1, "sheet-start").Input("08:30");
        Box(page, 1, "sheet-end").Input("08:00");
        Box(page, 1, "sheet-good").Input("-3");
        Box(page, 1, "sheet-scrap").Input("2");
        page.Find("[data-testid=sheet-save]").Click();

        page.WaitForAssertion(() => Result(page, 1).ShouldContain(T["Office.Validation.EndBeforeStart"].Value));
        Result(page, 1).ShouldContain(T["WorkOrders.Validation.NotNegative"].Value);
        Result(page, 1).ShouldContain(T["WorkOrders.Validation.DefectCode"].Value);
        Box(page, 1, "sheet-start").ClassList.ShouldContain("sheet-invalid");
        Box(page, 1, "sheet-defect").ClassList.ShouldContain("sheet-invalid");
        Box(page, 1, "sheet-good").GetAttribute("value").ShouldBe("-3");
        (await EventCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_line_without_an_order_or_times_and_a_sheet_dated_before_2000_or_after_today_are_refused()
    {
        var page = RenderPage();
        page.WaitForAssertion(() => page.Find("[data-testid=sheet-save]"));

        Box(page, 1, "sheet-order").Input("9999");
        page.Find("[data-testid=sheet-date]").Change("1999-12-31");
        page.Find("[data-testid=sheet-save]").Click();

        page.WaitForAssertion(() => Result(page, 1).ShouldContain(T["DaySheet.Validation.Order"].Value));
        Result(page, 1).ShouldContain(T["DaySheet.Validation.TimeRequired"].Value);
        page.Find(".day-sheet-date").TextContent.ShouldContain("2000-01-01");

        page.Find("[data-testid=sheet-date]").Change("2026-11-11");
        page.Find("[data-testid=sheet-save]").Click();
        page.WaitForAssertion(() => page.Find(".day-sheet-date").TextContent.ShouldContain(T["DaySheet.Validation.Date", "2000-01-01"].Value));
        (await EventCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_time_later_than_now_is_refused()
    {
        await _shop.SaveAsync(_database, _shop.WorkOrders.Released("WO-2611-0033", quantity: 10));
        var page = RenderPage();
        page.WaitForAssertion(() => page.FindAll("#sheet-orders option").Count.ShouldBe(1));

        // The sheet is today's, and it is 9 o'clock in the workshop.
        Box(page, 1, "sheet-order").Input("0033");
        Box(page, 1, "sheet-start").Input("08:30");
        Box(page, 1, "sheet-end").Input("11:00");
        page.Find("[data-testid=sheet-save]").Click();

        page.WaitForAssertion(() => Result(page, 1).ShouldContain(T["WorkOrders.Validation.AtInFuture"].Value));
        (await EventCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_line_for_an_order_cancelled_meanwhile_is_refused_in_plain_words_and_keeps_its_input()
    {
        var order = _shop.WorkOrders.Released("WO-2611-0034", quantity: 10);
        await _shop.SaveAsync(_database, order);
        var page = RenderPage();
        page.WaitForAssertion(() => page.FindAll("#sheet-orders option").Count.ShouldBe(1));
        Box(page, 1, "sheet-order").Input("0034");
        Box(page, 1, "sheet-start").Input("07:00");
        Box(page, 1, "sheet-end").Input("08:15");
        Box(page, 1, "sheet-scrap").Input("1");
        Box(page, 1, "sheet-defect").Change(_stitching.Id.ToString());
        Box(page, 1, "sheet-note").Input("실밥 풀림");

        await using (var db = _database.CreateContext())
        {
            var stored = await db.WorkOrders.IgnoreQueryFilters().SingleAsync(o => o.Id == order.Id);
            stored.Cancel("원단 불량");
            await db.SaveChangesAsync();
        }

        page.Find("[data-testid=sheet-save]").Click();

        page.WaitForAssertion(() => Result(page, 1).ShouldContain("WO-2611-0034"));
        Result(page, 1).ShouldContain("취소");
        Result(page, 1).ShouldNotContain("Cancelled");
        page.Find("[data-testid=sheet-row-1]").ClassList.ShouldContain("sheet-refused");
        Box(page, 1, "sheet-order").GetAttribute("value").ShouldBe("0034");
        Box(page, 1, "sheet-start").GetAttribute("value").ShouldBe("07:00");
        Box(page, 1, "sheet-end").GetAttribute("value").ShouldBe("08:15");
        Box(page, 1, "sheet-scrap").GetAttribute("value").ShouldBe("1");
        Box(page, 1, "sheet-note").GetAttribute("value").ShouldBe("실밥 풀림");
        // The line opens again for correction once the save has finished (its result shows while the save still runs).
        page.WaitForAssertion(() => Box(page, 1, "sheet-order").HasAttribute("disabled").ShouldBeFalse());
        page.Find("[data-testid=sheet-summary]").TextContent.ShouldBe(T["DaySheet.Summary", 0, 1].Value);
        (await EventCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Saving_records_every_line_through_the_capture_and_a_second_save_sends_nothing_again()
    {
        var stock = await StockedWorkshop.CreateAsync(_database, "stocked-garment", "재고 봉제공방");
        await stock.ReceiveFabricAsync(_database, "FAB-2611-01", 500, null, TestWorkshop.Now.AddDays(-3));
        var order = stock.Shop.WorkOrders.Released("WO-2611-0035", quantity: 10);
        await stock.Shop.SaveAsync(_database, order);
        var defect = await DefectCodeOfAsync(stock.Shop);
        var page = RenderPage(stock.Shop);
        page.WaitForAssertion(() => page.FindAll("#sheet-orders option").Count.ShouldBe(1));

        Box(page, 1, "sheet-order").Input("0035");
        Box(page, 1, "sheet-start").Input("07:00");
        Box(page, 1, "sheet-end").Input("07:50");

        // Typing in the last line opens the next one once the page has rendered again.
        page.WaitForElement("[data-testid=sheet-row-2] [data-testid=sheet-end]");
        Box(page, 2, "sheet-end").Input("08:40");
        Box(page, 2, "sheet-scrap").Input("1");
        Box(page, 2, "sheet-defect").Change(defect);
        page.Find("[data-testid=sheet-save]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=sheet-summary]").TextContent.ShouldBe(T["DaySheet.Summary", 2, 0].Value), TimeSpan.FromSeconds(60));
        page.Find("[data-testid=sheet-row-1]").ClassList.ShouldContain("sheet-saved");
        Box(page, 2, "sheet-good").GetAttribute("value").ShouldBe("9");
        Box(page, 2, "sheet-end").HasAttribute("disabled").ShouldBeTrue();
        await using (var db = _database.CreateContext())
        {
            var steps = (await db.WorkOrders.IgnoreQueryFilters().SingleAsync(o => o.Id == order.Id)).Steps.OrderBy(s => s.Sequence).ToList();
            steps.Select(s => s.State).ShouldBe([Domain.WorkOrders.StepState.Finished, Domain.WorkOrders.StepState.Finished]);
            steps.Select(s => s.GoodQuantity).ShouldBe([10m, 9m]);
            steps[1].ScrapQuantity.ShouldBe(1);
            (await db.DefectRecords.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
        }

        (await EventCountAsync()).ShouldBe(4);
        page.Find("[data-testid=sheet-save]").Click();
        page.WaitForAssertion(() => page.Find("[data-testid=sheet-summary]").TextContent.ShouldBe(T["DaySheet.NothingToSave"].Value));
        (await EventCountAsync()).ShouldBe(4);
    }

    private async Task<string> DefectCodeOfAsync(TestWorkshop shop)
    {
        var code = new DefectCode(shop.Tenant.Id, "D02", "원단 불량", CauseCategory.Material, "#FB8C00", "texture");
        await shop.SaveAsync(_database, code);
        return code.Id.ToString();
    }

    private static IElement Box(IRenderedComponent<DaySheetPage> page, int row, string testId) =>
        page.Find($"[data-testid=sheet-row-{row}] [data-testid={testId}]");

    private static string Chosen(IRenderedComponent<DaySheetPage> page, int row, string testId)
    {
        var select = Box(page, row, testId);
        var value = select.GetAttribute("value");
        return select.QuerySelectorAll("option").Single(o => o.GetAttribute("value") == value).TextContent.Trim();
    }

    private static string Result(IRenderedComponent<DaySheetPage> page, int row) =>
        page.Find($"[data-testid=sheet-row-{row}] [data-testid=sheet-result]").TextContent;

    private IRenderedComponent<DaySheetPage> RenderPage(TestWorkshop? shop = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var tenant = (shop ?? _shop).Tenant;
        var member = new WorkshopMember(
            new WorkshopRef(tenant.Id, tenant.Slug, tenant.Name, tenant.TimeZone),
            WorkshopRole.Owner,
            new AuditActor(ActorKind.User, Guid.CreateVersion7(), "owner@test"));
        _context.Render<MudPopoverProvider>();
        _context.Render<MudSnackbarProvider>();
        return _context.Render<DaySheetPage>(parameters => parameters.AddCascadingValue(member));
    }

    private async Task<int> EventCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.ProductionEvents.IgnoreQueryFilters().CountAsync();
    }
}
