using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The owner sets up a new product: its routing of three steps, put in order, and its one material; and reads the defect codes.</summary>
public sealed partial class CatalogJourneyTests(RunningApp app)
{
    [Fact]
    public async Task The_owner_creates_a_product_with_a_three_step_routing_and_a_one_line_bom()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (product, material) = ($"E2E-SH-{suffix}", $"E2E-FB-{suffix}");
        await using var browser = await app.NewSignedInContextAsync();
        var screens = new CatalogScreens(await browser.NewPageAsync());

        await screens.CreateItemAsync(material, "옥스퍼드 원단", "자재", "yd", 5200);
        await screens.CreateItemAsync(product, "옥스퍼드 셔츠", "제품", "ea", 24000);
        await screens.OpenItemAsync(product);

        await screens.OpenRoutingTabAsync();
        await screens.AddRoutingStepAsync("재단", 10, 3);
        await screens.AddRoutingStepAsync("다림질", 0, 2);
        await screens.AddRoutingStepAsync("봉제", 15, 20);
        await screens.MoveStepUpAsync("봉제");
        await Expect(screens.StepOperations).ToHaveTextAsync(["재단", "봉제", "다림질"]);

        await screens.OpenBomTabAsync();
        await screens.AddBomLineAsync(material, 1.6m);
        await Expect(screens.BomLines).ToHaveCountAsync(1);
        await Expect(screens.BomLines.First).ToContainTextAsync("옥스퍼드 원단");

        // Both survive a reload: they were saved, not just drawn.
        await screens.Page.ReloadAsync();
        await screens.OpenRoutingTabAsync();
        await Expect(screens.StepOperations).ToHaveTextAsync(["재단", "봉제", "다림질"]);
    }

    [Fact]
    public async Task A_defect_code_shows_its_own_icon_in_its_colour()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/defect-codes");

        var stain = page.GetByTestId("defect-codes-grid").Locator("tbody tr").Filter(new LocatorFilterOptions { HasText = "FAB-STAIN" });
        var icon = stain.Locator("svg.mud-icon-root");
        await Expect(icon).ToHaveAttributeAsync("style", new Regex("color:\\s*#8E24AA", RegexOptions.IgnoreCase));
        await Expect(icon.Locator($"path[d='{PathOf(MudBlazor.Icons.Material.Filled.WaterDrop)}']")).ToHaveCountAsync(1);
    }

    private static string PathOf(string svg) => SvgPath().Match(svg).Groups["d"].Value;

    [GeneratedRegex("<path d=\"(?<d>[^\"]+)\"")]
    private static partial Regex SvgPath();
}
