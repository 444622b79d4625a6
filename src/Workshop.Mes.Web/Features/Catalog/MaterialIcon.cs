using System.Collections.Frozen;
using System.Reflection;
using Workshop.Mes.Domain.Catalog;
using Filled = MudBlazor.Icons.Material.Filled;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>
/// MudBlazor's SVG for an icon a defect code carries, stored by its Google name (<c>content_cut</c> → <c>ContentCut</c>).
/// Names match exactly: MudBlazor has icons whose names differ only in case (<c>AddChart</c>, <c>Addchart</c>).
/// </summary>
internal static class MaterialIcon
{
    private static readonly FrozenDictionary<string, string> _offered = DefectLook.Icons
        .Select(name => (Name: name, Svg: FilledSvg(FieldName(name))))
        .Where(icon => icon.Svg is not null)
        .ToFrozenDictionary(icon => icon.Name, icon => icon.Svg!, StringComparer.Ordinal);

    public static string Svg(string? name) =>
        name is not null && _offered.TryGetValue(name, out var svg) ? svg : Filled.HelpOutline;

    /// <summary>MudBlazor's field for a Google name: each word capitalised, underscores dropped (<c>inventory_2</c> → <c>Inventory2</c>).</summary>
    private static string FieldName(string googleName) =>
        string.Concat(googleName.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(word => char.ToUpperInvariant(word[0]) + word[1..]));

    private static string? FilledSvg(string fieldName) =>
        typeof(Filled).GetField(fieldName, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
}
