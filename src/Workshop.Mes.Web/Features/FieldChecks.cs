using Microsoft.Extensions.Localization;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>The per-field checks the master-data requests share, with messages from the resources.</summary>
internal sealed class CatalogFields(IStringLocalizer text)
{
    public Dictionary<string, string[]> Errors { get; } = [];

    public void Text(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Errors[field] = [text["Validation.Required"]];
        }
        else if (value.Trim().Length > maxLength)
        {
            Errors[field] = [text["Validation.TooLong", maxLength]];
        }
    }

    public void NotNegative(string field, decimal value)
    {
        if (value < 0)
        {
            Errors[field] = [text["Catalog.NotNegative"]];
        }
    }

    public void Positive(string field, decimal value)
    {
        if (value <= 0)
        {
            Errors[field] = [text["Catalog.Positive"]];
        }
    }

    public void Add(string field, string resourceKey, params object[] arguments) => Errors[field] = [text[resourceKey, arguments]];

    /// <summary>The enum value named (case-insensitively); absent gives <paramref name="fallback"/> or, without one, an error.</summary>
    public TEnum OneOf<TEnum>(string field, string? value, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value) && fallback is { } given)
        {
            return given;
        }

        if (!string.IsNullOrWhiteSpace(value) && !int.TryParse(value, out _)
            && Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        Errors[field] = [string.IsNullOrWhiteSpace(value) ? text["Validation.Required"] : text["Catalog.OneOf", string.Join(", ", Enum.GetNames<TEnum>())]];
        return default;
    }

    /// <summary>Parses a value already validated by <see cref="OneOf{TEnum}"/>.</summary>
    public static TEnum Parse<TEnum>(string? value, TEnum fallback)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? fallback : Enum.Parse<TEnum>(value.Trim(), ignoreCase: true);
}
