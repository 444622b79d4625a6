using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The owner corrects what was entered wrong, in the Korean UI: a routing step's time, an item stopped by mistake,
/// a draft work order's quantity and an order line's quantity. Each correction is read back after a reload.
/// </summary>
public sealed class OwnerCorrectionsJourneyTests(RunningApp app)
{
    [Fact]
    public async Task The_owner_corrects_a_step_time_an_item_a_draft_work_order_and_an_order_line()
    {
        var product = $"E2E-FX-{Guid.NewGuid().ToString("N")[..6].ToUpperInvariant()}";
        await using var browser = await app.NewSignedInContextAsync();
        var page = await browser.NewPageAsync();
        var catalog = new CatalogScreens(page);
        await catalog.CreateItemAsync(product, "린넨 앞치마", "제품", "ea", 18000);
        await catalog.OpenItemAsync(product);

        // Sewing takes 12 minutes an apron, not 2.
        await catalog.OpenRoutingTabAsync();
        await catalog.AddRoutingStepAsync("봉제", 10, 2);
        await catalog.EditStepRunMinutesAsync("봉제", 12);
        await page.ReloadAsync();
        await catalog.OpenRoutingTabAsync();
        await Expect(catalog.StepTimes("봉제")).ToContainTextAsync("개당 12분");

        // Stopped by mistake, found among the inactive items and used again.
        await catalog.DeactivateOpenItemAsync();
        await catalog.ReactivateFromListAsync(product);
        await catalog.OpenItemAsync(product);
        await Expect(page.GetByTestId("deactivate-item")).ToBeVisibleAsync();
        await Expect(catalog.InactiveChip).ToBeHiddenAsync();

        // A draft work order for 5 should have been 8.
        var workOrders = new WorkOrderScreens(page);
        await workOrders.CreateAsync(product, 5, DateOnly.FromDateTime(DateTime.Today.AddDays(10)));
        await workOrders.EditQuantityAsync(8);
        await page.ReloadAsync();
        await Expect(workOrders.Quantity).ToHaveTextAsync("8 개");

        // The customer wants 7, not 5.
        var orders = new OrderScreens(page);
        await orders.CreateOrderAsync("한빛상사", product, 5, DateOnly.FromDateTime(DateTime.Today.AddDays(14)));
        await orders.EditFirstLineQuantityAsync(7);
        await page.ReloadAsync();
        await Expect(orders.LineQuantities).ToHaveTextAsync(["7 개"]);
    }
}
