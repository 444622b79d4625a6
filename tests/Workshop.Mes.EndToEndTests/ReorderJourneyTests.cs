using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The owner receives a short material from the reorder page (발주 알림) and counts what it took. Before, from the
/// open reorder page: to 현재고 (1), 입고 (1), type the item (1) and pick it (1), change 완제품 to the store (2), type
/// the quantity read off the alert (1), 입고 처리 (1), back to 발주 알림 (1): 9 on a desktop, 11 on a phone where
/// each trip through the menu opens it first. Now: 입고 on the alert, 입고 처리: 2 (ADR 0075).
/// </summary>
public sealed class ReorderJourneyTests(RunningApp app)
{
    /// <summary>Measured: 입고 on the alert's row, then 입고 처리 in the dialog that comes filled in.</summary>
    private const int MostInteractions = 2;

    [Theory]
    [InlineData(ScreenSize.Desktop)]
    [InlineData(ScreenSize.Phone)]
    public async Task A_short_material_is_received_from_its_alert_in_two_interactions(ScreenSize screen)
    {
        var code = $"E2E-ZP-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        await using var browser = await app.NewSignedInContextAsync(screen);
        var screens = new InventoryScreens(await browser.NewPageAsync());
        await screens.CreateShortMaterialAsync(code, "YKK 지퍼 18cm", "광장시장 지퍼상사", reorderPoint: 100, safetyStock: 20, leadTimeDays: 5);

        await screens.OpenReorderAsync();
        var row = screens.ReorderRow(code);
        await Expect(row).ToContainTextAsync("광장시장 지퍼상사");
        await Expect(row.GetByTestId("reorder-suggested")).ToContainTextAsync("120");
        await Expect(row.GetByTestId("reorder-order-by")).ToHaveTextAsync("오늘");
        var (item, quantity, location, supplier) = await screens.ReceiveFromReorderAsync(code);

        item.ShouldContain(code);
        quantity.ShouldBe("120");
        location.ShouldContain("자재창고");
        supplier.ShouldBe("광장시장 지퍼상사");
        await Expect(screens.ReorderRow(code)).ToHaveCountAsync(0);
        screens.Interactions.Count.ShouldBeLessThanOrEqualTo(MostInteractions, $"receiving took {screens.Interactions.Count} interactions on a {screen}");
        (await screens.OnHandOfAsync(code)).ShouldBe(120);
    }
}
