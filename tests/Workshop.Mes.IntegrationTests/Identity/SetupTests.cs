using System.Net;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Identity;

public sealed class SetupTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = new(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_empty_server_sends_every_page_to_set_up_which_creates_the_admin_once()
    {
        var client = _app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        (await client.GetAsync("/account/sign-in")).Headers.Location!.ToString().ShouldBe("/setup");

        var bad = await Forms.PostAsync(client, "/setup?culture=en", "setup", new()
        {
            ["Input.DisplayName"] = "관리자",
            ["Input.Email"] = "not-an-email",
            ["Input.Password"] = "qwertyuiop123",
            ["Input.ConfirmPassword"] = "qwertyuiop123",
        });
        (await Html.TextAsync(bad)).ShouldContain("Enter an e-mail address like name@example.com.");

        var created = await Forms.PostAsync(client, "/setup", "setup", new()
        {
            ["Input.DisplayName"] = "관리자",
            ["Input.Email"] = "admin@test.example",
            ["Input.Password"] = TestCredentials.Password,
            ["Input.ConfirmPassword"] = TestCredentials.Password,
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = database.CreateContext())
        {
            (await db.Users.SingleAsync()).IsPlatformAdmin.ShouldBeTrue();
        }

        (await client.GetAsync("/setup")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/setup")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
