using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Identity;

namespace Workshop.Mes.IntegrationTests.Identity;

public sealed partial class SignInTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_good_password_signs_in_and_returns_to_the_local_page_asked_for()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var client = Client();
        await client.GetAsync("/account/sign-in?returnUrl=%2Fpeople");

        var response = await PostToAsync(client, "/account/sign-in?returnUrl=%2Fpeople", "owner@test.example", TestCredentials.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith("/people");
        response.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("mes.auth=", StringComparison.Ordinal) && c.Contains("secure") && c.Contains("httponly"));
    }

    [Fact]
    public async Task A_return_url_to_another_site_goes_home_instead()
    {
        await TestCredentials.UserAsync(database, "owner@test.example");

        var response = await PostToAsync(Client(), "/account/sign-in?returnUrl=%2F%2Fevil.example", "owner@test.example", TestCredentials.Password);

        response.Headers.Location!.AbsoluteUri.ShouldBe("https://localhost/");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_email_get_the_same_message()
    {
        await TestCredentials.UserAsync(database, "owner@test.example");

        var wrong = await PostToAsync(Client(), "/account/sign-in?culture=en", "owner@test.example", "not the password at all");
        var unknown = await PostToAsync(Client(), "/account/sign-in?culture=en", "nobody@test.example", TestCredentials.Password);

        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var message = "The e-mail or password is not correct.";
        (await Html.TextAsync(wrong)).ShouldContain(message);
        (await Html.TextAsync(unknown)).ShouldContain(message);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_say_for_how_long_in_korean()
    {
        await TestCredentials.UserAsync(database, "owner@test.example");
        var client = Client();
        for (var i = 0; i < 5; i++)
        {
            await PostToAsync(client, "/account/sign-in?culture=ko", "owner@test.example", "wrong password number " + i);
        }

        var response = await PostToAsync(client, "/account/sign-in?culture=ko", "owner@test.example", TestCredentials.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, "even the right password is refused while locked");
        (await Html.TextAsync(response)).ShouldContain("비밀번호를 여러 번 틀렸습니다. 15분 뒤에 다시 시도해 주세요.");
    }

    [Fact]
    public async Task Nine_wrong_passwords_sent_at_once_lock_the_account()
    {
        await TestCredentials.UserAsync(database, "owner@test.example");

        // Each guess comes from a browser of its own with its form already open, and all are sent at the same moment.
        var guesses = await Task.WhenAll(Enumerable.Range(0, 9).Select(i => Forms.PrepareAsync(Client(), "/account/sign-in?culture=en", "sign-in", new()
        {
            ["Input.Email"] = "owner@test.example",
            ["Input.Password"] = "wrong password number " + i,
        })));
        var answers = await Task.WhenAll(guesses.Select(send => send()));

        answers.ShouldAllBe(answer => answer.StatusCode == HttpStatusCode.OK, "no guess signs in");
        var response = await PostToAsync(Client(), "/account/sign-in?culture=en", "owner@test.example", TestCredentials.Password);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the right password is refused while locked");
        (await Html.TextAsync(response)).ShouldContain("Too many wrong passwords; try again in 15 min.");
    }

    [Fact]
    public async Task An_address_without_an_account_locks_with_the_same_answers_as_one_with_an_account()
    {
        await TestCredentials.UserAsync(database, "owner@test.example");

        var known = await SixTriesAsync("owner@test.example");
        // An address of its own: the host remembers tries on unknown addresses for as long as a lockout lasts.
        var unknown = await SixTriesAsync($"nobody-{Guid.NewGuid():N}@test.example");

        unknown.ShouldBe(known, "the answers do not tell which addresses have accounts");
        known[4].ShouldBe("Too many wrong passwords; try again in 15 min.");
        known[5].ShouldBe("Too many wrong passwords; try again in 15 min.", "even the right password waits");
    }

    [Fact]
    public async Task Wrong_current_passwords_on_the_account_page_count_toward_the_lockout()
    {
        await TestCredentials.UserAsync(database, "owner@test.example");
        var client = await _app.SignedInClientAsync("owner@test.example");
        for (var i = 0; i < 5; i++)
        {
            await ChangePasswordAsync(client, "wrong current password " + i);
        }

        var response = await ChangePasswordAsync(client, TestCredentials.Password);

        (await Html.TextAsync(response)).ShouldContain("Too many wrong passwords; try again in 15 min.");
        (await Html.TextAsync(response)).ShouldNotContain("every other session has been signed out");
        var signIn = await PostToAsync(Client(), "/account/sign-in?culture=en", "owner@test.example", TestCredentials.Password);
        (await Html.TextAsync(signIn)).ShouldContain("Too many wrong passwords", customMessage: "the account is locked for signing in too");
    }

    [Fact]
    public async Task The_account_page_takes_ten_password_changes_a_minute_per_person()
    {
        await TestCredentials.UserAsync(database, "owner@test.example");
        var client = await _app.SignedInClientAsync("owner@test.example");
        for (var i = 0; i < 10; i++)
        {
            (await ChangePasswordAsync(client, current: string.Empty)).StatusCode.ShouldBe(HttpStatusCode.OK, $"post {i + 1}");
        }

        var refused = await ChangePasswordAsync(client, current: string.Empty);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_and_is_told_so()
    {
        var user = await TestCredentials.UserAsync(database, "owner@test.example");
        await DisableAsync(user.Id);

        var response = await PostToAsync(Client(), "/account/sign-in?culture=en", "owner@test.example", TestCredentials.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Html.TextAsync(response)).ShouldContain("This account has been disabled");
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session_at_once()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var user = await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var client = await _app.SignedInClientAsync("owner@test.example");
        (await client.GetAsync("/api/v1/members")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await DisableAsync(user.Id);

        (await client.GetAsync("/api/v1/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_session_but_keeps_this_one()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var here = await _app.SignedInClientAsync("owner@test.example");
        var elsewhere = await _app.SignedInClientAsync("owner@test.example");

        var response = await Forms.PostAsync(here, "/account?culture=en", "change-password", new()
        {
            ["Input.Current"] = TestCredentials.Password,
            ["Input.Password"] = "a brand new long passphrase",
            ["Input.ConfirmPassword"] = "a brand new long passphrase",
        });

        (await Html.TextAsync(response)).ShouldContain("every other session has been signed out");
        (await elsewhere.GetAsync("/api/v1/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await elsewhere.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await here.GetAsync("/api/v1/members")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_new_password_that_is_common_or_too_short_is_refused_with_the_reason()
    {
        await TestCredentials.UserAsync(database, "owner@test.example");
        var client = await _app.SignedInClientAsync("owner@test.example");

        var common = await Forms.PostAsync(client, "/account?culture=en", "change-password", new()
        {
            ["Input.Current"] = TestCredentials.Password,
            ["Input.Password"] = "password123456",
            ["Input.ConfirmPassword"] = "password123456",
        });
        var mismatch = await Forms.PostAsync(client, "/account?culture=en", "change-password", new()
        {
            ["Input.Current"] = TestCredentials.Password,
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "other",
        });

        (await Html.TextAsync(common)).ShouldContain("one of the most common ones");
        (await Html.TextAsync(mismatch)).ShouldContain("The two passwords are not the same.");
    }

    [Fact]
    public async Task Signing_out_needs_the_form_token_and_ends_the_session()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var client = await _app.SignedInClientAsync("owner@test.example");

        var forged = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var response = await Forms.PostAsync(client, "/account", "sign-out", [], action: "/account/sign-out");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/account/sign-in");
        (await client.GetAsync("/api/v1/members")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copy_of_its_cookie_is_refused()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await TestCredentials.UserAsync(database, "owner@test.example", (shop.Tenant.Id, WorkshopRole.Owner));
        var client = Client();
        var copy = CopyOfCookie(await PostToAsync(client, "/account/sign-in", "owner@test.example", TestCredentials.Password));
        var elsewhere = await _app.SignedInClientAsync("owner@test.example");
        (await copy.GetAsync("/api/v1/work-orders")).StatusCode.ShouldBe(HttpStatusCode.OK, "the copy works while the session lasts");

        await Forms.PostAsync(client, "/account", "sign-out", [], action: "/account/sign-out");

        (await copy.GetAsync("/api/v1/work-orders")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await copy.GetAsync("/work-orders")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await elsewhere.GetAsync("/api/v1/work-orders")).StatusCode.ShouldBe(HttpStatusCode.OK, "signing out ends this session only");
    }

    [Fact]
    public async Task Anonymous_pages_redirect_to_sign_in_with_the_page_to_return_to()
    {
        await TestCredentials.UserAsync(database, "owner@test.example");

        var response = await Client().GetAsync("/people");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/sign-in?ReturnUrl=%2Fpeople");
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(30, true)]
    public void A_session_ends_twelve_hours_after_sign_in_however_busy(int hours, bool expired)
    {
        var signedIn = new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
        var properties = new Microsoft.AspNetCore.Authentication.AuthenticationProperties();
        SessionLifetime.MarkSignedIn(properties, signedIn);

        SessionLifetime.HasExpired(properties, signedIn.AddHours(hours)).ShouldBe(expired);
        SessionLifetime.HasExpired(new Microsoft.AspNetCore.Authentication.AuthenticationProperties(), signedIn).ShouldBeTrue("a cookie without a sign-in time");
    }

    private HttpClient Client() =>
        _app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    /// <summary>A second browser sending the sign-in cookie the response set, as someone who copied it would.</summary>
    private HttpClient CopyOfCookie(HttpResponseMessage signedIn)
    {
        var copy = _app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", AuthCookie.From(signedIn));
        return copy;
    }

    private static async Task<HttpResponseMessage> PostToAsync(HttpClient client, string path, string email, string password) =>
        await Forms.PostAsync(client, path, "sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Five wrong passwords then the right one, each from a browser of its own; the page's message for each.</summary>
    private async Task<List<string>> SixTriesAsync(string email)
    {
        var messages = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var response = await PostToAsync(Client(), "/account/sign-in?culture=en", email, i < 5 ? "wrong password number " + i : TestCredentials.Password);
            messages.Add(SignInError().Match(await Html.TextAsync(response)).Groups["message"].Value);
        }

        return messages;
    }

    private static Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, string current) =>
        Forms.PostAsync(client, "/account?culture=en", "change-password", new()
        {
            ["Input.Current"] = current,
            ["Input.Password"] = "a brand new long passphrase",
            ["Input.ConfirmPassword"] = "a brand new long passphrase",
        });

    [GeneratedRegex("data-testid=\"sign-in-error\">(?<message>[^<]*)<")]
    private static partial Regex SignInError();

    private async Task DisableAsync(Guid userId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AccountService>().SetDisabledAsync(userId, disabled: true)).ShouldBeTrue();
    }
}
