using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// A work order from the owner's side, in the Korean UI: create it, release it (through the shortage dialog),
/// record every step, complete it, and open its traveller and timeline.
/// </summary>
internal sealed partial class WorkOrderScreens(IPage page)
{
    public IPage Page => page;

    public ILocator Number => page.GetByTestId("work-order-number");

    public ILocator Status => page.GetByTestId("work-order-status");

    public ILocator Quantity => page.GetByTestId("work-order-quantity");

    /// <summary>Edits a draft's quantity in its dialog; the page shows the new quantity.</summary>
    public async Task EditQuantityAsync(decimal quantity)
    {
        await page.GetByTestId("edit-work-order").ClickAsync();
        var form = page.GetByTestId("work-order-edit-form");
        var box = form.Locator("input[data-testid=quantity], [data-testid=quantity] input").First;
        await Expect(box).ToHaveValueAsync(new Regex("[1-9]"));
        await box.FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("work-order-edit-save").ClickAsync();
        await Expect(form).ToBeHiddenAsync();
        await Expect(Quantity).ToContainTextAsync(quantity.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Creates a work order for a product by its code and lands on its detail page; returns its number.</summary>
    public async Task<string> CreateAsync(string productCode, decimal quantity, DateOnly due)
    {
        await page.GotoAsync("/work-orders");
        await page.GetByTestId("new-work-order").ClickAsync();
        await page.GetByTestId("product").ClickAsync();
        await page.GetByRole(AriaRole.Option).Filter(new LocatorFilterOptions { HasText = $"{productCode} ·" }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(0);
        var quantityBox = Input("quantity");
        await quantityBox.FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var dueBox = Input("due");
        await dueBox.FillAsync(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await dueBox.PressAsync("Tab");
        await Expect(quantityBox).ToHaveValueAsync(new Regex("[1-9]"));
        await page.GetByTestId("create").ClickAsync();
        await Expect(Number).ToHaveTextAsync(WorkOrderNumber());
        return (await Number.InnerTextAsync()).Trim();
    }

    /// <summary>Opens the release dialog; with a shortage it must warn and offer "부족해도 지시", without one a plain release.</summary>
    public async Task ReleaseAsync(bool expectShortage)
    {
        await page.GetByTestId("release").ClickAsync();
        await Expect(page.GetByTestId("shortages")).ToBeVisibleAsync();
        if (expectShortage)
        {
            await Expect(page.GetByTestId("shortage-warning")).ToBeVisibleAsync();
            await page.GetByTestId("release-anyway").ClickAsync();
        }
        else
        {
            await page.GetByTestId("release-confirm").ClickAsync();
        }

        await Expect(Status).ToContainTextAsync("작업 대기");
    }

    /// <summary>Opens the release dialog, expects the shortage warning naming the component, and closes it without releasing.</summary>
    public async Task SeeShortageAsync(string componentCode)
    {
        await page.GetByTestId("release").ClickAsync();
        await Expect(page.GetByTestId("shortage-warning")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("shortages")).ToContainTextAsync(componentCode);
        await page.GetByTestId("release-close").ClickAsync();
        await Expect(page.GetByTestId("shortages")).ToBeHiddenAsync();
        await Expect(Status).ToContainTextAsync("작성 중");
    }

    /// <summary>
    /// Starts and finishes every step with <paramref name="good"/> good units, from the office; the first start at
    /// <paramref name="firstStartedAt"/> (the workshop's clock) when the work is entered after the fact.
    /// </summary>
    public async Task RecordAllStepsAsync(decimal good, DateTime? firstStartedAt = null)
    {
        var rows = page.GetByTestId("steps").Locator("tr.step-row");
        var count = await rows.CountAsync();
        for (var i = 0; i < count; i++)
        {
            var row = rows.Nth(i);
            await RecordAsync(row, "시작", null, i == 0 ? firstStartedAt : null);
            await Expect(row).ToContainTextAsync("진행 중");
            await RecordAsync(row, "완료", good);
            await Expect(row).ToContainTextAsync("완료");
        }
    }

    public async Task CompleteAsync()
    {
        await page.GetByTestId("complete").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Expect(Status).ToContainTextAsync("완료");
    }

    /// <summary>Ends the order short of its quantity with <paramref name="reason"/> (ADR 0035).</summary>
    public async Task CloseShortAsync(string reason)
    {
        await page.GetByTestId("close-short").ClickAsync();
        await page.Locator("textarea[data-testid=close-short-reason], [data-testid=close-short-reason] textarea").First.FillAsync(reason);
        await page.GetByTestId("close-short-confirm").ClickAsync();
        await Expect(Status).ToContainTextAsync("완료");
    }

    /// <summary>Opens the print view of the traveller and waits for its order QR code.</summary>
    public async Task OpenTravellerAsync()
    {
        await page.GetByTestId("traveller-print").ClickAsync();
        await Expect(page.GetByTestId("traveller-qr")).ToBeVisibleAsync();
    }

    public ILocator TravellerNumber => page.GetByTestId("traveller-number");

    public async Task<string> TimelineTextAsync()
    {
        // The timeline's frame shows before its entries are read: wait until it says something.
        await Expect(page.GetByTestId("timeline")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\S"));
        return await page.GetByTestId("timeline").InnerTextAsync();
    }

    public Task OpenAsync(string id) => page.GotoAsync($"/work-orders/{id}");

    private async Task RecordAsync(ILocator row, string kind, decimal? good, DateTime? at = null)
    {
        await row.GetByTestId("record-progress").ClickAsync();
        await page.GetByTestId("progress-kind").ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = kind, Exact = true }).ClickAsync();
        if (good is { } quantity)
        {
            await Input("progress-good").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (at is { } moment)
        {
            await Input("progress-at-day").FillAsync(moment.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await Input("progress-at-time").FillAsync(moment.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.GetByTestId("progress-save").ClickAsync();
        await Expect(page.GetByTestId("progress-save")).ToBeHiddenAsync();
    }

    /// <summary>A MudBlazor field's input, whether the test id landed on the input or on its wrapper.</summary>
    private ILocator Input(string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    [GeneratedRegex(@"^WO-\d{4}-\d{4}$")]
    private static partial Regex WorkOrderNumber();
}
