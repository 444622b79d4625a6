using System.Net;
using System.Text.RegularExpressions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>Fills the one-time set-up form over plain HTTP, as the fixture's first act on a fresh server.</summary>
internal static partial class FirstRunSetup
{
    public static async Task CreateAdminAsync(HttpClient http, string name, string email, string password)
    {
        using var response = await http.GetAsync("/setup");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "a fresh server asks for its first admin");
        var token = AntiforgeryToken().Match(await response.Content.ReadAsStringAsync()).Groups["token"].Value;
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = token,
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        using var created = await http.PostAsync("/setup", form);
        (await http.GetAsync("/setup")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "set-up happens once");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
