using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The owner ships a customer order whose product has finished stock and hands over the 거래명세서. Before, the order
/// page showed 출하 on every open order, even with nothing to ship, and shipping took 3 interactions (출하, the
/// quantity, 출하) with no statement to print; now the button shows only when something can ship (a reason
/// otherwise), the dialog fills in the quantity, and 출하, 출하, 거래명세서 ship it and download the statement.
/// </summary>
public sealed class ShippingJourneyTests(RunningApp app)
{
    /// <summary>Measured: 출하 on the order page, 출하 in the dialog, 거래명세서 on the shipped row.</summary>
    private const int MostInteractions = 3;

    [Theory]
    [InlineData(ScreenSize.Desktop)]
    [InlineData(ScreenSize.Phone)]
    public async Task An_order_with_finished_stock_ships_and_prints_its_delivery_statement(ScreenSize screen)
    {
        var stamp = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var product = $"E2E-SH-{stamp}";
        var lot = $"FG-SH-{stamp}";
        string orderUrl;

        // Arranged at the desk: a product of 25,000원 and an order of 20 for it, which cannot ship until there is stock.
        await using (var desk = await app.NewSignedInContextAsync())
        {
            var page = await desk.NewPageAsync();
            await new CatalogScreens(page).CreateItemAsync(product, "면 바지", "제품", "suit", 25000);
            var orders = new OrderScreens(page);
            await orders.CreateOrderAsync("한빛상사", product, 20, DateOnly.FromDateTime(DateTime.Today.AddDays(14)));
            orderUrl = page.Url;
            await Expect(page.GetByTestId("ship")).ToHaveCountAsync(0);
            await Expect(page.GetByTestId("ship-blocked")).ToHaveTextAsync("출하할 완제품 재고가 없습니다.");

            var sheet = Path.Combine(Path.GetTempPath(), $"{lot}.csv");
            await File.WriteAllTextAsync(sheet, $"품목코드,위치코드,로트번호,유효기한,수량\n{product},FG,{lot},,30\n");
            var import = new ImportScreens(page);
            await import.ImportAsync("opening-stock", sheet);
            await Expect(import.Result).ToContainTextAsync("1건 추가");
        }

        await using var browser = await app.NewSignedInContextAsync(screen);
        var owner = await browser.NewPageAsync();
        var interactions = new Interactions();
        await owner.GotoAsync(orderUrl);

        await interactions.ClickAsync(owner.GetByTestId("ship"));
        await Expect(owner.GetByTestId("ship-lot").First).ToBeVisibleAsync();
        var row = owner.Locator($"[data-testid=ship-lot][data-lot=\"{lot}\"]");
        await Expect(row.Locator("input")).ToHaveValueAsync("20");
        await interactions.ClickAsync(owner.GetByTestId("ship-confirm"));

        var shipments = owner.GetByTestId("order-shipments");
        await Expect(shipments).ToContainTextAsync(lot);
        await Expect(owner.GetByTestId("order-status")).ToHaveAttributeAsync("data-status", "Shipped");
        await Expect(owner.GetByTestId("ship")).ToHaveCountAsync(0);
        await Expect(owner.GetByTestId("ship-blocked")).ToHaveTextAsync("모두 출하했습니다.");

        var download = await owner.RunAndWaitForDownloadAsync(() => interactions.ClickAsync(shipments.GetByTestId("statement")));
        download.SuggestedFilename.ShouldStartWith("거래명세서-SH-");
        download.SuggestedFilename.ShouldEndWith(".pdf");
        var saved = Path.Combine(Path.GetTempPath(), $"{stamp}-{download.SuggestedFilename}");
        await download.SaveAsAsync(saved);
        var pdf = await File.ReadAllBytesAsync(saved);
        pdf.Take(5).ShouldBe("%PDF-"u8.ToArray());

        interactions.Count.ShouldBeLessThanOrEqualTo(MostInteractions, $"shipping with a statement took {interactions.Count} interactions");

        // The shipments list offers the same statement on the shipment's row.
        await owner.GotoAsync("/shipments");
        var listed = owner.GetByTestId("shipments").Locator("tr").Filter(new LocatorFilterOptions { HasText = lot });
        await Expect(listed.GetByTestId("statement")).ToBeVisibleAsync();
    }
}
