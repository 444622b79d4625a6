using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.ComponentTests.Quality;

/// <summary>The defect page: its cost in won, the workflow step the role may take, and errors shown beside their fields.</summary>
public sealed class DefectPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;

    public DefectPageTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now.AddHours(2)));
        _context.Services.AddSingleton<DefectQueries>();
        _context.Services.AddSingleton<DefectWorkflow>();
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task An_owner_sees_the_cost_in_won_and_analyses_the_open_defect_from_the_page()
    {
        var (workshop, defect) = await DefectAsync();
        var page = Render(workshop, defect.Id, WorkshopRole.Owner);
        page.WaitForAssertion(() => page.Find("[data-testid=defect-number]").TextContent.ShouldBe("DF-2611-0001"));

        page.Find("[data-testid=defect-cost-total]").TextContent.ShouldBe("24,250원");
        page.Find("[data-testid=defect-cost-breakdown]").TextContent.ShouldContain("20,250원");
        await page.InvokeAsync(() => page.Find("[data-testid=analysis-submit]").Click());
        page.WaitForAssertion(() => page.Find("[data-testid=analysis-form]").TextContent.ShouldContain("입력해 주세요."));
        await page.InvokeAsync(() => page.Find("[data-testid=analysis-form] textarea").Change("바늘 마모로 땀 뜀"));
        await page.InvokeAsync(() => page.Find("[data-testid=analysis-submit]").Click());

        page.WaitForAssertion(() => page.Find("[data-testid=defect-analysis]").TextContent.ShouldContain("바늘 마모로 땀 뜀"));
        page.Find("[data-testid=defect-status]").GetAttribute("data-status").ShouldBe("Analysed");
        page.FindAll("[data-testid=closure-form]").ShouldHaveSingleItem();
        await using var db = _database.CreateContext();
        (await db.DefectRecords.IgnoreQueryFilters().SingleAsync(d => d.Id == defect.Id)).Status.ShouldBe(DefectStatus.Analysed);
    }

    [Fact]
    public async Task Closing_without_an_owner_says_so_beside_the_field_and_leaves_the_defect_analysed()
    {
        var (workshop, defect) = await DefectAsync(analysed: true);
        var page = Render(workshop, defect.Id, WorkshopRole.Manager);
        page.WaitForAssertion(() => page.Find("[data-testid=closure-form]"));

        await page.InvokeAsync(() => page.Find("[data-testid=closure-form] textarea").Change("바늘 1,500땀마다 교체"));
        await page.InvokeAsync(() => page.Find("[data-testid=closure-submit]").Click());

        page.WaitForAssertion(() => page.Find("[data-testid=closure-form]").TextContent.ShouldContain("입력해 주세요."));
        await using var db = _database.CreateContext();
        (await db.DefectRecords.IgnoreQueryFilters().SingleAsync(d => d.Id == defect.Id)).Status.ShouldBe(DefectStatus.Analysed);
    }

    [Fact]
    public async Task A_worker_reads_the_defect_but_is_offered_no_workflow_step()
    {
        var (workshop, defect) = await DefectAsync();
        var page = Render(workshop, defect.Id, WorkshopRole.Worker);

        page.WaitForAssertion(() => page.Find("[data-testid=defect-number]"));

        page.FindAll("[data-testid=analysis-form]").ShouldBeEmpty();
        page.Markup.ShouldContain("아직 원인 분석 전입니다.");
    }

    private async Task<(TestWorkshop Workshop, DefectRecord Defect)> DefectAsync(bool analysed = false)
    {
        var workshop = TestWorkshop.Create();
        var code = new DefectCode(workshop.Tenant.Id, "D01", "봉제 불량", CauseCategory.Man, "#d32f2f", "content_cut");
        var defect = new DefectRecord(
            workshop.Tenant.Id, "DF-2611-0001", new DefectSource(workshop.Product.Id, WorkstationId: workshop.Sewing.Id, WorkerId: workshop.Worker.Id), code.Id, code.Category, 3, Disposition.Scrap, new DefectCost(20_250, 0, 4_000), TestWorkshop.Now);
        if (analysed)
        {
            defect.Analyse("바늘 마모", CauseCategory.Machine);
        }

        await workshop.SaveAsync(_database, code, defect);
        return (workshop, defect);
    }

    private IRenderedComponent<DefectPage> Render(TestWorkshop workshop, Guid id, WorkshopRole role)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var member = new WorkshopMember(
            new WorkshopRef(workshop.Tenant.Id, workshop.Tenant.Slug, workshop.Tenant.Name, workshop.Tenant.TimeZone),
            role,
            new AuditActor(ActorKind.User, Guid.CreateVersion7(), "owner@test"));
        _context.Render<MudPopoverProvider>();
        _context.Render<MudDialogProvider>();
        _context.Render<MudSnackbarProvider>();
        return _context.Render<DefectPage>(parameters => parameters.Add(p => p.Id, id).AddCascadingValue(member));
    }
}
