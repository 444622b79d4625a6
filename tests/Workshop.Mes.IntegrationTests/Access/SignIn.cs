using System.Net;
using Workshop.Mes.IntegrationTests.Identity;

namespace Workshop.Mes.IntegrationTests.Access;

/// <summary>Drives the real sign-in form: its antiforgery token, e-mail and password; a good sign-in redirects with the cookie.</summary>
internal static class SignIn
{
    public const string Path = "/account/sign-in";

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password) =>
        Forms.PostAsync(client, Path, "sign-in", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    public static async Task SubmitAsync(HttpClient client, string email, string password)
    {
        var response = await PostAsync(client, email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a good sign-in redirects to the page asked for");
    }
}
