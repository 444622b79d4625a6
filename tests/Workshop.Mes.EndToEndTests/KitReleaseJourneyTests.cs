using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// A customer's order for aprons whose cloth and buttons are in the store: the owner makes its work order, releases it
/// with the shortage check passing, and sends the kit to the floor (자재 불출, ADR 0034), then sees it on the work order
/// and on 현재고. Before: from the order page 작업지시 만들기, 만들기, the work order's link, 작업 지시, 작업 지시 in the
/// check, then 자재 불출 and 자재 불출 in its dialog: 7, and the work order never showed what went to the floor (its
/// history read each move as two "자재 소비"). Now the release dialog issues the kit with the release: 5.
/// </summary>
public sealed class KitReleaseJourneyTests(RunningApp app)
{
    /// <summary>Measured: 작업지시 만들기 and 만들기 on the order, the work order's link, 작업 지시, and 작업 지시 in the check (kit ticked).</summary>
    private const int MostInteractions = 5;

    [Theory]
    [InlineData(ScreenSize.Desktop)]
    [InlineData(ScreenSize.Phone)]
    public async Task A_customer_orders_work_order_is_released_with_its_kit_issued_to_the_floor(ScreenSize screen)
    {
        var stamp = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (product, cloth, buttons) = ($"E2E-KR-{stamp}", $"E2E-KC-{stamp}", $"E2E-KB-{stamp}");
        string orderUrl;

        // Arranged at the desk: an apron of 1.5 m of cloth and 4 buttons, both received into the store, and an order of 20.
        await using (var desk = await app.NewSignedInContextAsync())
        {
            var page = await desk.NewPageAsync();
            var catalog = new CatalogScreens(page);
            await catalog.CreateItemAsync(cloth, "면 캔버스 원단", "자재", "m", 6000);
            await catalog.CreateItemAsync(buttons, "우드 단추 15mm", "자재", "ea", 120);
            await catalog.CreateItemAsync(product, "캔버스 앞치마", "제품", "ea", 28000);
            await catalog.OpenItemAsync(product);
            await catalog.OpenRoutingTabAsync();
            await catalog.AddRoutingStepAsync("재단", 10, 2);
            await catalog.AddRoutingStepAsync("봉제", 15, 8);
            await catalog.OpenBomTabAsync();
            await catalog.AddBomLineAsync(cloth, 1.5m);
            await catalog.AddBomLineAsync(buttons, 4);
            var inventory = new InventoryScreens(page);
            await inventory.ReceiveAsync(cloth, 100, "자재창고", $"KC-{stamp}", "대성원단");
            await inventory.ReceiveAsync(buttons, 500, "자재창고", $"KB-{stamp}", "동대문 부자재");
            await new OrderScreens(page).CreateOrderAsync("한빛상사", product, 20, DateOnly.FromDateTime(DateTime.Today.AddDays(14)));
            orderUrl = page.Url;
        }

        await using var browser = await app.NewSignedInContextAsync(screen);
        var owner = await browser.NewPageAsync();
        var act = new Interactions();
        await owner.GotoAsync(orderUrl);

        await act.ClickAsync(owner.GetByTestId("make-work-orders"));
        await act.ClickAsync(owner.GetByTestId("make-work-orders-confirm"));
        await act.ClickAsync(owner.GetByTestId("line-work-order-link"));
        var workOrder = new WorkOrderScreens(owner);
        await Expect(workOrder.Status).ToContainTextAsync("작성 중");

        await act.ClickAsync(owner.GetByTestId("release"));
        await Expect(owner.GetByTestId("shortages")).ToContainTextAsync(cloth);
        await Expect(owner.GetByTestId("shortage-warning")).ToHaveCountAsync(0);
        await Expect(owner.GetByText("모든 자재가 충분합니다.")).ToBeVisibleAsync();
        await Expect(owner.Locator("input[data-testid=release-with-kit], [data-testid=release-with-kit] input").First).ToBeCheckedAsync();
        await act.ClickAsync(owner.GetByTestId("release-confirm"));

        // The toast shows before the page reads the order again, and only for a few seconds: looked at first.
        await Expect(owner.Locator(".mud-snackbar").GetByText("작업을 지시했고, 자재 2건을 라인 사이드로 옮겼습니다.")).ToBeVisibleAsync();
        await Expect(workOrder.Status).ToContainTextAsync("작업 대기");
        await Expect(Issued(owner, cloth)).ToHaveTextAsync("30 m");
        await Expect(Issued(owner, buttons)).ToHaveTextAsync("80 개");
        act.Count.ShouldBeLessThanOrEqualTo(MostInteractions, $"making, releasing and issuing the kit took {act.Count} interactions on {screen}");

        // The history says the kit went to the floor, once per lot, not as material used.
        var history = await workOrder.TimelineTextAsync();
        history.ShouldContain($"자재 불출 {cloth}");
        history.ShouldNotContain("자재 소비");

        // 현재고: the store is down by the kit and the floor holds it.
        var stock = new InventoryScreens(owner);
        await stock.OpenOnHandAsync();
        await stock.Search(stamp);
        await Expect(At(stock, $"KC-{stamp}", "자재창고")).ToContainTextAsync("70");
        await Expect(At(stock, $"KC-{stamp}", "작업장")).ToContainTextAsync("30");
        await Expect(At(stock, $"KB-{stamp}", "자재창고")).ToContainTextAsync("420");
        await Expect(At(stock, $"KB-{stamp}", "작업장")).ToContainTextAsync("80");
    }

    private static ILocator Issued(IPage page, string itemCode) =>
        page.GetByTestId("material-row").Filter(new LocatorFilterOptions { HasText = itemCode }).GetByTestId("material-issued");

    private static ILocator At(InventoryScreens stock, string lot, string location) =>
        stock.OnHandRows.Filter(new LocatorFilterOptions { HasText = lot }).Filter(new LocatorFilterOptions { HasText = location }).GetByTestId("on-hand-quantity");
}
