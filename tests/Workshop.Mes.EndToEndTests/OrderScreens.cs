using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>Customer orders as the owner drives them: take an order, make its work orders, ship a lot, read the timeline.</summary>
internal sealed class OrderScreens(IPage page)
{
    public IPage Page => page;

    public ILocator OrderNumber => page.GetByTestId("order-number");

    public ILocator LineWorkOrders => page.GetByTestId("line-work-order");

    public ILocator Timeline => page.GetByTestId("order-timeline");

    public ILocator Shipments => page.GetByTestId("order-shipments");

    /// <summary>Takes an order for one product from the list page's dialog and lands on the new order's page; returns its number.</summary>
    public async Task<string> CreateOrderAsync(string customer, string productCode, decimal quantity, DateOnly due)
    {
        await page.GotoAsync("/customer-orders");
        await page.GetByTestId("new-order").ClickAsync();
        await Input("order-customer").FillAsync(customer);
        await Input("order-line-product").FillAsync(productCode);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = productCode }).First.ClickAsync();
        await Input("order-line-quantity").FillAsync(quantity.ToString(CultureInfo.InvariantCulture));
        await Input("order-line-due").FillAsync(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        // Leaving the box (Tab, as a keyboard user does) hands the typed day to the form before 저장 is pressed.
        await Input("order-line-due").PressAsync("Tab");
        await page.GetByTestId("order-save").ClickAsync();
        await Expect(OrderNumber).ToBeVisibleAsync();
        return (await OrderNumber.InnerTextAsync()).Trim();
    }

    public ILocator LineQuantities => page.GetByTestId("order-line-quantity-cell");

    /// <summary>Opens the order's edit dialog, changes the first line's quantity and saves; the line shows it.</summary>
    public async Task EditFirstLineQuantityAsync(decimal quantity)
    {
        await page.GetByTestId("edit-order").ClickAsync();
        var box = Input("order-line-quantity");
        await Expect(box).ToHaveValueAsync(new Regex("[1-9]"));
        await box.FillAsync(quantity.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("order-save").ClickAsync();
        await Expect(page.GetByTestId("order-save")).ToBeHiddenAsync();
        await Expect(LineQuantities.First).ToContainTextAsync(quantity.ToString("#,0.##", CultureInfo.InvariantCulture));
    }

    /// <summary>Makes one work order per line; returns the numbers shown on the lines.</summary>
    public async Task<IReadOnlyList<string>> MakeWorkOrdersAsync()
    {
        await page.GetByTestId("make-work-orders").ClickAsync();
        await page.GetByTestId("make-work-orders-confirm").ClickAsync();
        await Expect(LineWorkOrders.First).ToBeVisibleAsync();
        return [.. (await page.GetByTestId("line-work-order-link").AllInnerTextsAsync()).Select(text => text.Trim())];
    }

    /// <summary>
    /// Ships a quantity of a finished lot (offered in the dialog by lot number) against the order; the other lots the
    /// dialog filled in are emptied.
    /// </summary>
    public async Task ShipAsync(string lotNumber, decimal quantity)
    {
        await page.GetByTestId("ship").ClickAsync();
        var others = page.Locator($"[data-testid=ship-lot]:not([data-lot=\"{lotNumber}\"]) input");
        await Expect(page.GetByTestId("ship-lot").First).ToBeVisibleAsync();
        for (var i = 0; i < await others.CountAsync(); i++)
        {
            await others.Nth(i).FillAsync(string.Empty);
        }

        var row = page.Locator($"[data-testid=ship-lot][data-lot=\"{lotNumber}\"]");
        await row.Locator("input").FillAsync(quantity.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("ship-confirm").ClickAsync();
        await Expect(Shipments).ToContainTextAsync(lotNumber);
    }

    public async Task<string> TimelineTextAsync()
    {
        await Expect(Timeline).ToBeVisibleAsync();
        return await Timeline.InnerTextAsync();
    }

    private ILocator Input(string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;
}
