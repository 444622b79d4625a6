using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// Writes quantities and money as people write them: 5 and 12.5, not the database's 5.0000 and 12.5000.
/// PostgreSQL numerics come back with their column's scale; the trailing zeros say nothing to an API client.
/// </summary>
internal sealed class PlainDecimalConverter : JsonConverter<decimal>
{
    /// <summary>Reads a number, or a number in a string as the web defaults allow; anything else is a JSON error with its path.</summary>
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) == 0)
        {
            return reader.GetDecimal();
        }

        return decimal.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new JsonException("Not a number.");
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Plain(value));

    /// <summary>The same number without trailing zeros after the point (dividing by 1.000… drops the scale).</summary>
    public static decimal Plain(decimal value) => value / 1.000000000000000000000000000000000m;
}
