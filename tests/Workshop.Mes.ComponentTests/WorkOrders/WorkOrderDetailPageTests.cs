using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Audit;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;
using Workshop.Mes.Web.Features.WorkOrders.Progress;
using Workshop.Mes.Web.Features.WorkOrders.Timeline;

namespace Workshop.Mes.ComponentTests.WorkOrders;

public sealed class WorkOrderDetailPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly DateOnly _due = new(2026, 11, 17);

    private readonly MesDatabase _database;
    private readonly BunitContext _context;
    private IRenderedComponent<MudDialogProvider> _dialogs = null!;

    public WorkOrderDetailPageTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now));
        // Changes go through the audit trail, as in the app: the timeline reads status changes and their reasons from it.
        _context.Services.AddSingleton(DatabaseRegistration.CreateContexts(database.AppDataSource, [new AuditInterceptor(new FixedTimeProvider(TestWorkshop.Now))]));
        _context.Services.AddSingleton<WorkOrderService>();
        _context.Services.AddSingleton<ProgressRecorder>();
        _context.Services.AddSingleton<OfficeProgress>();
        _context.Services.AddSingleton<Web.Features.ShopFloor.ProductionCapture>();
        _context.Services.AddSingleton<WorkOrderTimeline>();
        _context.Services.AddSingleton<Web.Features.Inventory.KitIssue>();
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    [Fact]
    public async Task A_released_order_offers_only_the_actions_its_status_allows()
    {
        var workshop = TestWorkshop.Create();
        var order = workshop.WorkOrders.Released("WO-2611-0011", quantity: 10, due: _due);
        await workshop.SaveAsync(_database, order);

        var page = RenderPage(workshop, order.Id);

        page.WaitForAssertion(() => page.Find("[data-testid=work-order-number]").TextContent.ShouldBe("WO-2611-0011"));
        page.FindAll("[data-testid=release]").ShouldBeEmpty();
        page.FindAll("[data-testid=resume]").ShouldBeEmpty();
        page.FindAll("[data-testid=complete]").ShouldBeEmpty();
        page.FindAll("[data-testid=hold]").ShouldHaveSingleItem();
        page.FindAll("[data-testid=cancel]").ShouldHaveSingleItem();
        page.FindAll("[data-testid=edit-work-order]").ShouldHaveSingleItem();
        page.FindAll("[data-testid=record-progress]").Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_released_orders_edit_dialog_keeps_the_quantity_fixed_and_saves_a_later_due_date()
    {
        var workshop = TestWorkshop.Create();
        var order = workshop.WorkOrders.Released("WO-2611-0012", quantity: 10, due: _due);
        await workshop.SaveAsync(_database, order);
        var page = RenderPage(workshop, order.Id);
        page.WaitForAssertion(() => page.Find("[data-testid=edit-work-order]"));

        page.Find("[data-testid=edit-work-order]").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=work-order-edit-form]"));
        var inputs = _dialogs.FindAll("[data-testid=work-order-edit-form] input");
        inputs[0].HasAttribute("disabled").ShouldBeTrue();
        _dialogs.Markup.ShouldContain("수량은 바꿀 수 없고");
        _dialogs.FindAll("[data-testid=work-order-edit-form] input").Single(i => i.GetAttribute("value") == "2026-11-17").Change("2026-11-24");
        _dialogs.Find("[data-testid=work-order-edit-save]").Click();

        _dialogs.WaitForAssertion(() => _dialogs.FindAll("[data-testid=work-order-edit-form]").ShouldBeEmpty());
        await using var db = _database.CreateContext();
        var saved = await db.WorkOrders.IgnoreQueryFilters().AsNoTracking().SingleAsync(w => w.Id == order.Id);
        saved.DueDate.ShouldBe(new DateOnly(2026, 11, 24));
        saved.Quantity.ShouldBe(10);
    }

    [Fact]
    public async Task Cancelling_asks_why_and_the_timeline_keeps_the_reason()
    {
        var workshop = TestWorkshop.Create();
        var order = workshop.WorkOrders.Released("WO-2611-0013", quantity: 10, due: _due);
        await workshop.SaveAsync(_database, order);
        var page = RenderPage(workshop, order.Id);
        page.WaitForAssertion(() => page.Find("[data-testid=cancel]"));

        page.Find("[data-testid=cancel]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=confirm-ok]"));
        _dialogs.Find("[data-testid=confirm-ok]").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Markup.ShouldContain("사유를 입력해 주세요."));
        (await StatusAsync(order.Id)).ShouldBe(WorkOrderStatus.Released);

        _dialogs.Find("textarea[data-testid=confirm-reason], [data-testid=confirm-reason] textarea").Change("고객이 주문을 취소함");
        _dialogs.Find("[data-testid=confirm-ok]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=timeline]").TextContent.ShouldContain("고객이 주문을 취소함"));
        (await StatusAsync(order.Id)).ShouldBe(WorkOrderStatus.Cancelled);
    }

    [Fact]
    public async Task Completing_below_the_ordered_quantity_says_how_many_are_missing_and_backing_out_changes_nothing()
    {
        var workshop = TestWorkshop.Create();
        var order = workshop.InProgressOrder("WO-2611-0014", quantity: 10, firstStepGood: 10, good: 4, _due);
        await workshop.SaveAsync(_database);
        var page = RenderPage(workshop, order.Id);
        page.WaitForAssertion(() => page.Find("[data-testid=complete]"));

        page.Find("[data-testid=complete]").Click();

        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=confirm-detail]").TextContent.ShouldContain("6\u00a0개"));
        _dialogs.Find("[data-testid=confirm-detail]").TextContent.ShouldContain("4\u00a0개");
        _dialogs.Find("[data-testid=confirm-back]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.FindAll("[data-testid=confirm-ok]").ShouldBeEmpty());
        (await StatusAsync(order.Id)).ShouldBe(WorkOrderStatus.InProgress);
    }

    [Fact]
    public async Task Releasing_with_nothing_short_issues_the_kit_to_the_line_side_and_the_materials_show_it_with_its_unit()
    {
        var (floor, order) = await DraftWithFabricInStoreAsync("WO-2611-0015"); // 15 yd of fabric, 40 in the store
        var page = OpenReleaseCheck(floor, order);

        _dialogs.Find("[data-testid=release-confirm]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=material-issued]").TextContent.ShouldBe("15\u00a0yd"));
        (await StatusAsync(order.Id)).ShouldBe(WorkOrderStatus.Released);
        (await OnHandAsync(floor, floor.Store)).ShouldBe(25);
        (await OnHandAsync(floor, floor.Floor)).ShouldBe(15);
        page.Find("[data-testid=timeline]").TextContent.ShouldContain("자재 불출");
    }

    [Fact]
    public async Task Releasing_with_the_kit_box_cleared_moves_no_stock()
    {
        var (floor, order) = await DraftWithFabricInStoreAsync("WO-2611-0016");
        var page = OpenReleaseCheck(floor, order);

        KitBox().Change(false);
        _dialogs.Find("[data-testid=release-confirm]").Click();

        page.WaitForAssertion(() => page.Find("[data-testid=material-issued]").TextContent.ShouldBe("0\u00a0yd"));
        (await StatusAsync(order.Id)).ShouldBe(WorkOrderStatus.Released);
        (await OnHandAsync(floor, floor.Store)).ShouldBe(40);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    /// <summary>A draft of 10 (15 yd of fabric) with 40 yd in the store.</summary>
    private async Task<(StockedWorkshop Floor, WorkOrder Order)> DraftWithFabricInStoreAsync(string number)
    {
        var floor = await StockedWorkshop.CreateAsync(_database);
        var order = floor.Shop.WorkOrders.Draft(number, quantity: 10, due: _due);
        await floor.Shop.SaveAsync(_database, order);
        await floor.LotOnHandAsync(_database, floor.Fabric, floor.Store, "L-1", 40);
        return (floor, order);
    }

    /// <summary>The order's page with its release check open and the kit box ticked (rendered in the test's own flow, so in Korean).</summary>
    private IRenderedComponent<WorkOrderDetailPage> OpenReleaseCheck(StockedWorkshop floor, WorkOrder order)
    {
        var page = RenderPage(floor.Shop, order.Id);
        page.WaitForAssertion(() => page.Find("[data-testid=release]"));
        page.Find("[data-testid=release]").Click();
        _dialogs.WaitForAssertion(() => KitBox().HasAttribute("checked").ShouldBeTrue());
        return page;
    }

    private AngleSharp.Dom.IElement KitBox() => _dialogs.Find("input[data-testid=release-with-kit], [data-testid=release-with-kit] input");

    private async Task<decimal> OnHandAsync(StockedWorkshop floor, Domain.Catalog.Location location)
    {
        await using var db = _database.CreateContext();
        return await db.StockBalances.IgnoreQueryFilters().Where(b => b.ItemId == floor.Fabric.Id && b.LocationId == location.Id).SumAsync(b => b.OnHand);
    }

    private async Task<WorkOrderStatus> StatusAsync(Guid id)
    {
        await using var db = _database.CreateContext();
        return (await db.WorkOrders.IgnoreQueryFilters().AsNoTracking().SingleAsync(w => w.Id == id)).Status;
    }

    private IRenderedComponent<WorkOrderDetailPage> RenderPage(TestWorkshop workshop, Guid id)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var member = new WorkshopMember(
            new WorkshopRef(workshop.Tenant.Id, workshop.Tenant.Slug, workshop.Tenant.Name, workshop.Tenant.TimeZone),
            WorkshopRole.Owner,
            new AuditActor(ActorKind.User, Guid.CreateVersion7(), "owner@test"));
        _context.Render<MudPopoverProvider>();
        _dialogs = _context.Render<MudDialogProvider>();
        _context.Render<MudSnackbarProvider>();
        return _context.Render<WorkOrderDetailPage>(parameters => parameters.Add(p => p.Id, id).AddCascadingValue(member));
    }
}
