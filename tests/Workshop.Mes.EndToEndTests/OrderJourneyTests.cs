using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The owner takes an order for a demo product, makes its work order, ships a finished lot and reads the chain.</summary>
public sealed class OrderJourneyTests(RunningApp app)
{
    [Fact]
    public async Task An_order_becomes_a_work_order_and_a_shipment_and_the_order_page_shows_the_chain()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var page = await browser.NewPageAsync();
        var lot = $"FG-E2E-{DateTime.UtcNow:HHmmssfff}";
        var sheet = Path.Combine(Path.GetTempPath(), $"{lot}.csv");
        await File.WriteAllTextAsync(sheet, $"품목코드,위치코드,로트번호,유효기한,수량\nBL-01,FG,{lot},,30\n");

        // Finished stock arranged the way an owner starting out would: an opening-stock sheet.
        var import = new ImportScreens(page);
        await import.ImportAsync("opening-stock", sheet);
        await Expect(import.Result).ToContainTextAsync("1건 추가");

        var orders = new OrderScreens(page);
        var number = await orders.CreateOrderAsync("한빛상사", "BL-01", 20, DateOnly.FromDateTime(DateTime.Today.AddDays(30)));
        var workOrders = await orders.MakeWorkOrdersAsync();
        await orders.ShipAsync(lot, 20);

        var timeline = await orders.TimelineTextAsync();
        timeline.ShouldContain(number);
        timeline.ShouldContain(workOrders.ShouldHaveSingleItem());
        timeline.ShouldContain($"로트 {lot} × 20 출하 (납기 내)");
        await Expect(page.GetByTestId("order-status")).ToHaveAttributeAsync("data-status", "Shipped");
    }

    [Fact]
    public async Task A_sheet_with_bad_rows_shows_them_and_cannot_be_imported()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var import = new ImportScreens(await browser.NewPageAsync());
        var sheet = Path.Combine(Path.GetTempPath(), $"items-bad-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(sheet, "품목코드,품목명,구분,단위\nE2E-1,,자재,ea\nE2E-2,단추,장난감,ea\nE2E-3,실,자재,콘\n");

        await import.PreviewAsync("items", sheet);

        await Expect(import.Summary).ToContainTextAsync("2개 행에 오류");
        await Expect(import.ErrorRows).ToHaveCountAsync(2);
        await Expect(import.Page.GetByTestId("import-commit")).ToBeDisabledAsync();
    }
}
