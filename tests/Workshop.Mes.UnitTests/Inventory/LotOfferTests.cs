using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.UnitTests.Inventory;

/// <summary>The order in which the stock dialogs and the kit issue offer lots (ADR 0075).</summary>
public sealed class LotOfferTests
{
    private static readonly DateTimeOffset _day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_to_expire_comes_first_and_lots_without_an_expiry_after_those_with_one()
    {
        var order = Offer(null, ("late", 10, new DateOnly(2027, 6, 1), 0), ("none", 10, null, -30), ("early", 10, new DateOnly(2027, 1, 1), 5));

        order.ShouldBe(["early", "late", "none"]);
    }

    [Fact]
    public void Without_expiry_the_oldest_received_comes_first()
    {
        var order = Offer(null, ("new", 10, null, 3), ("old", 10, null, -3), ("middle", 10, null, 0));

        order.ShouldBe(["old", "middle", "new"]);
    }

    [Fact]
    public void A_remnant_is_not_offered_first_for_a_quantity_it_cannot_cover_when_one_lot_can()
    {
        var order = Offer(40, ("remnant", 3, null, -30), ("small", 20, null, -10), ("roll", 50, null, 0), ("big", 80, null, 5));

        order.ShouldBe(["roll", "remnant", "small", "big"]);
    }

    [Fact]
    public void A_remnant_comes_first_for_a_quantity_it_covers()
    {
        var order = Offer(3, ("remnant", 3, null, -30), ("roll", 50, null, 0));

        order.ShouldBe(["remnant", "roll"]);
    }

    [Fact]
    public void When_no_single_lot_covers_the_quantity_the_order_stays_first_in_first_out()
    {
        var order = Offer(100, ("remnant", 3, null, -30), ("roll", 50, null, 0));

        order.ShouldBe(["remnant", "roll"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Without_a_quantity_the_order_is_expiry_then_receipt(int? quantity)
    {
        var order = Offer(quantity, ("remnant", 3, null, -30), ("roll", 50, null, 0));

        order.ShouldBe(["remnant", "roll"]);
    }

    [Fact]
    public void Stock_in_quarantine_comes_last_and_is_never_moved_ahead_to_cover()
    {
        var lots = new[]
        {
            ("held", new OfferedLot(500, new DateOnly(2026, 12, 1), _day.AddDays(-60), Usable: false)),
            ("remnant", new OfferedLot(3, null, _day.AddDays(-30))),
            ("roll", new OfferedLot(50, null, _day)),
        };

        LotOffer.Order(lots, l => l.Item2, 400).Select(l => l.Item1).ShouldBe(["remnant", "roll", "held"]);
    }

    [Fact]
    public void A_lot_that_covers_exactly_counts_as_covering()
    {
        var order = Offer(20, ("remnant", 3, null, -30), ("exact", 20, null, 0));

        order.ShouldBe(["exact", "remnant"]);
    }

    [Fact]
    public void A_kit_issue_takes_one_covering_lot_where_backflush_uses_the_remnant_up_first()
    {
        var remnant = Guid.NewGuid();
        var roll = Guid.NewGuid();
        AvailableLot[] lots = [new(remnant, 3, null, _day.AddDays(-30)), new(roll, 50, null, _day)];

        LotPicking.Pick(lots, 40, coverWithOneLot: true).Takes.ShouldBe([new LotTake(roll, 40)]);
        LotPicking.Pick(lots, 40).Takes.ShouldBe([new LotTake(remnant, 3), new LotTake(roll, 37)]);
    }

    private static string[] Offer(int? quantity, params (string Name, decimal OnHand, DateOnly? ExpiresOn, int ReceivedDay)[] lots) =>
        [.. LotOffer.Order(lots, l => new OfferedLot(l.OnHand, l.ExpiresOn, _day.AddDays(l.ReceivedDay)), quantity).Select(l => l.Name)];
}
