using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Testing;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Web.Components.Layout;
using Workshop.Mes.Web.Features.Identity;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.ComponentTests.Layout;

public sealed class MainLayoutTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;

    public MainLayoutTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddScoped<MemberResolver>();
    }

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    [Fact]
    public void A_page_whose_session_ends_is_dropped_and_loaded_afresh_for_the_server_to_decide()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var authorization = _context.AddAuthorization();
        authorization.SetAuthorized("owner@test.example");
        authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, Guid.CreateVersion7().ToString()));
        var navigation = _context.Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/work-orders/42");
        var layout = _context.Render<MainLayout>(parameters => parameters.Add(p => p.Body, page => page.AddMarkupContent(0, "<p data-testid=\"page\">WO-2611-0042</p>")));
        layout.WaitForAssertion(() => layout.FindAll("[data-testid=page]").Count.ShouldBe(1));

        authorization.SetNotAuthorized();

        layout.WaitForAssertion(() => layout.FindAll("[data-testid=page]").ShouldBeEmpty("the page and its buttons are gone"));
        var reload = navigation.History.First();
        reload.Uri.ShouldBe("http://localhost/work-orders/42");
        reload.Options.ForceLoad.ShouldBeTrue("a fresh load asks the server, which knows the session and the role");
    }

    [Theory]
    [InlineData(WorkshopRole.Owner, true, true)]
    [InlineData(WorkshopRole.Manager, false, true)]
    [InlineData(WorkshopRole.Consultant, false, false)]
    public async Task The_menu_shows_each_role_what_it_can_use_and_keeps_api_keys_in_a_closed_integrations_corner(WorkshopRole role, bool integrations, bool administration)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var shop = await TestWorkshop.CreateAsync(_database);
        var authorization = _context.AddAuthorization();
        authorization.SetAuthorized("member@test.example");
        authorization.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, Guid.CreateVersion7().ToString()),
            new Claim(MesClaims.Workshop, shop.Tenant.Id.ToString()),
            new Claim(MesClaims.Role, role.ToString()));
        var layout = _context.Render<MainLayout>(parameters => parameters.Add(p => p.Body, page => page.AddMarkupContent(0, "<p data-testid=\"page\">page</p>")));
        layout.WaitForAssertion(() => layout.FindAll("[data-testid=page]").Count.ShouldBe(1));

        var menu = layout.Find("[data-testid=nav]");
        menu.TextContent.Contains("API 문서", StringComparison.Ordinal).ShouldBe(integrations, "API docs are for whoever may connect other software");
        layout.FindAll("[data-testid=nav-integrations]").Count.ShouldBe(integrations ? 1 : 0);
        if (integrations)
        {
            layout.Find("[data-testid=nav-integrations]").TextContent.ShouldContain("연동");
            layout.Find("[data-testid=nav-integrations] [aria-expanded]").GetAttribute("aria-expanded").ShouldBe("false", "the corner is closed until opened: API keys are not daily work");
        }

        layout.FindAll("[data-testid=nav-administration]").Count.ShouldBe(administration ? 1 : 0, "an administration heading with nothing under it is noise");
        layout.FindAll("a[href='/welcome']").Count.ShouldBe(administration ? 1 : 0);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
