using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Testing;
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
        _context.Services.AddSingleton<WorkOrderService>();
        _context.Services.AddSingleton<ProgressRecorder>();
        _context.Services.AddSingleton<WorkOrderTimeline>();
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    [Fact]
    public async Task A_released_order_offers_only_the_actions_its_status_allows()
    {
        var workshop = TestWorkshop.Create();
        var order = workshop.ReleasedWorkOrder("WO-2611-0011", quantity: 10, due: _due);
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
        var order = workshop.ReleasedWorkOrder("WO-2611-0012", quantity: 10, due: _due);
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

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

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
