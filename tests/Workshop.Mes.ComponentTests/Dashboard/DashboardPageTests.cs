using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Changes;
using Workshop.Mes.Web.Features.Dashboard;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.ComponentTests.Dashboard;

/// <summary>
/// The dashboard reads its thirteen figures when it opens and when its workshop changes, not each time the layout
/// renders around it: a wall screen left open all day should cost the database only what happened.
/// </summary>
public sealed class DashboardPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;
    private readonly ChangeFeed _feed = new(NullLogger<ChangeFeed>.Instance);

    public DashboardPageTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now.AddHours(2)));
        _context.Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        _context.Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        _context.Services.AddSingleton<WorkOrderListService>();
        _context.Services.AddSingleton<DashboardFigures>();
        _context.Services.AddSingleton<Workshop.Mes.Web.Features.Assessment.Evidence.EvidenceEngine>();
        _context.Services.AddSingleton<Workshop.Mes.Web.Features.Assessment.StageReports>();
        _context.Services.AddSingleton(_feed);
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task The_layout_rendering_again_reads_nothing_and_a_change_in_its_workshop_reads_once_more()
    {
        var workshop = TestWorkshop.Create();
        await workshop.SaveAsync(_database);
        var root = Render(DialogHost.OwnerOf(workshop.Tenant));
        var dashboard = () => root.Find("[data-testid=dashboard]");
        root.WaitForAssertion(() => dashboard().GetAttribute("data-reads").ShouldBe("1"));
        dashboard().GetAttribute("aria-busy").ShouldBe("false");
        dashboard().GetAttribute("data-workshop").ShouldBe(workshop.Tenant.Name);

        // The layout passes its member down again (a new instance each time it renders): nothing to read.
        root.Render(parameters => parameters.Add(p => p.Value, DialogHost.OwnerOf(workshop.Tenant)).AddChildContent<DashboardPage>());
        root.Render(parameters => parameters.Add(p => p.Value, DialogHost.OwnerOf(workshop.Tenant)).AddChildContent<DashboardPage>());
        dashboard().GetAttribute("aria-busy").ShouldBe("false");
        dashboard().GetAttribute("data-reads").ShouldBe("1");

        // A change in its workshop is read at once (LiveRefreshTests: another workshop's is not heard).
        await _feed.DispatchAsync(new WorkshopChange(workshop.Tenant.Id, ChangeKind.DefectRecorded));
        root.WaitForAssertion(() => dashboard().GetAttribute("data-reads").ShouldBe("2"));
    }

    private IRenderedComponent<CascadingValue<WorkshopMember>> Render(WorkshopMember member)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        _context.Render<MudPopoverProvider>();
        return _context.Render<CascadingValue<WorkshopMember>>(parameters => parameters
            .Add(p => p.Value, member)
            .AddChildContent<DashboardPage>());
    }
}
