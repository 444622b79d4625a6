using System.Collections.Frozen;
using System.Reflection;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>MudBlazor's SVG for a Material icon stored by its Google name (<c>content_cut</c> → <c>ContentCut</c>).</summary>
public static class MaterialIcon
{
    private static readonly FrozenDictionary<string, string> _filled = typeof(MudBlazor.Icons.Material.Filled)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(string))
        .ToFrozenDictionary(f => f.Name, f => (string)f.GetValue(null)!, StringComparer.OrdinalIgnoreCase);

    public static string Svg(string? name) =>
        name is not null && _filled.TryGetValue(name.Replace("_", string.Empty, StringComparison.Ordinal), out var svg)
            ? svg
            : MudBlazor.Icons.Material.Filled.HelpOutline;
}
