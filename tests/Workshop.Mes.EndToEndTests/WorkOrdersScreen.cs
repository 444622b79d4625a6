using Microsoft.Playwright;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The work-order list as a person sees it: the heading, the grid's rows, the app bar's menus and the search box.</summary>
internal sealed class WorkOrdersScreen(IPage page)
{
    public IPage Page => page;

    public ILocator Rows => page.GetByTestId("work-orders").Locator("tbody tr.work-order-row");

    public ILocator Numbers => Rows.Locator("td:nth-child(1)");

    /// <summary>The product name of each row (the cell also shows the product code in a caption below it).</summary>
    public ILocator ProductNames => Rows.Locator("td:nth-child(2) .mud-typography-body2");

    public ILocator StatusChips => Rows.Locator(".mud-chip");

    public ILocator AppBar => page.Locator("header.mud-appbar");

    /// <summary>The app bar's workshop menu, whose button shows the current workshop's name.</summary>
    public ILocator WorkshopMenu => AppBar.Locator(".mud-menu").First;

    public Task OpenAsync() => page.GotoAsync("/work-orders");

    public ILocator Heading(string text) => page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = text, Level = 1, Exact = true });

    public ILocator StatusChip(string text) => StatusChips.Filter(new LocatorFilterOptions { HasText = text });

    public ILocator LanguageButton(string name) => AppBar.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public ILocator SearchBox(string placeholder) => page.GetByPlaceholder(placeholder);

    /// <summary>Opens the workshop menu and picks a workshop by the name people know it by.</summary>
    public async Task SwitchWorkshopAsync(string name)
    {
        await WorkshopMenu.GetByRole(AriaRole.Button).First.ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new PageGetByRoleOptions { Name = name, Exact = true }).ClickAsync();
    }
}
