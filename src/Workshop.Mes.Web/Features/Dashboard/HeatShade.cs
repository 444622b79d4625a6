using System.Globalization;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>
/// A heat map cell's colour: white to deep red by the value's share of the largest, with text that keeps at least
/// 4.5:1 contrast on it (black on the light half, white on the dark half; both are above 4.5:1 where they meet).
/// The page and the printed dashboard use the same shades.
/// </summary>
internal readonly record struct HeatShade(byte R, byte G, byte B)
{
    // From white (255, 255, 255) to a deep red (183, 28, 28) that white text reads on at 6.6:1.
    private static readonly (int R, int G, int B) _hot = (183, 28, 28);

    public string Background => string.Create(CultureInfo.InvariantCulture, $"rgb({R}, {G}, {B})");

    public string Text => Luminance(R, G, B) > 0.18 ? "#000000" : "#ffffff";

    public static HeatShade Of(decimal value, decimal max)
    {
        var share = max <= 0 || value <= 0 ? 0d : Math.Clamp((double)(value / max), 0d, 1d);
        return new HeatShade(Mix(255, _hot.R, share), Mix(255, _hot.G, share), Mix(255, _hot.B, share));
    }

    private static byte Mix(int from, int to, double share) => (byte)Math.Round(from + ((to - from) * share));

    /// <summary>WCAG relative luminance.</summary>
    internal static double Luminance(int r, int g, int b) => (0.2126 * Channel(r)) + (0.7152 * Channel(g)) + (0.0722 * Channel(b));

    private static double Channel(int value)
    {
        var c = value / 255d;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
