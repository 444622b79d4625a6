using SkiaSharp;

namespace Workshop.Mes.Web.Features.Exports;

/// <summary>
/// A TrueType font with Hangul from the machine (NanumGothic from fonts-nanum first, else any font that draws
/// '작'), so the PDF's Korean text is embedded rather than left as empty boxes.
/// </summary>
internal static class KoreanFont
{
    private static readonly Lazy<string?> _path = new(Find);

    public static SKTypeface Typeface() =>
        (_path.Value is { } path ? SKTypeface.FromFile(path) : null) ?? SKFontManager.Default.MatchCharacter('작') ?? SKTypeface.Default;

    private static string? Find()
    {
        string[] roots = ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts")];
        var fonts = roots.Where(Directory.Exists)
            .SelectMany(r => Directory.EnumerateFiles(r, "*.ttf", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var nanum = fonts.FirstOrDefault(f => Path.GetFileName(f).Equals("NanumGothic.ttf", StringComparison.OrdinalIgnoreCase))
            ?? fonts.FirstOrDefault(f => Path.GetFileName(f).StartsWith("NanumGothic", StringComparison.OrdinalIgnoreCase));
        return nanum ?? fonts.FirstOrDefault(DrawsHangul);
    }

    private static bool DrawsHangul(string path)
    {
        using var typeface = SKTypeface.FromFile(path);
        if (typeface is null)
        {
            return false;
        }

        using var font = new SKFont(typeface);
        return font.ContainsGlyph('작');
    }
}
