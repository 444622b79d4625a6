using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Orders;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.ComponentTests.Dialogs;

/// <summary>Taking a customer order (수주 등록): the customer, the day and its lines, over the real services and database.</summary>
public sealed class CustomerOrderDialogTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesDatabase _database;
    private readonly BunitContext _context;
    private TestWorkshop _shop = null!;
    private WorkshopMember _owner = null!;

    public CustomerOrderDialogTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now));
        _context.Services.AddOrdersModule();
    }

    public async ValueTask InitializeAsync()
    {
        await _database.ResetAsync();
        _shop = await TestWorkshop.CreateAsync(_database);
        _owner = DialogHost.OwnerOf(_shop.Tenant);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task A_new_order_starts_with_one_line_that_cannot_be_removed_and_lines_come_and_go()
    {
        var dialog = await OpenAsync();
        var remove = dialog.T["Orders.RemoveLine"].Value;

        dialog.Count("order-line").ShouldBe(1);
        dialog.IsEnabled(remove).ShouldBeFalse("an order has at least one line");

        dialog.Click("order-add-line");
        dialog.Click("order-add-line");

        dialog.WaitFor(() => dialog.Count("order-line").ShouldBe(3));
        dialog.IsEnabled(remove, 0).ShouldBeTrue();
        dialog.Fill("order-line-quantity", 0, "10");
        dialog.Fill("order-line-quantity", 1, "20");
        dialog.Fill("order-line-quantity", 2, "30");

        dialog.Press(remove, 1);

        dialog.WaitFor(() => dialog.Count("order-line").ShouldBe(2));
        Quantities(dialog).ShouldBe(["10", "30"], "the second line is the one removed");
    }

    [Fact]
    public async Task Saving_an_empty_order_says_what_is_missing_on_each_field_and_saves_nothing()
    {
        var dialog = await OpenAsync();

        dialog.Click("order-save");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Validation.Required"].Value));
        dialog.Closed.ShouldBeFalse();
        (await OrderCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_line_of_zero_pieces_is_refused_and_the_order_is_not_saved()
    {
        var dialog = await OpenAsync();
        TypeCustomer(dialog, "한빛상사");
        dialog.Pick("order-line-product", "BL", "여성 블라우스");
        dialog.Fill("order-line-quantity", "0");
        dialog.Fill("order-line-due", "2026-11-30");

        dialog.Click("order-save");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Orders.Positive"].Value));
        (await OrderCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_filled_in_order_of_two_lines_is_saved_with_its_lines_and_announced_by_its_number()
    {
        var dialog = await OpenAsync();
        TypeCustomer(dialog, "한빛상사");
        dialog.Fill("order-ordered-on", "2026-11-09");
        dialog.Pick("order-line-product", "BL", "여성 블라우스");
        dialog.Fill("order-line-quantity", "50");
        dialog.Fill("order-line-due", "2026-11-30");
        dialog.Click("order-add-line");
        dialog.WaitFor(() => dialog.Count("order-line").ShouldBe(2));
        dialog.Pick("order-line-product", "BL", "여성 블라우스", index: 1);
        dialog.Fill("order-line-quantity", 1, "20");
        dialog.Fill("order-line-due", 1, "2026-12-15");

        dialog.Click("order-save");

        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        await using var db = _database.CreateContext();
        var order = await db.CustomerOrders.IgnoreQueryFilters().Include(o => o.Lines).SingleAsync();
        order.CustomerName.ShouldBe("한빛상사");
        order.OrderedOn.ShouldBe(new DateOnly(2026, 11, 9));
        order.Lines.OrderBy(l => l.DueDate).Select(l => (l.ProductId, l.Quantity, l.DueDate)).ShouldBe(
            [(_shop.Product.Id, 50m, new DateOnly(2026, 11, 30)), (_shop.Product.Id, 20m, new DateOnly(2026, 12, 15))]);
        dialog.Messages.ShouldContain(m => m.Contains(order.Number, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typing_the_sizes_of_a_paper_order_fills_the_quantity_and_saves_the_breakdown()
    {
        var dialog = await OpenAsync();
        TypeCustomer(dialog, "누죤 A-203");
        dialog.Pick("order-line-product", "BL", "여성 블라우스");
        dialog.Fill("order-line-due", "2026-11-30");

        dialog.Fill("order-line-sizes", "28:15, 30:20, 32:15, 34:10");

        dialog.WaitFor(() => dialog.InputAt("order-line-quantity", 0).GetAttribute("value").ShouldBe("60"));
        dialog.Click("order-save");
        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        await using var db = _database.CreateContext();
        var line = (await db.CustomerOrders.IgnoreQueryFilters().SingleAsync()).Lines.Single();
        (line.Quantity, line.Sizes.Count, line.Sizes.Sum(s => s.Quantity)).ShouldBe((60m, 4, 60m));
    }

    [Fact]
    public async Task Sizes_that_cannot_be_read_are_named_on_the_field_and_nothing_is_saved()
    {
        var dialog = await OpenAsync();
        TypeCustomer(dialog, "누죤 A-203");
        dialog.Pick("order-line-product", "BL", "여성 블라우스");
        dialog.Fill("order-line-due", "2026-11-30");
        dialog.Fill("order-line-sizes", "28:15, 30");

        dialog.Click("order-save");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Orders.Sizes.Unreadable", "30"].Value));
        dialog.Closed.ShouldBeFalse();
        (await OrderCountAsync()).ShouldBe(0);
    }

    // The customer is a search-as-you-type field that keeps a new name: typed, then left.
    private static void TypeCustomer(DialogHost dialog, string name)
    {
        dialog.Input("order-customer").Input(name);
        dialog.Input("order-customer").Blur();
    }

    private static string?[] Quantities(DialogHost dialog) =>
        [.. Enumerable.Range(0, dialog.Count("order-line")).Select(i => dialog.InputAt("order-line-quantity", i).GetAttribute("value"))];

    private Task<DialogHost> OpenAsync() =>
        DialogHost.OpenAsync(_context, "수주 등록", new DialogParameters<CustomerOrderDialog> { { d => d.Member, _owner } });

    private async Task<int> OrderCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.CustomerOrders.IgnoreQueryFilters().CountAsync();
    }
}
