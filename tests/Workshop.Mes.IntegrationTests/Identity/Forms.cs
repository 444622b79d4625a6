using System.Text.RegularExpressions;

namespace Workshop.Mes.IntegrationTests.Identity;

/// <summary>Submits a server-rendered form the way a browser does: its page's antiforgery token, its handler name, its fields.</summary>
internal static partial class Forms
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields, string? action = null) =>
        await client.PostAsync(action ?? page, await ContentAsync(client, page, handler, fields));

    /// <summary>Opens the form and fills it in; the returned call submits it, so that several can be sent at once.</summary>
    public static async Task<Func<Task<HttpResponseMessage>>> PrepareAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields, string? action = null)
    {
        var content = await ContentAsync(client, page, handler, fields);
        return () => client.PostAsync(action ?? page, content);
    }

    /// <summary>The form filled in on its page, to post later: several browsers submitting at the same moment.</summary>
    public static async Task<FormUrlEncodedContent> ContentAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        var token = Token().Match(html).Groups["token"].Value;
        return new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["_handler"] = handler, ["__RequestVerificationToken"] = token });
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}

/// <summary>A page's text as a person reads it: Blazor writes Korean as character references.</summary>
internal static class Html
{
    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}

/// <summary>The sign-in cookie a response set, as a <c>Cookie</c> header value.</summary>
internal static class AuthCookie
{
    public static string From(HttpResponseMessage signedIn) =>
        string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("mes.auth", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
}
