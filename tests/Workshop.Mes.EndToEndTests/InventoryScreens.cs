using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The inventory pages as a person uses them in Korean: on hand (현재고) with its receipt dialog (입고), the ledger
/// (재고 원장) and a lot's genealogy. Small steps the full journeys compose.
/// </summary>
internal sealed class InventoryScreens(IPage page)
{
    public IPage Page => page;

    public ILocator OnHandRows => page.GetByTestId("on-hand").Locator("tbody tr").Filter(new LocatorFilterOptions { Has = page.GetByTestId("on-hand-quantity") });

    public ILocator LedgerRows => page.GetByTestId("ledger").Locator("tbody tr").Filter(new LocatorFilterOptions { Has = page.GetByTestId("ledger-quantity") });

    public Task OpenOnHandAsync() => page.GotoAsync("/inventory");

    public Task OpenLedgerAsync() => page.GotoAsync("/inventory/ledger");

    /// <summary>What the person did on these screens, counted (<see cref="EndToEndTests.Interactions"/>).</summary>
    public Interactions Interactions { get; } = new();

    public ILocator ReorderRow(string itemCode) =>
        page.GetByTestId("reorder-row").Filter(new LocatorFilterOptions { HasText = itemCode });

    public async Task OpenReorderAsync()
    {
        await page.GotoAsync("/inventory/reorder");
        await Expect(Heading("발주 알림")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Arranges a material nobody has received, with a reorder point, a lead time and a supplier, through the items
    /// page's dialog: on the reorder page at once, short by its reorder point plus its safety stock.
    /// </summary>
    public async Task CreateShortMaterialAsync(string code, string name, string supplier, decimal reorderPoint, decimal safetyStock, int leadTimeDays)
    {
        await page.GotoAsync("/items");
        await page.GetByTestId("new-row").ClickAsync();
        var form = page.GetByTestId("catalog-form");
        await form.GetByLabel("품목코드").FillAsync(code);
        await form.GetByLabel("품목명").FillAsync(name);
        await form.GetByLabel("구분").Locator("..").ClickAsync();
        await OpenPopover.Locator(".mud-list-item").Filter(new LocatorFilterOptions { HasText = "자재" }).First.ClickAsync();
        await Expect(OpenPopover.Locator(".mud-list-item")).ToHaveCountAsync(0);
        await form.GetByLabel("재주문점").FillAsync(reorderPoint.ToString(CultureInfo.InvariantCulture));
        await form.GetByLabel("안전재고").FillAsync(safetyStock.ToString(CultureInfo.InvariantCulture));
        await form.GetByLabel("조달 기간(일)").FillAsync(leadTimeDays.ToString(CultureInfo.InvariantCulture));
        await form.GetByLabel("공급처").FillAsync(supplier);
        await page.GetByTestId("save").ClickAsync();
        await Expect(form).ToBeHiddenAsync();
    }

    /// <summary>
    /// "입고" on the alert's row opens the receipt filled in; the person checks it and presses "입고 처리". Returns what
    /// the dialog showed: item, quantity, location and supplier.
    /// </summary>
    public async Task<(string Item, string Quantity, string Location, string Supplier)> ReceiveFromReorderAsync(string itemCode)
    {
        await Interactions.ClickAsync(ReorderRow(itemCode).GetByTestId("reorder-receive"));
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog.GetByText("자재 입고")).ToBeVisibleAsync();
        await Expect(Field("stock-quantity")).Not.ToHaveValueAsync(string.Empty);
        var shown = (
            await Field("stock-item").InputValueAsync(),
            await Field("stock-quantity").InputValueAsync(),
            (await page.Locator("[data-testid=stock-location]").First.InnerTextAsync()).Trim(),
            await Field("stock-supplier").InputValueAsync());
        await Interactions.ClickAsync(page.GetByTestId("stock-submit"));
        await Expect(page.Locator(".mud-snackbar").GetByText("입고했습니다.")).ToBeVisibleAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        return shown;
    }

    public ILocator Heading(string text) => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = text, Level = 1, Exact = true });

    /// <summary>Receives material through the "입고" dialog of the on-hand page and waits for the confirmation.</summary>
    public async Task ReceiveAsync(string itemCode, decimal quantity, string locationName, string? lotNumber, string? supplier = null)
    {
        if (!page.Url.EndsWith("/inventory", StringComparison.Ordinal))
        {
            await OpenOnHandAsync();
        }

        await page.GetByTestId("receive-button").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog.GetByText("자재 입고")).ToBeVisibleAsync();
        await Field("stock-item").FillAsync(itemCode);
        await OpenPopover.Locator(".mud-list-item").Filter(new LocatorFilterOptions { HasText = itemCode }).First.ClickAsync();
        await PickAsync("stock-location", locationName);
        if (lotNumber is not null)
        {
            await Field("stock-lot-number").FillAsync(lotNumber);
        }

        if (supplier is not null)
        {
            await Field("stock-supplier").FillAsync(supplier);
        }

        await Field("stock-quantity").FillAsync(quantity.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("stock-submit").ClickAsync();
        await Expect(page.Locator(".mud-snackbar").GetByText("입고했습니다.")).ToBeVisibleAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }

    /// <summary>What the on-hand page shows of an item, summed over its lots and locations.</summary>
    public async Task<decimal> OnHandOfAsync(string itemCode)
    {
        await OpenOnHandAsync();
        await Search(itemCode);
        await Expect(OnHandRows.Filter(new LocatorFilterOptions { HasText = itemCode }).First).ToBeVisibleAsync();
        var quantities = await OnHandRows.Filter(new LocatorFilterOptions { HasText = itemCode }).GetByTestId("on-hand-quantity").AllInnerTextsAsync();
        return quantities.Sum(q => decimal.Parse(q, NumberStyles.Number, CultureInfo.InvariantCulture));
    }

    /// <summary>Narrows the on-hand grid to rows matching the text (item, lot or location).</summary>
    public async Task Search(string text)
    {
        await Field("on-hand-search").FillAsync(text);
    }

    public ILocator OnHandRow(string lotNumber) => OnHandRows.Filter(new LocatorFilterOptions { HasText = lotNumber });

    public ILocator LedgerRow(string lotNumber) => LedgerRows.Filter(new LocatorFilterOptions { HasText = lotNumber });

    /// <summary>Opens a lot's page (genealogy) from its link in the on-hand grid.</summary>
    public async Task OpenLotAsync(string lotNumber)
    {
        await OnHandRow(lotNumber).GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = lotNumber, Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("lot-number")).ToContainTextAsync(lotNumber);
    }

    private ILocator OpenPopover => page.Locator(".mud-popover-open");

    /// <summary>The input of a MudBlazor field, whether the test id lands on the input or its wrapper.</summary>
    private ILocator Field(string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private async Task PickAsync(string testId, string text)
    {
        await page.Locator($"[data-testid={testId}]").First.ClickAsync();
        await OpenPopover.Locator(".mud-list-item").Filter(new LocatorFilterOptions { HasText = text }).First.ClickAsync();
    }
}
