using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// Issue 4's whole journey in the Korean UI: a new product with its routing and BOM, a customer order, its work
/// order released past a shortage that a receipt then fills, the traveller, completion, the shipment, and the
/// chain read back on the customer order.
/// </summary>
public sealed class OwnerWorkspaceJourneyTests(RunningApp app)
{
    [Fact]
    public async Task The_owner_takes_a_new_product_from_set_up_to_shipment_and_finds_the_chain_on_the_order()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (product, material, materialLot) = ($"E2E-TB-{suffix}", $"E2E-CV-{suffix}", $"CV-{suffix}");
        await using var browser = await app.NewSignedInContextAsync();
        var page = await browser.NewPageAsync();

        // The product, how it is made and what it uses.
        var catalog = new CatalogScreens(page);
        await catalog.CreateItemAsync(material, "캔버스 원단", "자재", "m", 6000);
        await catalog.CreateItemAsync(product, "캔버스 토트백", "제품", "ea", 32000);
        await catalog.OpenItemAsync(product);
        await catalog.OpenRoutingTabAsync();
        await catalog.AddRoutingStepAsync("재단", 10, 2);
        await catalog.AddRoutingStepAsync("봉제", 15, 12);
        await catalog.AddRoutingStepAsync("검사", 0, 1);
        await Expect(catalog.StepOperations).ToHaveTextAsync(["재단", "봉제", "검사"]);
        await catalog.OpenBomTabAsync();
        await catalog.AddBomLineAsync(material, 0.8m);

        // A customer orders five; the order makes its work order.
        var orders = new OrderScreens(page);
        var orderNumber = await orders.CreateOrderAsync("한빛상사", product, 5, DateOnly.FromDateTime(DateTime.Today.AddDays(14)));
        var orderUrl = page.Url;
        var workOrder = (await orders.MakeWorkOrdersAsync()).ShouldHaveSingleItem();
        await page.GetByTestId("line-work-order-link").ClickAsync();
        var workOrders = new WorkOrderScreens(page);
        await Expect(workOrders.Number).ToHaveTextAsync(workOrder);
        var workOrderUrl = page.Url;

        // No canvas in the workshop yet: the release dialog says so before anything goes out.
        await workOrders.SeeShortageAsync(material);

        // The canvas arrives on the floor, where backflush takes it from.
        var inventory = new InventoryScreens(page);
        await inventory.ReceiveAsync(material, 10, "작업장", materialLot, "대성원단");
        (await inventory.OnHandOfAsync(material)).ShouldBe(10);

        await page.GotoAsync(workOrderUrl);
        await workOrders.ReleaseAsync(expectShortage: false);

        // The traveller goes to the floor with a QR code for the order and each step.
        var printed = new WorkOrderScreens(await browser.NewPageAsync());
        await printed.Page.GotoAsync(workOrderUrl + "/traveller");
        await Expect(printed.Page.GetByTestId("traveller-qr")).ToBeVisibleAsync();
        await Expect(printed.TravellerNumber).ToHaveTextAsync(workOrder);
        await Expect(printed.Page.Locator("[data-testid^='step-qr-']")).ToHaveCountAsync(3);
        await printed.Page.CloseAsync();

        await Expect(page.GetByTestId("steps").Locator("tr.step-row")).ToHaveCountAsync(3);
        await workOrders.RecordAllStepsAsync(good: 5);
        await workOrders.CompleteAsync();

        // Five totes made, four metres of canvas used.
        (await inventory.OnHandOfAsync(material)).ShouldBe(6);

        await page.GotoAsync(orderUrl);
        await orders.ShipAsync($"{workOrder}-1", 5);

        var chain = await orders.TimelineTextAsync();
        chain.ShouldContain(orderNumber);
        chain.ShouldContain(workOrder);
        chain.ShouldContain(materialLot);
        chain.ShouldContain($"{workOrder}-1");
        chain.ShouldContain($"로트 {workOrder}-1 × 5 출하 (납기 내)");
        await Expect(page.GetByTestId("order-status")).ToHaveAttributeAsync("data-status", "Shipped");
    }
}
