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

    private HttpClient Client() =>
        _app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    private static async Task<string> SignInAsync(HttpClient client, string email) =>
        AuthCookie.From(await SignIn.PostAsync(client, email, TestCredentials.Password));
}
