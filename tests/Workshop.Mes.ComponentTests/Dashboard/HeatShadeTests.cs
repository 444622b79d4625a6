using System.Globalization;
using Workshop.Mes.Web.Features.Dashboard;

namespace Workshop.Mes.ComponentTests.Dashboard;

/// <summary>The heat map's numbers stay readable (WCAG AA, 4.5:1) on every shade, and the largest value is the darkest.</summary>
public sealed class HeatShadeTests
{
    [Fact]
    public void Every_shade_keeps_its_number_readable()
    {
        for (var value = 0; value <= 1000; value++)
        {
            var shade = HeatShade.Of(value, 1000);
            Contrast(shade).ShouldBeGreaterThanOrEqualTo(4.5, $"value {value}: {shade}");
        }
    }

    [Fact]
    public void Nothing_is_white_and_the_largest_is_the_deep_red()
    {
        HeatShade.Of(0, 10).Background.ShouldBe("rgb(255, 255, 255)");
        HeatShade.Of(10, 10).Background.ShouldBe("rgb(183, 28, 28)");
        HeatShade.Of(10, 10).Text.ShouldBe("#ffffff");
        HeatShade.Of(5, 0).Background.ShouldBe("rgb(255, 255, 255)");
        HeatShade.Of(-3, 10).Background.ShouldBe("rgb(255, 255, 255)");
    }

    private static double Contrast(HeatShade shade)
    {
        var parts = shade.Background[4..^1].Split(',', StringSplitOptions.TrimEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var background = HeatShade.Luminance(parts[0], parts[1], parts[2]);
        var text = shade.Text == "#ffffff" ? 1d : 0d;
        var (light, dark) = background > text ? (background, text) : (text, background);
        return (light + 0.05) / (dark + 0.05);
    }
}
