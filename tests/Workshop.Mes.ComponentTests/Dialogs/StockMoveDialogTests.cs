using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OnHandRow = Workshop.Mes.Contracts.Inventory.OnHandRow;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.ComponentTests.Dialogs;

/// <summary>The stock dialog (입고, 출고, 이동, 조정) over the real services and the test database.</summary>
public sealed class StockMoveDialogTests : IClassFixture<MesDatabase>, IAsyncLifetime
{
    /// <summary>Every field label the dialog can show, by resource key.</summary>
    private static readonly string[] _allFields =
    [
        "Inventory.Item", "Inventory.Location", "Inventory.LotNumber", "Inventory.Supplier", "Inventory.ExpiresOn",
        "Inventory.Balance", "Inventory.ToLocation", "Inventory.Quantity", "Inventory.NewQuantity", "Inventory.Reason", "Inventory.Note", "Inventory.UnitPrice",
    ];

    private readonly MesDatabase _database;
    private readonly BunitContext _context;
    private StockedWorkshop _stock = null!;
    private WorkshopMember _owner = null!;

    public StockMoveDialogTests(MesDatabase database)
    {
        _database = database;
        _context = MesComponents.Create(database);
        _context.Services.AddSingleton<TimeProvider>(new FixedTimeProvider(TestWorkshop.Now));
        _context.Services.AddInventoryModule();
    }

    public static TheoryData<StockDialogMode, string[]> FieldsByMode => new()
    {
        { StockDialogMode.Receive, ["Inventory.Item", "Inventory.Location", "Inventory.LotNumber", "Inventory.Supplier", "Inventory.ExpiresOn", "Inventory.Quantity", "Inventory.UnitPrice"] },
        { StockDialogMode.Issue, ["Inventory.Item", "Inventory.Balance", "Inventory.Quantity", "Inventory.Note"] },
        { StockDialogMode.Transfer, ["Inventory.Item", "Inventory.Balance", "Inventory.ToLocation", "Inventory.Quantity"] },
        { StockDialogMode.Adjust, ["Inventory.Item", "Inventory.Balance", "Inventory.NewQuantity", "Inventory.Reason"] },
    };

    public async ValueTask InitializeAsync()
    {
        await _database.ResetAsync();
        _stock = await StockedWorkshop.CreateAsync(_database);
        _owner = DialogHost.OwnerOf(_stock.Shop.Tenant);
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    [Theory]
    [MemberData(nameof(FieldsByMode))]
    public async Task Each_kind_of_posting_asks_for_its_own_fields(StockDialogMode mode, string[] shown)
    {
        var dialog = await OpenAsync(mode);

        dialog.WaitFor(() => dialog.Shows("stock-quantity").ShouldBeTrue());
        var labels = dialog.Labels;
        foreach (var key in _allFields)
        {
            var label = dialog.T[key].Value;
            if (shown.Contains(key))
            {
                labels.ShouldContain(label, $"{mode} should ask for {key}");
            }
            else if (!shown.Any(k => dialog.T[k].Value == label))
            {
                labels.ShouldNotContain(label, $"{mode} should not ask for {key}");
            }
        }

        dialog.Text.ShouldContain(dialog.T[$"Inventory.Do.{mode}"].Value);
    }

    [Fact]
    public async Task A_receipt_of_zero_says_why_and_posts_nothing_then_the_corrected_quantity_is_received()
    {
        var dialog = await OpenAsync(StockDialogMode.Receive);
        dialog.WaitFor(() => dialog.Shows("stock-quantity").ShouldBeTrue());
        dialog.Pick("stock-item", "BT", "단추 12mm");

        dialog.Fill("stock-quantity", "0");
        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Inventory.Validation.Positive"].Value));
        dialog.Closed.ShouldBeFalse();
        (await MovementsAsync()).ShouldBeEmpty();

        dialog.Fill("stock-quantity", "12");
        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        var receipt = (await MovementsAsync()).ShouldHaveSingleItem();
        (receipt.Kind, receipt.ItemId, receipt.Quantity).ShouldBe((StockMovementKind.Receipt, _stock.Buttons.Id, 12m));
        dialog.Messages.ShouldContain(dialog.T["Inventory.Done.Receive"].Value);
        (await dialog.Reference.Result)!.Canceled.ShouldBeFalse();
    }

    [Fact]
    public async Task A_lot_tracked_receipt_without_a_lot_number_is_refused_on_that_field()
    {
        var dialog = await OpenAsync(StockDialogMode.Receive);
        dialog.WaitFor(() => dialog.Shows("stock-quantity").ShouldBeTrue());
        dialog.Pick("stock-item", "FB", "면 원단 흰색");

        dialog.Text.ShouldContain(dialog.T["Inventory.LotNumberRequired"].Value);
        dialog.Fill("stock-quantity", "40");
        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Inventory.Validation.LotNumberRequired"].Value));
        (await MovementsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_issue_of_a_negative_quantity_says_why_and_takes_nothing_then_a_good_one_takes_it_from_the_only_lot()
    {
        var lot = await _stock.LotOnHandAsync(_database, _stock.Fabric, _stock.Store, "L-A", 40);
        var dialog = await OpenAsync(StockDialogMode.Issue);
        dialog.WaitFor(() => dialog.Shows("stock-quantity").ShouldBeTrue());
        dialog.Pick("stock-item", "FB", "면 원단 흰색");

        // The one lot on hand is chosen for the owner, and shown as where it is and how much.
        dialog.WaitFor(() => (dialog.Input("stock-balance").GetAttribute("value") ?? string.Empty).ShouldSatisfyAllConditions(
            shown => shown.ShouldContain("자재 창고"), shown => shown.ShouldContain("L-A"), shown => shown.ShouldContain("40")));
        dialog.Fill("stock-quantity", "-5");
        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Inventory.Validation.Positive"].Value));
        (await MovementsAsync()).Count.ShouldBe(1, "only the receipt that put the lot on hand");
        (await StockedWorkshop.OnHandAsync(_database, lot.Id)).ShouldBe(40);

        dialog.Fill("stock-quantity", "15");
        dialog.Fill("stock-reason", "견본 제작");
        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        (await StockedWorkshop.OnHandAsync(_database, lot.Id)).ShouldBe(25);
        (await MovementsAsync()).Single(m => m.Kind == StockMovementKind.Issue).Quantity.ShouldBe(-15);
        dialog.Messages.ShouldContain(dialog.T["Inventory.Done.Issue"].Value);
    }

    [Fact]
    public async Task A_move_takes_the_lot_from_where_it_is_to_the_location_chosen()
    {
        var lot = await _stock.LotOnHandAsync(_database, _stock.Fabric, _stock.Store, "L-B", 40);
        // As from the row of 현재고 that shows the lot where it is (the 이동 button), which names item, lot and place.
        var dialog = await OpenFromAsync(StockDialogMode.Transfer, lot, 40);
        dialog.WaitFor(() => dialog.Input("stock-balance").GetAttribute("value")!.ShouldContain("L-B"));

        dialog.Choose("stock-to-location", "재단 현장");
        dialog.Fill("stock-quantity", "15");
        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        await using var db = _database.CreateContext();
        var balances = await db.StockBalances.IgnoreQueryFilters().Where(b => b.LotId == lot.Id).ToListAsync();
        balances.Single(b => b.LocationId == _stock.Store.Id).OnHand.ShouldBe(25);
        balances.Single(b => b.LocationId == _stock.Floor.Id).OnHand.ShouldBe(15);
        dialog.Messages.ShouldContain(dialog.T["Inventory.Done.Transfer"].Value);
    }

    [Fact]
    public async Task A_count_correction_needs_a_reason_and_then_sets_the_lot_to_the_quantity_counted()
    {
        var lot = await _stock.LotOnHandAsync(_database, _stock.Fabric, _stock.Store, "L-C", 40);
        // As from the row of 현재고 being counted (its 조정 button), which names item, lot and place.
        var dialog = await OpenFromAsync(StockDialogMode.Adjust, lot, 40);
        dialog.WaitFor(() => dialog.Input("stock-balance").GetAttribute("value")!.ShouldContain("L-C"));
        dialog.Fill("stock-quantity", "38.5");

        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Validation.Required"].Value));
        (await StockedWorkshop.OnHandAsync(_database, lot.Id)).ShouldBe(40);

        dialog.Fill("stock-reason", "11월 정기 실사");
        dialog.WaitFor(() => dialog.Input("stock-reason").GetAttribute("value").ShouldBe("11월 정기 실사"));
        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        (await StockedWorkshop.OnHandAsync(_database, lot.Id)).ShouldBe(38.5m);
        dialog.Messages.ShouldContain(dialog.T["Inventory.Done.Adjust"].Value);
    }

    [Fact]
    public async Task An_issue_offers_the_first_lot_that_covers_the_quantity_and_a_remnant_only_for_what_it_covers()
    {
        await _stock.LotOnHandAsync(_database, _stock.Fabric, _stock.Store, "L-REMNANT", 3, receivedAt: TestWorkshop.Now.AddDays(-30));
        await _stock.LotOnHandAsync(_database, _stock.Fabric, _stock.Store, "L-ROLL", 50, receivedAt: TestWorkshop.Now.AddDays(-2));
        var dialog = await OpenAsync(StockDialogMode.Issue);
        dialog.WaitFor(() => dialog.Shows("stock-quantity").ShouldBeTrue());
        dialog.Pick("stock-item", "FB", "면 원단 흰색");

        dialog.WaitFor(() => dialog.Input("stock-balance").GetAttribute("value")!.ShouldContain("L-REMNANT"));
        dialog.Fill("stock-quantity", "40");
        dialog.WaitFor(() => dialog.Input("stock-balance").GetAttribute("value")!.ShouldContain("L-ROLL"));
        dialog.Fill("stock-quantity", "2");
        dialog.WaitFor(() => dialog.Input("stock-balance").GetAttribute("value")!.ShouldContain("L-REMNANT"));
    }

    [Fact]
    public async Task A_receipt_carries_its_unit_price_and_a_negative_one_is_refused_on_its_field()
    {
        var dialog = await OpenAsync(StockDialogMode.Receive);
        dialog.WaitFor(() => dialog.Shows("stock-quantity").ShouldBeTrue());
        dialog.Pick("stock-item", "BT", "단추 12mm");
        dialog.Fill("stock-quantity", "500");
        dialog.Fill("stock-unit-price", "-1");
        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Inventory.Validation.UnitPriceNegative"].Value));
        (await MovementsAsync()).ShouldBeEmpty();

        dialog.Fill("stock-unit-price", "35");
        dialog.Click("stock-submit");

        dialog.WaitFor(() => dialog.Closed.ShouldBeTrue());
        var receipt = (await MovementsAsync()).ShouldHaveSingleItem();
        (receipt.LocationId, receipt.UnitPrice).ShouldBe((_stock.Store.Id, 35m));
    }

    [Fact]
    public async Task An_item_with_nothing_on_hand_says_so_instead_of_offering_a_lot()
    {
        var dialog = await OpenAsync(StockDialogMode.Adjust);
        dialog.WaitFor(() => dialog.Shows("stock-quantity").ShouldBeTrue());

        dialog.Pick("stock-item", "BT", "단추 12mm");

        dialog.WaitFor(() => dialog.Text.ShouldContain(dialog.T["Inventory.NoBalances"].Value));
    }

    /// <summary>The dialog as a row of 현재고 opens it: for the fabric's <paramref name="lot"/> in the store.</summary>
    private Task<DialogHost> OpenFromAsync(StockDialogMode mode, Lot lot, decimal onHand) =>
        DialogHost.OpenAsync(_context, mode.ToString(), new DialogParameters<StockMoveDialog>
        {
            { d => d.Member, _owner },
            { d => d.Mode, mode },
            { d => d.From, new OnHandRow(_stock.Fabric.Id, _stock.Fabric.Code, _stock.Fabric.Name, _stock.Fabric.Unit, lot.Id, lot.LotNumber, null, _stock.Store.Id, _stock.Store.Name, onHand) },
        });

    private Task<DialogHost> OpenAsync(StockDialogMode mode) =>
        DialogHost.OpenAsync(_context, mode.ToString(), new DialogParameters<StockMoveDialog> { { d => d.Member, _owner }, { d => d.Mode, mode } });

    private async Task<List<StockMovement>> MovementsAsync()
    {
        await using var db = _database.CreateContext();
        return await db.StockMovements.IgnoreQueryFilters().OrderBy(m => m.Id).ToListAsync();
    }
}
