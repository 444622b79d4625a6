using System.Globalization;
using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Components.Layout;
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

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
