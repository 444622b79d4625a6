using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Tablets;

namespace Workshop.Mes.IntegrationTests.Tablets;

/// <summary>The tablet's server-rendered pages, driven like a browser: forms, cookies and redirects.</summary>
public sealed partial class FloorPagesTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    // Tomorrow, 9 o'clock in Seoul: the browser's cookie jar expires cookies by the real clock, so the shift must lie ahead.
    private static readonly DateTimeOffset _shiftStart = new(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).Date.AddDays(1).AddHours(9), TimeSpan.FromHours(9));

    public async ValueTask InitializeAsync()
    {
        _app.Clock.Now = _shiftStart;
        await database.ResetAsync();

        // Past first-run set-up: until an account exists every page leads to /setup.
        await TestCredentials.UserAsync(database, "owner@test.example");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Pairing_sets_a_strict_http_only_device_cookie_and_shows_the_name_tiles()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var code = await PairCodeAsync(shop);
        var browser = _app.Browser();

        var form = await PageAsync(browser, $"/floor/pair?code={code}");
        form.ShouldContain($"value=\"{code}\"");
        var response = await PostFormAsync(browser, "/floor/pair", form, ("code", code));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        To(response).ShouldBe("/floor");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mes.device=", StringComparison.Ordinal)).ToLowerInvariant();
        cookie.ShouldSatisfyAllConditions(
            () => cookie.ShouldContain("httponly"),
            () => cookie.ShouldContain("secure"),
            () => cookie.ShouldContain("samesite=strict"),
            () => cookie.ShouldContain("expires="));
        var tiles = await PageAsync(browser, "/floor");
        tiles.ShouldContain("누가 작업하나요?");
        tiles.ShouldContain($"href=\"/floor/sign-in/{shop.Worker.Id}\"");
        tiles.ShouldContain("김미숙");
    }

    [Fact]
    public async Task A_wrong_or_used_code_on_the_form_is_explained()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var browser = _app.Browser();
        var form = await PageAsync(browser, "/floor/pair");

        var wrong = await PostFormAsync(browser, "/floor/pair", form, ("code", "ZZZZ-ZZZZ"));
        To(wrong).ShouldBe("/floor/pair?error=CodeInvalid");
        (await PageAsync(browser, To(wrong))).ShouldContain("올바른 연결 코드가 아닙니다.");

        var code = await PairCodeAsync(shop);
        await PostFormAsync(browser, "/floor/pair", form, ("code", code));
        var otherTablet = _app.Browser();
        var reused = await PostFormAsync(otherTablet, "/floor/pair", await PageAsync(otherTablet, "/floor/pair"), ("code", code));
        To(reused).ShouldBe("/floor/pair?error=PairingUsed");
    }

    [Fact]
    public async Task An_unpaired_browser_is_sent_to_pairing()
    {
        var response = await _app.Browser().GetAsync("/floor");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        To(response).ShouldEndWith("/floor/pair");
    }

    [Fact]
    public async Task A_worker_signs_in_with_the_pin_pad_sees_their_orders_and_signs_out()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await shop.SaveAsync(database, shop.WorkOrders.Released("WO-2611-0001"));
        await _app.SetPinAsync(shop.Worker.Id);
        var browser = await PairedBrowserAsync(shop);
        var pinPage = await PageAsync(browser, $"/floor/sign-in/{shop.Worker.Id}");
        pinPage.ShouldContain("inputmode=\"numeric\"");

        var wrong = await PostFormAsync(browser, $"/floor/sign-in/{shop.Worker.Id}", pinPage, ("pin", "9713"));
        (await PageAsync(browser, To(wrong))).ShouldContain("PIN이 틀렸습니다. 4번 더 시도할 수 있습니다.");

        var good = await PostFormAsync(browser, $"/floor/sign-in/{shop.Worker.Id}", pinPage, ("pin", FloorApp.Pin));
        To(good).ShouldBe("/floor/home");
        var workerCookie = good.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("mes.worker=", StringComparison.Ordinal)).ToLowerInvariant();
        workerCookie.ShouldContain("httponly");
        workerCookie.ShouldContain("samesite=strict");
        var home = await PageAsync(browser, "/floor/home");
        home.ShouldContain("안녕하세요, 김미숙");
        home.ShouldContain("오후 7:00까지 로그인됩니다");
        home.ShouldContain("WO-2611-0001");

        var signedOut = await PostFormAsync(browser, "/floor/sign-out", home);
        To(signedOut).ShouldBe("/floor?error=SignedOut");
        To(await browser.GetAsync("/floor/home")).ShouldEndWith("/floor");
    }

    [Fact]
    public async Task The_next_worker_signing_in_on_the_tablet_ends_the_previous_workers_session()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var browser = await PairedBrowserAsync(shop);
        var pinPage = await PageAsync(browser, $"/floor/sign-in/{shop.Worker.Id}");

        await PostFormAsync(browser, $"/floor/sign-in/{shop.Worker.Id}", pinPage, ("pin", FloorApp.Pin));
        await PostFormAsync(browser, $"/floor/sign-in/{shop.Worker.Id}", pinPage, ("pin", FloorApp.Pin));

        await using var db = database.CreateContext();
        var sessions = await db.WorkerSessions.OrderBy(s => s.StartedAt).ThenBy(s => s.Id).ToListAsync();
        sessions.Count.ShouldBe(2);
        sessions.Count(s => s.EndedAt is null).ShouldBe(1);
    }

    [Fact]
    public async Task Bad_pin_input_on_the_form_is_explained_and_the_lockout_gives_minutes()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var browser = await PairedBrowserAsync(shop);
        var pinPage = await PageAsync(browser, $"/floor/sign-in/{shop.Worker.Id}");

        var malformed = await PostFormAsync(browser, $"/floor/sign-in/{shop.Worker.Id}", pinPage, ("pin", "12"));
        (await PageAsync(browser, To(malformed))).ShouldContain("PIN은 4~8자리 숫자입니다.");

        HttpResponseMessage last = malformed;
        for (var i = 0; i < 5; i++)
        {
            last = await PostFormAsync(browser, $"/floor/sign-in/{shop.Worker.Id}", pinPage, ("pin", "9713"));
        }

        (await PageAsync(browser, To(last))).ShouldContain("15분 후에 다시 시도하세요.");
    }

    [Fact]
    public async Task An_ended_session_goes_back_to_the_name_tiles_with_a_message()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var browser = await PairedBrowserAsync(shop);
        await PostFormAsync(browser, $"/floor/sign-in/{shop.Worker.Id}", await PageAsync(browser, $"/floor/sign-in/{shop.Worker.Id}"), ("pin", FloorApp.Pin));

        _app.Clock.Now = _shiftStart.AddHours(10);
        var response = await browser.GetAsync("/floor/home");

        To(response).ShouldBe("/floor?error=SessionEnded");
        (await PageAsync(browser, "/floor?error=SessionEnded")).ShouldContain("로그인 시간이 끝났습니다. 다시 로그인하세요.");
    }

    [Fact]
    public async Task A_revoked_tablet_loses_its_cookies_and_is_told_the_owner_removed_it()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await _app.SetPinAsync(shop.Worker.Id);
        var browser = await PairedBrowserAsync(shop);
        await PostFormAsync(browser, $"/floor/sign-in/{shop.Worker.Id}", await PageAsync(browser, $"/floor/sign-in/{shop.Worker.Id}"), ("pin", FloorApp.Pin));
        var owner = FloorApp.Owner(shop);
        var tabletService = _app.Service<TabletService>();
        var device = (await tabletService.ListAsync(owner, CancellationToken.None)).Single();

        await tabletService.RevokeAsync(owner, device.Id, CancellationToken.None);
        var response = await browser.GetAsync("/floor/home");

        To(response).ShouldBe("/floor/pair?error=Removed");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("mes.device=;", StringComparison.Ordinal));
        (await PageAsync(browser, "/floor/pair?error=Removed")).ShouldContain("사장님이 이 태블릿의 등록을 해제했습니다.");
        To(await browser.GetAsync("/floor")).ShouldEndWith("/floor/pair");
    }

    [Fact]
    public async Task Another_workshops_worker_is_not_on_this_tablet()
    {
        var ours = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var browser = await PairedBrowserAsync(ours);

        var response = await browser.GetAsync($"/floor/sign-in/{theirs.Worker.Id}");

        To(response).ShouldBe("/floor?error=UnknownWorker");
        (await PageAsync(browser, "/floor")).ShouldNotContain(theirs.Worker.Id.ToString());
    }

    [Fact]
    public async Task A_scanned_badge_opens_that_workers_pin_pad()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var browser = await PairedBrowserAsync(shop);

        To(await browser.GetAsync("/floor?badge=W001")).ShouldBe($"/floor/sign-in/{shop.Worker.Id}");
        To(await browser.GetAsync("/floor?badge=NOPE")).ShouldBe("/floor?error=UnknownBadge");
    }

    /// <summary>Where a redirect goes, as a path on this site.</summary>
    private static string To(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The page's text as people read it (the renderer escapes Korean as character references).</summary>
    private static async Task<string> PageAsync(HttpClient browser, string path) =>
        WebUtility.HtmlDecode(await browser.GetStringAsync(path));

    private async Task<string> PairCodeAsync(TestWorkshop shop) =>
        (await _app.Service<TabletService>().PairAsync(FloorApp.Owner(shop), new("재단대 태블릿"), new Uri("https://localhost/"), CancellationToken.None)).Code;

    private async Task<HttpClient> PairedBrowserAsync(TestWorkshop shop)
    {
        var browser = _app.Browser();
        var code = await PairCodeAsync(shop);
        var response = await PostFormAsync(browser, "/floor/pair", await PageAsync(browser, "/floor/pair"), ("code", code));
        To(response).ShouldBe("/floor");
        return browser;
    }

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string path, string page, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        values["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups["token"].Value;
        return browser.PostAsync(path, new FormUrlEncodedContent(values));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
