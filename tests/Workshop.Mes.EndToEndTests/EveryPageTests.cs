using Microsoft.Playwright;
using Workshop.Mes.Domain.Access;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// Opens every page of the app, found from its routes, in the state it is meant for: as the owner (who is also the
/// platform admin), pages anyone may open also signed out, /setup on a fresh server and the tablet's pages on a paired
/// tablet; then the owner's pages as a manager and a consultant, who see either the page or the friendly not-allowed
/// answer. Any error bar, script error, 5xx or logged server error fails it, naming the page and what went wrong; so
/// does a serious or critical WCAG 2.2 AA finding of axe-core on a page the owner opens.
/// </summary>
public sealed class EveryPageTests(EveryPageApp app) : IClassFixture<EveryPageApp>
{
    private const string MemberPassword = "members open pages too";

    /// <summary>Where a page's ids come from when its list is not at <c>/api/v1</c> plus the page's own path.</summary>
    private static readonly Dictionary<string, string> _listOf = new(StringComparer.Ordinal)
    {
        ["/inventory/lots"] = "/api/v1/stock/lots",
        ["/quality/defects"] = "/api/v1/defects",
        ["/assessment/indicators"] = "/api/v1/assessment/catalogue",
    };

    private static IEnumerable<RoutablePage> OwnersPages =>
        RoutablePage.All.Where(page => !page.AnyoneMayOpen);

    [Fact]
    public async Task Every_page_opens_for_the_owner_and_for_the_signed_out_without_an_error()
    {
        var failures = app.FreshSetupProblems.Select(problem => $"/setup on a fresh server: {problem}").ToList();

        foreach (var page in RoutablePage.All.Where(page => page.Template != "/setup"))
        {
            var address = await AddressAsync(page);
            await using (var visit = await PageVisit.OpenAsync(app.Owner, address, app.App))
            {
                if (visit.NotAllowed is { } answer)
                {
                    visit.Add($"said \"{answer}\" to the owner");
                }

                await visit.CheckAccessibilityAsync();
                await visit.CheckWhatIsShownAsync();

                failures.AddRange(visit.Problems.Select(problem => $"{address}: {problem}"));
            }

            if (page.AnyoneMayOpen)
            {
                await using var signedOut = await app.NewBrowserAsync();
                await using var visit = await PageVisit.OpenAsync(signedOut, address, app.App);
                failures.AddRange(visit.Problems.Select(problem => $"{address} signed out: {problem}"));
            }
        }

        // An address with no page behind it gets the not-found page, answering 404.
        await using (var unknown = await PageVisit.OpenAsync(app.Owner, "/no-such-page", app.App, status: 404))
        {
            failures.AddRange(unknown.Problems.Select(problem => $"/no-such-page: {problem}"));
        }

        failures.ShouldBeEmpty(Report(failures));
    }

    [Theory]
    [InlineData(WorkshopRole.Manager, "관리자")]
    [InlineData(WorkshopRole.Consultant, "컨설턴트")]
    public async Task Every_owners_page_opens_or_says_not_allowed_for(WorkshopRole role, string roleName)
    {
        await using var member = await MemberAsync(roleName);
        var failures = new List<string>();

        foreach (var page in OwnersPages)
        {
            var address = await AddressAsync(page);
            if (PageNeeds.Allows(page, role) is not { } allowed)
            {
                failures.Add($"{page}: {nameof(PageNeeds)} does not say who may open it");
                continue;
            }

            await using var visit = await PageVisit.OpenAsync(member, address, app.App);
            if (allowed && visit.NotAllowed is { } answer)
            {
                visit.Add($"said \"{answer}\", but a {role} may open it");
            }
            else if (!allowed && visit.NotAllowed is null)
            {
                visit.Add($"showed \"{visit.Heading}\" without the not-allowed answer, but a {role} may not open it");
            }

            failures.AddRange(visit.Problems.Select(problem => $"{address} as {role}: {problem}"));
        }

        failures.ShouldBeEmpty(Report(failures));
    }

    [Fact]
    public async Task Every_tablet_screen_opens_on_a_paired_tablet_with_a_worker_signed_in()
    {
        var failures = new List<string>();
        await using var tablet = await app.NewTabletAsync();

        // Pairing is the one tablet screen for a tablet not yet paired.
        await using (var pairing = await PageVisit.OpenAsync(tablet, "/floor/pair", app.App))
        {
            await pairing.CheckAccessibilityAsync();
            failures.AddRange(pairing.Problems.Select(problem => $"/floor/pair: {problem}"));
        }

        var ownerPage = await app.Owner.NewPageAsync();
        var api = new OwnerApi(ownerPage);
        var code = await TabletScreens.PairAsync(ownerPage, TabletScreens.NewDeviceName());
        var workers = await api.GetAsync("/api/v1/workers?limit=50");
        var order = await FloorWorkOrder.TakeAsync(api, 1);
        await ownerPage.CloseAsync();
        var tabletPage = await tablet.NewPageAsync();
        await TabletScreens.PairTabletAsync(tabletPage, code);
        await TabletScreens.SignInWorkerAsync(tabletPage, tabletPage.GetByTestId("worker-tile").First, TabletScreens.DemoPin);
        await Expect(tabletPage.GetByTestId("floor-greeting")).ToBeVisibleAsync();
        await tabletPage.CloseAsync();

        var values = new Dictionary<string, string>
        {
            ["/pin"] = workers.GetProperty("items").EnumerateArray().First(w => w.GetProperty("isActive").GetBoolean()).GetProperty("id").GetString()!,
            ["/step"] = order.StepId.ToString(),
        };
        foreach (var page in RoutablePage.Tablet.Where(page => page.Template != "/pair"))
        {
            if (page.HasParameter && !values.ContainsKey(page.Collection))
            {
                failures.Add($"{page}: nothing here says where the tablet finds a value for its parameter");
                continue;
            }

            var address = "/floor" + (page.HasParameter ? page.With(values[page.Collection]) : page.Template);
            await using var visit = await PageVisit.OpenAsync(tablet, address, app.App);
            await visit.CheckAccessibilityAsync();
            await visit.CheckWhatIsShownAsync();
            failures.AddRange(visit.Problems.Select(problem => $"{address} on the tablet: {problem}"));
        }

        failures.ShouldBeEmpty(Report(failures));
    }

    private static string Report(IEnumerable<string> failures) =>
        $"pages that went wrong:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}";

    /// <summary>A member of the owner's workshop in <paramref name="roleName"/>, invited by the owner and signed in through the link.</summary>
    private async Task<IBrowserContext> MemberAsync(string roleName)
    {
        var ownerPage = await app.Owner.NewPageAsync();
        var email = $"{Guid.NewGuid():N}@every-page.example";
        var link = await PeopleScreens.InviteAsync(ownerPage, roleName, email);
        await ownerPage.CloseAsync();

        var member = await app.NewBrowserAsync();
        var joining = await member.NewPageAsync();
        await PeopleScreens.JoinWithNewAccountAsync(joining, link, $"{roleName} {email[..4]}", MemberPassword);
        await joining.CloseAsync();
        return member;
    }

    /// <summary>The page's address with a real id from the demo data, read through the API, or a fresh invitation link.</summary>
    private async Task<string> AddressAsync(RoutablePage page)
    {
        if (!page.HasParameter)
        {
            return page.Template;
        }

        if (page.Collection == "/join")
        {
            var ownerPage = await app.Owner.NewPageAsync();
            var link = await PeopleScreens.InviteAsync(ownerPage, "작업자", $"초대 {Guid.NewGuid().ToString("N")[..4]}");
            await ownerPage.CloseAsync();
            return new Uri(link).PathAndQuery;
        }

        var list = _listOf.GetValueOrDefault(page.Collection, $"/api/v1{page.Collection}");
        var answer = await app.Owner.APIRequest.GetAsync($"{list}?limit=1");
        answer.Status.ShouldBe(200, $"{page} takes its id from {list}; name the right list in {nameof(_listOf)}");
        var items = (await answer.JsonAsync())!.Value.GetProperty("items");
        items.GetArrayLength().ShouldBePositive($"{page} needs one of {list}, and the demo data has none");
        return page.With(items[0].GetProperty("id").GetString()!);
    }
}
