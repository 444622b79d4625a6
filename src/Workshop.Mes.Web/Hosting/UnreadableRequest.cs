using System.Text.Json;
using System.Text.RegularExpressions;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// What could not be read of a request the API could not bind: a field of the JSON body (<c>lines[0].quantity</c>),
/// a route or query parameter (<c>limit</c>), or the body as a whole (not JSON, or missing).
/// </summary>
internal sealed record UnreadableRequest(string? Field)
{
    // Minimal APIs name a parameter as "<type> <name>", e.g. Failed to bind parameter "int? limit" from "abc".
    private static readonly Regex _parameter = new("parameter \"(?:[^\"]*\\s)?(?<name>[^\\s\"]+)\"", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static UnreadableRequest Of(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return new UnreadableRequest(FieldOf(json.Path));
        }

        if (exception.Message.Contains("from body", StringComparison.Ordinal) || exception.Message.Contains("as JSON", StringComparison.Ordinal))
        {
            return new UnreadableRequest(Field: null);
        }

        // A filter bound [AsParameters] is named by its property (OpenOnly); the client sent it as openOnly.
        var parameter = _parameter.Match(exception.Message);
        return new UnreadableRequest(parameter.Success ? JsonNamingPolicy.CamelCase.ConvertName(parameter.Groups["name"].Value) : null);
    }

    /// <summary>The JSON path System.Text.Json reports (<c>$.lines[0].quantity</c>) as the field a client sent.</summary>
    public static string? FieldOf(string? jsonPath) =>
        jsonPath is null || jsonPath == "$" ? null
        : jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..]
        : jsonPath.TrimStart('$');
}
