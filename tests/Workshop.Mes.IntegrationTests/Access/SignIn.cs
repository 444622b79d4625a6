using System.Net;
using System.Text.RegularExpressions;

namespace Workshop.Mes.IntegrationTests.Access;

/// <summary>Drives the real sign-in form: reads its antiforgery token, posts e-mail and password, expects the cookie.</summary>
internal static partial class SignIn
{
    public const string Path = "/account/sign-in";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync(Path);
        var token = AntiforgeryToken().Match(page).Groups["token"].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(Path, form);
    }

    public static async Task SubmitAsync(HttpClient client, string email, string password)
    {
        var response = await PostAsync(client, email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a good sign-in redirects to the page asked for");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
