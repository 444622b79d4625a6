using System.Globalization;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Testing;
using Workshop.Mes.Web;
using Workshop.Mes.Web.Features.Inventory;

namespace Workshop.Mes.ComponentTests.Inventory;

/// <summary>The reorder page (발주 알림) turns an alert into a receipt in one step: the dialog comes filled in (ADR 0075).</summary>
public sealed class ReorderPageTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;

    public ReorderPageTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now));
        _context.Services.AddInventoryModule();
    }

    private IStringLocalizer<SharedResource> T => _context.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    public async ValueTask InitializeAsync() => await _database.ResetAsync();

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task Receive_on_an_alert_opens_the_receipt_filled_in_and_the_alert_is_gone_once_it_is_booked()
    {
        // Finished goods (FG-01) sorts before the store (ST-01) by code: the receipt still goes to the store.
        var stock = await StockedWorkshop.CreateAsync(_database, arrange: s =>
        {
            s.Buttons.SetPlanning(reorderPoint: 100, safetyStock: 20, leadTimeDays: 5);
            s.Buttons.BuyFrom("동대문 단추상사");
        });
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        _context.Render<MudPopoverProvider>();
        var dialogs = _context.Render<MudDialogProvider>();
        _context.Render<MudSnackbarProvider>();
        var page = _context.Render<ReorderPage>(p => p.AddCascadingValue(DialogHost.OwnerOf(stock.Shop.Tenant)));

        page.WaitForAssertion(() => page.FindAll("[data-testid=reorder-row]").ShouldHaveSingleItem());
        var row = page.Find("[data-testid=reorder-row]");
        row.QuerySelector("[data-testid=reorder-supplier]")!.TextContent.ShouldBe("동대문 단추상사");
        row.QuerySelector("[data-testid=reorder-order-by]")!.TextContent.ShouldBe(T["Inventory.OrderToday"].Value);
        row.QuerySelector("[data-testid=reorder-suggested]")!.TextContent.ShouldContain("120");

        page.Find("[data-testid=reorder-receive]").Click();

        dialogs.WaitForAssertion(() => Input(dialogs, "stock-quantity").GetAttribute("value").ShouldBe("120"));
        Input(dialogs, "stock-item").GetAttribute("value")!.ShouldContain("BT-01");
        Input(dialogs, "stock-supplier").GetAttribute("value").ShouldBe("동대문 단추상사");
        dialogs.Find("[data-testid=stock-location]").TextContent.ShouldContain("자재 창고");

        dialogs.Find("[data-testid=stock-submit]").Click();

        dialogs.WaitForAssertion(() => dialogs.FindAll(".mud-dialog").ShouldBeEmpty());
        page.WaitForAssertion(() => page.Markup.ShouldContain(T["Inventory.ReorderNone"].Value));
        await using var db = _database.CreateContext();
        var receipt = await db.StockMovements.IgnoreQueryFilters().SingleAsync();
        (receipt.Kind, receipt.ItemId, receipt.LocationId, receipt.Quantity).ShouldBe((StockMovementKind.Receipt, stock.Buttons.Id, stock.Store.Id, 120m));
    }

    [Fact]
    public async Task An_item_without_a_supplier_says_so_and_a_lead_time_with_spare_stock_dates_the_order_later()
    {
        var stock = await StockedWorkshop.CreateAsync(_database, arrange: s => s.Buttons.SetPlanning(reorderPoint: 100, safetyStock: 40, leadTimeDays: 6));
        await stock.LotOnHandAsync(_database, stock.Buttons, stock.Store, "B-1", 90);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");

        var page = _context.Render<ReorderPage>(p => p.AddCascadingValue(DialogHost.OwnerOf(stock.Shop.Tenant)));

        page.WaitForAssertion(() => page.FindAll("[data-testid=reorder-row]").ShouldHaveSingleItem());
        page.Find("[data-testid=reorder-supplier]").TextContent.ShouldBe(T["Inventory.NoSupplier"].Value);
        page.Find("[data-testid=reorder-order-by]").TextContent.ShouldBe("2026-11-13");
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<MudDialogProvider> dialogs, string testId) =>
        dialogs.Find($"input[data-testid={testId}], [data-testid={testId}] input");
}
