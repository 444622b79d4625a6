using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Identity;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.IntegrationTests.Tenancy;

public sealed class InvitationAcceptanceTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);
    private TestWorkshop _shop = null!;
    private HttpClient _owner = null!;

    public async ValueTask InitializeAsync()
    {
        await database.ResetAsync();
        _shop = await TestWorkshop.CreateAsync(database);
        _owner = await _app.MemberClientAsync(_shop.Tenant.Id, WorkshopRole.Owner);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_worker_sets_a_pin_and_gets_a_worker_profile_and_the_link_then_stops_working()
    {
        var link = await InviteAsync(new { role = "Worker", displayName = "박철수" });

        var done = await Forms.PostAsync(Anonymous(), link + "?culture=en", "join-worker", new() { ["Pin.Pin"] = "2580", ["Pin.ConfirmPin"] = "2580" });

        (await Html.TextAsync(done)).ShouldContain("박철수, your PIN is set.");
        await using (var db = database.CreateContext())
        {
            var worker = await db.Workers.SingleAsync(w => w.DisplayName == "박철수");
            PinHasher.Verify(worker, "2580").ShouldBeTrue();
            PinHasher.Verify(worker, "2581").ShouldBeFalse();
        }

        (await Html.TextAsync(await Anonymous().GetAsync(link + "?culture=en"))).ShouldContain("This invitation has already been used.");
    }

    [Fact]
    public async Task A_worker_link_used_by_eight_browsers_at_once_makes_one_worker()
    {
        var link = await InviteAsync(new { role = "Worker", displayName = "박철수" });
        var browsers = Enumerable.Range(0, 8).Select(_ => Anonymous()).ToList();
        var forms = await Task.WhenAll(browsers.Select(b => Forms.ContentAsync(b, link + "?culture=en", "join-worker", new() { ["Pin.Pin"] = "2580", ["Pin.ConfirmPin"] = "2580" })));

        var pages = await Task.WhenAll(browsers.Select((b, i) => b.PostAsync(link + "?culture=en", forms[i])).Select(async p => await Html.TextAsync(await p)));

        pages.Count(p => p.Contains("박철수, your PIN is set.", StringComparison.Ordinal)).ShouldBe(1);
        pages.Count(p => p.Contains("This invitation has already been used.", StringComparison.Ordinal)).ShouldBe(7);
        await using var db = database.CreateContext();
        (await db.Workers.CountAsync(w => w.DisplayName == "박철수")).ShouldBe(1);
    }

    [Fact]
    public async Task An_account_link_used_by_eight_requests_at_once_makes_one_membership()
    {
        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        await TestCredentials.UserAsync(database, "consultant@test.example", (other.Tenant.Id, WorkshopRole.Consultant));
        var link = await InviteAsync(new { role = "Consultant", email = "consultant@test.example" });
        var consultant = await _app.SignedInClientAsync("consultant@test.example");
        var forms = new List<FormUrlEncodedContent>();
        for (var i = 0; i < 8; i++)
        {
            forms.Add(await Forms.ContentAsync(consultant, link + "?culture=en", "join-accept", new() { ["Accept.Confirm"] = "yes" }));
        }

        var pages = await Task.WhenAll(forms.Select(form => consultant.PostAsync(link + "?culture=en", form)));

        pages.Count(p => p.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        foreach (var refused in pages.Where(p => p.StatusCode != HttpStatusCode.Redirect))
        {
            (await Html.TextAsync(refused)).ShouldContain("This invitation has already been used.");
        }

        await using var db = database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == "consultant@test.example");
        (await db.Memberships.CountAsync(m => m.UserId == user.Id && m.WorkshopId == _shop.Tenant.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_simple_or_mismatched_pin_is_refused_with_the_reason()
    {
        var link = await InviteAsync(new { role = "Worker", displayName = "박철수" });

        var simple = await Forms.PostAsync(Anonymous(), link + "?culture=en", "join-worker", new() { ["Pin.Pin"] = "1234", ["Pin.ConfirmPin"] = "1234" });
        var mismatch = await Forms.PostAsync(Anonymous(), link + "?culture=en", "join-worker", new() { ["Pin.Pin"] = "2580", ["Pin.ConfirmPin"] = "2581" });

        (await Html.TextAsync(simple)).ShouldContain("not one repeated digit or a run like 1234");
        (await Html.TextAsync(mismatch)).ShouldContain("The two PINs are not the same.");
    }

    [Fact]
    public async Task A_manager_creates_an_account_through_the_link_and_becomes_a_member()
    {
        var link = await InviteAsync(new { role = "Manager", email = "new.manager@test.example" });
        var browser = Anonymous();

        var response = await Forms.PostAsync(browser, link, "join-account", new()
        {
            ["Account.DisplayName"] = "이영희",
            ["Account.Password"] = "a long and private passphrase",
            ["Account.ConfirmPassword"] = "a long and private passphrase",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/api/v1/members")).StatusCode.ShouldBe(HttpStatusCode.OK, "signed in as the new manager");
        await using var db = database.CreateContext();
        var user = await db.Users.SingleAsync(u => u.Email == "new.manager@test.example");
        (await db.Memberships.SingleAsync(m => m.UserId == user.Id)).Role.ShouldBe(WorkshopRole.Manager);
    }

    [Fact]
    public async Task Someone_who_has_an_account_signs_in_and_accepts()
    {
        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        await TestCredentials.UserAsync(database, "consultant@test.example", (other.Tenant.Id, WorkshopRole.Consultant));
        var link = await InviteAsync(new { role = "Consultant", email = "consultant@test.example" });
        (await Html.TextAsync(await Anonymous().GetAsync(link + "?culture=en"))).ShouldContain("already has an account");
        var consultant = await _app.SignedInClientAsync("consultant@test.example");

        var response = await Forms.PostAsync(consultant, link, "join-accept", new() { ["Accept.Confirm"] = "yes" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        consultant.DefaultRequestHeaders.Add("X-Workshop", _shop.Tenant.Slug);
        (await consultant.GetAsync("/api/v1/work-orders")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_withdrawn_invitation_says_so()
    {
        var created = await (await _owner.PostAsJsonAsync("/api/v1/invitations", new { role = "Worker", displayName = "박철수" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("invitation").GetProperty("id").GetGuid();

        (await _owner.DeleteAsync($"/api/v1/invitations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await Html.TextAsync(await Anonymous().GetAsync(new Uri(created.GetProperty("link").GetString()!).AbsolutePath + "?culture=en"))).ShouldContain("This invitation was withdrawn.");
    }

    [Fact]
    public async Task An_expired_or_made_up_link_says_so()
    {
        var invitation = new Invitation(_shop.Tenant.Id, WorkshopRole.Worker, null, "박철수", "tests", DateTimeOffset.UtcNow.AddDays(-8));
        var token = invitation.IssueToken();
        await _shop.SaveAsync(database, invitation);

        (await Html.TextAsync(await Anonymous().GetAsync($"/join/{token.Value}?culture=en"))).ShouldContain("This invitation has expired");
        (await Html.TextAsync(await Anonymous().GetAsync("/join/inv.nonsense?culture=en"))).ShouldContain("This invitation link is not valid.");
    }

    private async Task<string> InviteAsync(object request)
    {
        var response = await _owner.PostAsJsonAsync("/api/v1/invitations", request);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var link = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        return new Uri(link).AbsolutePath;
    }

    private HttpClient Anonymous() => _app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
}
