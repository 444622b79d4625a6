using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The owner receives a delivery of fabric with its lot and finds it on hand, in the ledger and on the lot's page.</summary>
public sealed class InventoryJourneyTests(RunningApp app)
{
    [Fact]
    public async Task Received_material_shows_on_hand_in_the_ledger_and_on_its_lot_page()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var screens = new InventoryScreens(await browser.NewPageAsync());
        var lot = $"E2E-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        await screens.OpenOnHandAsync();
        await Expect(screens.Heading("현재고")).ToBeVisibleAsync();
        var before = await screens.OnHandOfAsync("FB-CT-WH");

        await screens.ReceiveAsync("FB-CT-WH", 37.5m, "자재창고", lot, "대구섬유");

        (await screens.OnHandOfAsync("FB-CT-WH")).ShouldBe(before + 37.5m);
        await screens.Search(lot);
        await Expect(screens.OnHandRow(lot)).ToContainTextAsync("37.5");
        await Expect(screens.OnHandRow(lot)).ToContainTextAsync("자재창고");
        await screens.OpenLedgerAsync();
        await Expect(screens.Heading("재고 원장")).ToBeVisibleAsync();
        await Expect(screens.LedgerRow(lot)).ToContainTextAsync("입고");
        await Expect(screens.LedgerRow(lot)).ToContainTextAsync("+37.5");
        await screens.OpenOnHandAsync();
        await screens.Search(lot);
        await screens.OpenLotAsync(lot);
        await Expect(screens.Page.GetByTestId("lot-on-hand")).ToHaveTextAsync("37.5");
        await Expect(screens.Page.GetByText("대구섬유")).ToBeVisibleAsync();
    }
}
