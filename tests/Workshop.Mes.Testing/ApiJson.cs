using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workshop.Mes.Testing;

/// <summary>
/// The JSON the API speaks, for every test that reads or writes it: web defaults (camelCase, case-insensitive
/// reads) and enums by name, as <c>ApiHosting</c> configures the app.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
