using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// A returning customer phones in 60 linen trousers in four sizes; the owner takes it from the paper note, makes its
/// work order and opens it to check the sizes and the way back to the order (ADR 0076). Before: the customer typed out
/// in full (so "누죤 A-203" variants multiplied), the sizes not recordable at all (four lines of the same product came
/// closest: 22 interactions for the order alone), and no way back from the work order but the menu and a search.
/// </summary>
public sealed class OrderSizesJourneyTests(RunningApp app)
{
    /// <summary>
    /// Measured: 1 to open the form, 2 to find the customer (type part of it, tap it), 2 for the product, 1 for the
    /// sizes (the quantity follows), 1 for the due date, 1 to save; 2 to make the work order; 1 to open it; 1 back.
    /// </summary>
    private const int MostInteractions = 12;

    [Theory]
    [InlineData(ScreenSize.Desktop)]
    [InlineData(ScreenSize.Phone)]
    public async Task A_returning_customers_order_in_four_sizes_becomes_a_work_order_that_shows_the_sizes_and_links_back(ScreenSize screen)
    {
        await using var browser = await app.NewSignedInContextAsync(screen);
        var page = await browser.NewPageAsync();
        var act = new Interactions();
        var due = DateOnly.FromDateTime(DateTime.Today.AddDays(21));

        await page.GotoAsync("/customer-orders");
        await act.ClickAsync(page.GetByTestId("new-order"));
        await act.TypeAndPickAsync(Input(page, "order-customer"), "누죤", Suggestion(page, "동대문 누죤 A-203"));
        await Expect(Input(page, "order-customer")).ToHaveValueAsync("동대문 누죤 A-203");
        await act.TypeAndPickAsync(Input(page, "order-line-product"), "PT-01", Suggestion(page, "PT-01"));
        await act.FillAsync(Input(page, "order-line-sizes"), "28:15, 30:20, 32:15, 34:10");
        await act.FillAsync(Input(page, "order-line-due"), due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Input(page, "order-line-quantity")).ToHaveValueAsync("60");
        await act.ClickAsync(page.GetByTestId("order-save"));

        var orderNumber = page.GetByTestId("order-number");
        await Expect(orderNumber).ToHaveTextAsync(new Regex(@"^SO-\d{4}-\d{4}$"));
        var number = (await orderNumber.InnerTextAsync()).Trim();
        await Expect(page.GetByTestId("order-line-quantity-cell")).ToContainTextAsync("60");
        await Expect(page.GetByTestId("order-line-sizes-cell")).ToHaveTextAsync("28 15 · 30 20 · 32 15 · 34 10");

        await act.ClickAsync(page.GetByTestId("make-work-orders"));
        await act.ClickAsync(page.GetByTestId("make-work-orders-confirm"));
        await act.ClickAsync(page.GetByTestId("line-work-order-link"));

        await Expect(page.GetByTestId("work-order-number")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("work-order-quantity")).ToContainTextAsync("60");
        await Expect(page.GetByTestId("work-order-size")).ToHaveCountAsync(4);
        await Expect(page.GetByTestId("work-order-sizes")).ToContainTextAsync("28 · 15");
        await Expect(page.GetByTestId("work-order-sizes")).ToContainTextAsync("34 · 10");
        var back = page.GetByTestId("work-order-customer-order");
        await Expect(back).ToHaveTextAsync($"수주 {number} (동대문 누죤 A-203)");
        await act.ClickAsync(back);

        await Expect(orderNumber).ToHaveTextAsync(number);
        act.Count.ShouldBeLessThanOrEqualTo(MostInteractions, $"the order, its work order and the way back took {act.Count} interactions on {screen}");
    }

    private static ILocator Input(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static ILocator Suggestion(IPage page, string text) =>
        page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = text }).First;
}
