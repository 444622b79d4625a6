using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Identity;

/// <summary>
/// A page left open in a browser keeps acting for its person over its live connection. Signing out, losing the
/// membership or changing role must reach it: at once from this app instance, and at its next periodic check
/// (which reads the database, so it covers changes made on other instances too).
/// </summary>
public sealed class LivePageTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    // Only caps the wait for the in-process signal; the wait ends as soon as the page is signed out.
    private static readonly TimeSpan _signalCap = TimeSpan.FromSeconds(30);

    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Signing_out_ends_a_page_left_open_on_that_session_but_not_on_another()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var browser = Client();
        await using var page = await LivePage.OpenAsync(_app, await SignInAsync(browser, "owner@test.example"));
        await using var phone = await LivePage.OpenAsync(_app, await SignInAsync(Client(), "owner@test.example"));
        (await page.RevalidateAsync()).ShouldBeTrue();

        await Forms.PostAsync(browser, "/account", "sign-out", [], action: "/account/sign-out");

        await page.SignedOut.WaitAsync(_signalCap, TestContext.Current.CancellationToken);
        (await page.RevalidateAsync()).ShouldBeFalse("the periodic check reads the ended session from the database");
        (await phone.RevalidateAsync()).ShouldBeTrue("the same person's other session goes on");
    }

    [Fact]
    public async Task Removing_a_member_closes_their_open_page_at_once()
    {
        var (owner, manager) = await OwnerAndManagerAsync();
        await using var page = await LivePage.OpenAsync(_app, await SignInAsync(Client(), "manager@test.example"));
        (await page.RevalidateAsync()).ShouldBeTrue();

        (await owner.DeleteAsync($"/api/v1/members/{await MembershipIdAsync(manager)}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await page.SignedOut.WaitAsync(_signalCap, TestContext.Current.CancellationToken);
        (await page.RevalidateAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Changing_a_members_role_closes_their_open_page_and_the_reloaded_page_acts_with_the_new_role()
    {
        var (owner, manager) = await OwnerAndManagerAsync();
        var cookie = await SignInAsync(Client(), "manager@test.example");
        await using var page = await LivePage.OpenAsync(_app, cookie);

        var changed = await owner.PatchAsJsonAsync($"/api/v1/members/{await MembershipIdAsync(manager)}", new { role = "Consultant" });

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        await page.SignedOut.WaitAsync(_signalCap, TestContext.Current.CancellationToken);
        (await page.RevalidateAsync()).ShouldBeFalse("the page acted as a manager");
        await using var reloaded = await LivePage.OpenAsync(_app, cookie);
        (await reloaded.RevalidateAsync()).ShouldBeTrue("still signed in, now as a consultant");
        reloaded.Roles.ShouldBe([WorkshopRole.Consultant]);
    }

    [Fact]
    public async Task A_membership_removed_on_another_app_instance_fails_the_pages_next_check()
    {
        var (_, manager) = await OwnerAndManagerAsync();
        await using var page = await LivePage.OpenAsync(_app, await SignInAsync(Client(), "manager@test.example"));

        // Straight in the database: another instance's change raises no signal in this one.
        await using (var db = database.CreateContext())
        {
            await db.Memberships.Where(m => m.UserId == manager).ExecuteDeleteAsync(TestContext.Current.CancellationToken);
        }

        (await page.RevalidateAsync()).ShouldBeFalse();
    }

    private HttpClient Client() =>
        _app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    private async Task<(HttpClient Owner, Guid Manager)> OwnerAndManagerAsync()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var manager = await TestCredentials.UserAsync(database, "manager@test.example", (shop.Tenant.Id, WorkshopRole.Manager));
        return (await _app.SignedInClientAsync("owner@test.example"), manager.Id);
    }

    private async Task<Guid> MembershipIdAsync(Guid userId)
    {
        await using var db = database.CreateContext();
        return await db.Memberships.Where(m => m.UserId == userId).Select(m => m.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<string> SignInAsync(HttpClient client, string email) =>
        AuthCookie.From(await SignIn.PostAsync(client, email, TestCredentials.Password));
}
