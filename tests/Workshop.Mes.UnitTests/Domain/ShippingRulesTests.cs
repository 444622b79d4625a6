using Workshop.Mes.Domain.Orders;

namespace Workshop.Mes.UnitTests.Domain;

/// <summary>When the ship button appears, what the ship dialog fills in, and the money on the delivery statement.</summary>
public sealed class ShippingRulesTests
{
    private readonly Guid _shirts = Guid.CreateVersion7();
    private readonly Guid _trousers = Guid.CreateVersion7();

    [Fact]
    public void An_open_line_with_finished_stock_can_ship()
    {
        ShipReadiness.Of(CustomerOrderStatus.Open, [new LineStock(20, 0), new LineStock(10, 3)]).ShouldBe(ShipBlocker.None);
        ShipReadiness.Of(CustomerOrderStatus.PartiallyShipped, [new LineStock(5, 100)]).ShouldBe(ShipBlocker.None);
    }

    [Fact]
    public void Without_finished_stock_for_any_open_line_the_reason_is_no_stock()
    {
        ShipReadiness.Of(CustomerOrderStatus.Open, [new LineStock(20, 0)]).ShouldBe(ShipBlocker.NoFinishedStock);

        // Stock of a line already shipped in full does not count.
        ShipReadiness.Of(CustomerOrderStatus.PartiallyShipped, [new LineStock(0, 50), new LineStock(8, 0)]).ShouldBe(ShipBlocker.NoFinishedStock);
    }

    [Fact]
    public void A_shipped_or_cancelled_order_says_so_even_with_stock_on_hand()
    {
        ShipReadiness.Of(CustomerOrderStatus.Shipped, [new LineStock(0, 50)]).ShouldBe(ShipBlocker.AllShipped);
        ShipReadiness.Of(CustomerOrderStatus.Cancelled, [new LineStock(20, 50)]).ShouldBe(ShipBlocker.Cancelled);
        ShipReadiness.Of(CustomerOrderStatus.Open, []).ShouldBe(ShipBlocker.AllShipped);
    }

    [Fact]
    public void The_dialog_fills_each_line_from_its_oldest_lots_up_to_what_it_still_needs()
    {
        OfferedLot[] lots = [new(_shirts, 12), new(_shirts, 30), new(_shirts, 5), new(_trousers, 4)];
        var remaining = new Dictionary<Guid, decimal> { [_shirts] = 20, [_trousers] = 10 };

        ShipPlan.Suggest(lots, remaining).ShouldBe([12m, 8m, 0m, 4m]);
    }

    [Fact]
    public void The_dialog_fills_nothing_for_a_line_with_nothing_left_or_a_lot_with_nothing_on_hand()
    {
        OfferedLot[] lots = [new(_shirts, 0), new(_shirts, 7), new(_trousers, 9)];
        var remaining = new Dictionary<Guid, decimal> { [_shirts] = 2.5m, [_trousers] = 0 };

        ShipPlan.Suggest(lots, remaining).ShouldBe([0m, 2.5m, 0m]);
        ShipPlan.Suggest([], remaining).ShouldBeEmpty();
    }

    [Fact]
    public void A_priced_line_carries_its_supply_amount_and_a_tenth_as_vat_cut_to_whole_won()
    {
        StatementAmounts.Of(60, 18_000).ShouldBe(new StatementAmount(1_080_000, 108_000));

        // 2.5 m at 3,333원 is 8,332.5원: the supply and the VAT drop what is below one won.
        StatementAmounts.Of(2.5m, 3_333).ShouldBe(new StatementAmount(8_332, 833));
        StatementAmounts.Of(1, 9).ShouldBe(new StatementAmount(9, 0));
    }

    [Fact]
    public void A_line_without_a_price_has_no_amount_and_the_totals_add_only_priced_lines()
    {
        StatementAmounts.Of(10, null).ShouldBeNull();
        StatementAmounts.Of(10, 0).ShouldBeNull();

        StatementAmounts.Total([StatementAmounts.Of(60, 18_000), null, StatementAmounts.Of(2, 5_000)]).ShouldBe(new StatementAmount(1_090_000, 109_000));
        StatementAmounts.Total([null, null]).ShouldBeNull();
        StatementAmounts.Total([]).ShouldBeNull();
    }
}
