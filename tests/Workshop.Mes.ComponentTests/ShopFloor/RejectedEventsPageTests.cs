using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.ShopFloor;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.ComponentTests.ShopFloor;

/// <summary>The owner's page of refused floor records: each row says why and offers re-assigning or dismissing it.</summary>
public sealed class RejectedEventsPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;

    public RejectedEventsPageTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now.AddHours(2)));
        _context.Services.AddShopFloorModule();
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task A_refused_record_shows_why_and_is_dismissed_only_with_a_reason()
    {
        var workshop = TestWorkshop.Create();
        var order = workshop.WorkOrders.Released("WO-2611-0031", quantity: 10);
        var refused = new RefusedEvent(
            workshop.Tenant.Id, Guid.CreateVersion7(), "Report", """{"kind":"Report","good":3}""", TestWorkshop.Now, TestWorkshop.Now, workshop.Worker.Id, null, order.Steps[1].Id,
            "production_event.illegal_for_step", "현재 공정 상태(대기 중)에서는 '실적' 기록을 할 수 없습니다.");
        await workshop.SaveAsync(_database, order, refused);

        var page = Render(workshop, WorkshopRole.Owner);

        page.WaitForAssertion(() => page.Find("[data-testid=rejected-events]").TextContent.ShouldContain("현재 공정 상태(대기 중)에서는"));
        page.Markup.ShouldContain("WO-2611-0031 · 2 봉제");
        page.Markup.ShouldContain("김미숙");
        page.Find("[data-testid=reassign]").Click();
        page.WaitForAssertion(() => page.Markup.ShouldContain("다시 기록할 공정을 골라 주세요."));
        page.Find("[data-testid=dismiss]").Click();
        page.WaitForAssertion(() => page.Markup.ShouldContain("버리는 이유"));
        page.Find("input[data-testid=dismiss-reason], [data-testid=dismiss-reason] input").Change("같은 기록이 두 번 들어감");
        page.Find("[data-testid=dismiss]").Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid=dismiss]").ShouldBeEmpty());
        await using var db = _database.CreateContext();
        var stored = await db.RefusedEvents.IgnoreQueryFilters().SingleAsync();
        (stored.Status, stored.Resolution).ShouldBe((RefusedEventStatus.Dismissed, "같은 기록이 두 번 들어감"));
    }

    [Fact]
    public async Task A_worker_is_not_shown_the_owners_list()
    {
        var workshop = TestWorkshop.Create();
        await workshop.SaveAsync(_database);

        var page = Render(workshop, WorkshopRole.Worker);

        page.FindAll("[data-testid=rejected-events]").ShouldBeEmpty();
    }

    private IRenderedComponent<RejectedEventsPage> Render(TestWorkshop workshop, WorkshopRole role)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var member = new WorkshopMember(
            new WorkshopRef(workshop.Tenant.Id, workshop.Tenant.Slug, workshop.Tenant.Name, workshop.Tenant.TimeZone),
            role,
            new AuditActor(ActorKind.User, Guid.CreateVersion7(), "owner@test"));
        _context.Render<MudPopoverProvider>();
        _context.Render<MudSnackbarProvider>();
        return _context.Render<RejectedEventsPage>(parameters => parameters.AddCascadingValue(member));
    }
}
