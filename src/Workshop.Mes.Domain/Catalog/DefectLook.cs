namespace Workshop.Mes.Domain.Catalog;

/// <summary>How a defect code looks on the tablet: a <c>#RRGGBB</c> colour and one of a short list of Material icons.</summary>
public static class DefectLook
{
    // An array, not a collection expression typed as a list: that would add a compiler-made type to the domain.
    private static readonly string[] _icons =
    [
        "content_cut", "straighten", "texture", "format_color_fill", "water_drop", "local_fire_department", "build",
        "settings", "engineering", "person", "inventory_2", "rule", "science", "thermostat", "visibility", "warning",
        "error", "report", "broken_image", "link_off", "layers", "palette", "cleaning_services", "help", "gesture", "iron", "label_off",
        "push_pin", "water_damage", "waves",
    ];

    /// <summary>Material icon names (snake_case, as Google writes them) that read well at a glance on the floor.</summary>
    public static IReadOnlyList<string> Icons => _icons;

    public static bool IsColor(string? value) =>
        value is { Length: 7 } && value[0] == '#' && value.Skip(1).All(char.IsAsciiHexDigit);
}
