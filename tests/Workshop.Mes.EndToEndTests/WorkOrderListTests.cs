using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Workshop.Mes.EndToEndTests;

/// <summary>The owner's first look at the demo: the work-order list of the garment workshop, its languages and workshops.</summary>
public sealed partial class WorkOrderListTests(RunningApp app)
{
    [Fact]
    public async Task The_demo_workshop_work_orders_are_listed_in_Korean()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var screen = new WorkOrdersScreen(await browser.NewPageAsync());

        await screen.OpenAsync();

        await Expect(screen.Heading("작업지시")).ToBeVisibleAsync();
        await Expect(screen.Rows.First).ToBeVisibleAsync();
        (await screen.Numbers.AllInnerTextsAsync()).ShouldAllBe(number => WorkOrderNumber().IsMatch(number.Trim()));
        (await screen.ProductNames.AllInnerTextsAsync()).ShouldContain(name => DemoProducts.IsGarment(name));
        await Expect(screen.StatusChip("진행 중").First).ToBeVisibleAsync();
        await Expect(screen.WorkshopMenu).ToContainTextAsync(DemoProducts.GarmentWorkshop);
    }

    [Fact]
    public async Task Switching_to_English_shows_the_same_orders_in_English()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var screen = new WorkOrdersScreen(await browser.NewPageAsync());
        await screen.OpenAsync();
        await Expect(screen.Rows.First).ToBeVisibleAsync();
        var numbersInKorean = await screen.Numbers.AllInnerTextsAsync();

        await screen.LanguageButton("English").ClickAsync();

        await Expect(screen.Heading("Work orders")).ToBeVisibleAsync();
        await Expect(screen.Page.GetByText("Unfinished orders only", new PageGetByTextOptions { Exact = true })).ToBeVisibleAsync();
        await Expect(screen.Numbers).ToHaveTextAsync(numbersInKorean.ToArray());
        await Expect(screen.StatusChip("In progress").First).ToBeVisibleAsync();
        await Expect(screen.StatusChip("진행 중")).ToHaveCountAsync(0);

        await screen.LanguageButton("한국어").ClickAsync();

        await Expect(screen.Heading("작업지시")).ToBeVisibleAsync();
        await Expect(screen.StatusChip("진행 중").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Switching_workshop_shows_only_that_workshops_orders()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var screen = new WorkOrdersScreen(await browser.NewPageAsync());
        await screen.OpenAsync();
        await Expect(screen.Rows.First).ToBeVisibleAsync();

        await screen.SwitchWorkshopAsync(DemoProducts.MetalWorkshop);

        await Expect(screen.WorkshopMenu).ToContainTextAsync(DemoProducts.MetalWorkshop);
        await Expect(screen.Rows.First).ToBeVisibleAsync();
        var products = await screen.ProductNames.AllInnerTextsAsync();
        products.ShouldAllBe(name => DemoProducts.IsMetal(name));
        products.ShouldNotContain(name => DemoProducts.IsGarment(name));
    }

    [Fact]
    public async Task Switching_workshop_on_a_work_orders_page_goes_to_the_other_workshops_list_not_a_dead_end()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var screen = new WorkOrdersScreen(await browser.NewPageAsync());
        await screen.OpenAsync();
        await screen.Rows.First.Locator("a").First.ClickAsync();
        await Expect(screen.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/work-orders/[0-9a-f-]{36}$"));

        await screen.SwitchWorkshopAsync(DemoProducts.MetalWorkshop);

        await Expect(screen.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/work-orders$"));
        await Expect(screen.Heading("작업지시")).ToBeVisibleAsync();
        await Expect(screen.WorkshopMenu).ToContainTextAsync(DemoProducts.MetalWorkshop);
        await Expect(screen.Rows.First).ToBeVisibleAsync();
        (await screen.ProductNames.AllInnerTextsAsync()).ShouldAllBe(name => DemoProducts.IsMetal(name));
    }

    [Fact]
    public async Task Searching_narrows_the_list()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var screen = new WorkOrdersScreen(await browser.NewPageAsync());
        await screen.OpenAsync();
        await Expect(screen.Rows.First).ToBeVisibleAsync();
        var product = (await screen.ProductNames.First.InnerTextAsync()).Trim();
        var others = screen.Rows.Filter(new LocatorFilterOptions { HasNotText = product });
        await Expect(others.First).ToBeVisibleAsync();

        await screen.SearchBox("지시번호·제품·고객 검색").FillAsync(product);

        await Expect(others).ToHaveCountAsync(0);
        await Expect(screen.Rows.First).ToContainTextAsync(product);
        (await screen.Rows.AllInnerTextsAsync()).ShouldAllBe(row => row.Contains(product));
    }

    [Fact]
    public async Task The_api_reference_lists_the_work_orders_endpoint()
    {
        await using var browser = await app.NewSignedInContextAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/api/docs");

        // The reference opens its first group; the work-orders group is listed with its operations in the sidebar.
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Open Group - Work orders" }).ClickAsync();
        await Expect(page.GetByText("List work orders").First).ToBeVisibleAsync();
        var document = await app.Http.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        document.ShouldContain("\"/api/v1/work-orders\"");
    }

    [GeneratedRegex(@"^WO-\d{4}-\d{4}$")]
    private static partial Regex WorkOrderNumber();
}
