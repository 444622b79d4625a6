using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// The master-data pages as the owner uses them in Korean: the item list and its "new item" dialog, an item's
/// BOM and routing tabs. Small steps for longer journeys (product → routing + BOM → orders …).
/// </summary>
internal sealed class CatalogScreens(IPage page)
{
    public IPage Page => page;

    public ILocator Heading(string text) => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = text, Level = 1 });

    public ILocator ItemRows => page.GetByTestId("items-grid").Locator("tbody tr");

    public ILocator StepOperations => page.GetByTestId("step-operation");

    public ILocator BomLines => page.GetByTestId("bom-line");

    public ILocator InactiveChip => page.GetByTestId("item-inactive");

    /// <summary>"준비 …분 · 개당 …분" of the step with the operation.</summary>
    public ILocator StepTimes(string operation) =>
        page.GetByTestId("routing-step").Filter(new LocatorFilterOptions { Has = page.GetByTestId("step-operation").GetByText(operation, new LocatorGetByTextOptions { Exact = true }) })
            .GetByTestId("step-times");

    public async Task OpenItemsAsync()
    {
        await page.GotoAsync("/items");
        await Expect(Heading("품목")).ToBeVisibleAsync();
    }

    /// <summary>Creates an item from the list's dialog. <paramref name="kind"/> is the Korean kind: 자재, 부품 or 제품.</summary>
    public async Task CreateItemAsync(string code, string name, string kind, string unit, decimal standardCost = 0)
    {
        await OpenItemsAsync();
        await page.GetByTestId("new-row").ClickAsync();
        var form = page.GetByTestId("catalog-form");
        await form.GetByLabel("품목코드").FillAsync(code);
        await form.GetByLabel("품목명").FillAsync(name);
        await ChooseAsync(form.GetByLabel("구분").Locator(".."), kind);
        await form.GetByLabel("단위").FillAsync(unit);
        await form.GetByLabel("표준원가").FillAsync(standardCost.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("save").ClickAsync();
        await Expect(form).ToBeHiddenAsync();
        await SearchAsync(code);
        await Expect(ItemRows.Filter(new LocatorFilterOptions { HasText = code })).ToBeVisibleAsync();
    }

    public async Task SearchAsync(string text) => await Input("search").FillAsync(text);

    /// <summary>Finds the item by its code in the list and opens its page.</summary>
    public async Task OpenItemAsync(string code)
    {
        await OpenItemsAsync();
        await SearchAsync(code);

        // A click while the grid redraws with the search's answer lands on a row that is being replaced and is lost.
        await Expect(ItemRows.Filter(new LocatorFilterOptions { HasNotText = code })).ToHaveCountAsync(0);
        await ItemRows.Filter(new LocatorFilterOptions { HasText = code }).First.ClickAsync();
        await Expect(page.GetByTestId("item-title")).ToContainTextAsync(code);
    }

    public Task OpenGeneralTabAsync() => page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "기본 정보" }).ClickAsync();

    public Task OpenRoutingTabAsync() => page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "라우팅" }).ClickAsync();

    public Task OpenBomTabAsync() => page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "BOM(자재명세)" }).ClickAsync();

    /// <summary>Appends a step on the routing tab; without <paramref name="workstation"/> it takes the first station offered.</summary>
    public async Task AddRoutingStepAsync(string operation, decimal setupMinutes, decimal runMinutesPerUnit, string? workstation = null)
    {
        var before = await StepOperations.CountAsync();
        await page.GetByLabel("공정명").FillAsync(operation);
        await ChooseAsync(page.GetByTestId("step-workstation"), workstation);
        await page.GetByLabel("준비시간(분)").FillAsync(setupMinutes.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("단위당 작업시간(분)").FillAsync(runMinutesPerUnit.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("step-add").ClickAsync();
        await Expect(StepOperations).ToHaveCountAsync(before + 1);
        await Expect(StepOperations.Last).ToHaveTextAsync(operation);
    }

    public Task MoveStepUpAsync(string operation) =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"{operation} 위로 이동" }).ClickAsync();

    public Task MoveStepDownAsync(string operation) =>
        page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"{operation} 아래로 이동" }).ClickAsync();

    /// <summary>Opens a step's edit dialog, changes its run minutes per unit and saves; the step shows the new time.</summary>
    public async Task EditStepRunMinutesAsync(string operation, decimal runMinutesPerUnit)
    {
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"{operation} 수정" }).ClickAsync();
        var form = page.GetByTestId("step-edit-form");
        var run = form.GetByLabel("단위당 작업시간(분)");
        await run.FillAsync(runMinutesPerUnit.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("step-save").ClickAsync();
        await Expect(form).ToBeHiddenAsync();
        await Expect(StepTimes(operation)).ToContainTextAsync($"개당 {runMinutesPerUnit.ToString("0.##", CultureInfo.InvariantCulture)}분");
    }

    /// <summary>"사용 중지" on the item's own page; the page then marks it inactive.</summary>
    public async Task DeactivateOpenItemAsync()
    {
        await OpenGeneralTabAsync();
        await page.GetByTestId("deactivate-item").ClickAsync();
        await Expect(InactiveChip).ToBeVisibleAsync();
        await Expect(page.GetByTestId("reactivate-item")).ToBeVisibleAsync();
    }

    /// <summary>Finds the item among the inactive ones on the list and uses it again; it leaves that filtered list.</summary>
    public async Task ReactivateFromListAsync(string code)
    {
        await OpenItemsAsync();
        await SearchAsync(code);
        var row = ItemRows.Filter(new LocatorFilterOptions { HasText = code });
        await Expect(row).ToHaveCountAsync(1);
        await ChooseAsync(page.GetByTestId("kind-filter"), "사용 중지");
        await row.GetByTestId("item-reactivate").ClickAsync();
        await Expect(row).ToHaveCountAsync(0);
    }

    /// <summary>Adds a component on the BOM tab, found by typing its code.</summary>
    public async Task AddBomLineAsync(string componentCode, decimal quantityPer)
    {
        var input = Input("bom-component");
        await input.FillAsync(componentCode);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = componentCode }).First.ClickAsync();
        await page.GetByLabel("단위당 소요량").Last.FillAsync(quantityPer.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("bom-add").ClickAsync();
        await Expect(BomLines.Filter(new LocatorFilterOptions { HasText = componentCode })).ToBeVisibleAsync();
    }

    /// <summary>MudBlazor puts a field's test id on its input or on the field around it, depending on the field.</summary>
    private ILocator Input(string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    /// <summary>Opens a MudSelect and picks the option with the text, or the first option.</summary>
    private async Task ChooseAsync(ILocator select, string? option)
    {
        await select.ClickAsync();
        var options = page.Locator(".mud-popover-open .mud-list-item");
        await (option is null ? options.First : options.Filter(new LocatorFilterOptions { HasText = option }).First).ClickAsync();
        await Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }
}
