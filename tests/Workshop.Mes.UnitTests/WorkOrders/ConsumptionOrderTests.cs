using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.UnitTests.WorkOrders;

public sealed class ConsumptionOrderTests
{
    private static readonly DateTimeOffset _day = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid _lineSide = Guid.NewGuid();
    private static readonly Guid _store = Guid.NewGuid();
    private static readonly Guid _early = Guid.NewGuid();
    private static readonly Guid _late = Guid.NewGuid();

    [Fact]
    public void The_line_side_is_used_up_before_the_store()
    {
        var pick = ConsumptionOrder.Pick(
            [_lineSide, _store],
            [new LocatedLot(_store, _early, 100, new DateOnly(2027, 1, 1), _day), new LocatedLot(_lineSide, _late, 4, new DateOnly(2027, 6, 1), _day)],
            10);

        pick.Takes.ShouldBe([new LocatedTake(_lineSide, _late, 4), new LocatedTake(_store, _early, 6)]);
        pick.Shortfall.ShouldBe(0);
    }

    [Fact]
    public void Within_a_location_the_first_expiring_lot_goes_first()
    {
        var pick = ConsumptionOrder.Pick(
            [_lineSide],
            [new LocatedLot(_lineSide, _late, 10, new DateOnly(2027, 6, 1), _day), new LocatedLot(_lineSide, _early, 3, new DateOnly(2027, 1, 1), _day)],
            5);

        pick.Takes.ShouldBe([new LocatedTake(_lineSide, _early, 3), new LocatedTake(_lineSide, _late, 2)]);
    }

    [Fact]
    public void Locations_outside_the_order_are_never_touched_and_what_is_missing_is_the_shortfall()
    {
        var quarantine = Guid.NewGuid();
        var pick = ConsumptionOrder.Pick([_lineSide, _store], [new LocatedLot(quarantine, _early, 500, null, _day), new LocatedLot(_store, _late, 2, null, _day)], 5);

        pick.Takes.ShouldBe([new LocatedTake(_store, _late, 2)]);
        pick.Shortfall.ShouldBe(3);
    }

    [Fact]
    public void A_scanned_lot_is_taken_wherever_it_sits_in_the_order()
    {
        var pick = ConsumptionOrder.Pick(
            [_lineSide, _store],
            [new LocatedLot(_lineSide, _early, 50, new DateOnly(2027, 1, 1), _day), new LocatedLot(_store, _late, 50, new DateOnly(2027, 6, 1), _day)],
            5,
            scannedLotId: _late);

        pick.Takes.ShouldBe([new LocatedTake(_store, _late, 5)]);
    }

    [Fact]
    public void Below_zero_the_shortfall_is_taken_at_the_first_location()
    {
        var pick = ConsumptionOrder.Pick([_lineSide, _store], [new LocatedLot(_store, _late, 2, null, _day)], 5);

        pick.BelowZero(_lineSide, null).ShouldBe([new LocatedTake(_store, _late, 2), new LocatedTake(_lineSide, _late, 3)]);
        ConsumptionOrder.Pick([_lineSide], [], 4).BelowZero(_lineSide, null).ShouldBe([new LocatedTake(_lineSide, null, 4)]);
    }

    [Fact]
    public void The_refusal_names_every_missing_component_with_its_quantity()
    {
        var refusal = ComponentShortfall.Refusal([new ComponentShortfall("FB-01", 6m, "yd"), new ComponentShortfall("BT-01", 1200m, "ea")]);

        refusal.Code.ShouldBe("work_order.components_short");
        refusal.Arguments.ShouldBe(["FB-01 6 yd, BT-01 1,200 ea"]);
    }

    [Fact]
    public void New_locations_are_consumed_from_line_side_first_then_the_store()
    {
        var workshop = Guid.NewGuid();

        new Location(workshop, "FL", "현장", LocationKind.Floor).ConsumptionRank.ShouldBe(1);
        new Location(workshop, "ST", "창고", LocationKind.Store).ConsumptionRank.ShouldBe(2);
        new Location(workshop, "FG", "완제품", LocationKind.FinishedGoods).ConsumptionRank.ShouldBeNull();
        new Location(workshop, "QU", "격리", LocationKind.Quarantine).ConsumptionRank.ShouldBeNull();
    }

    [Fact]
    public void The_owner_sets_the_order_but_quarantine_is_never_in_it()
    {
        var workshop = Guid.NewGuid();
        var store = new Location(workshop, "ST", "창고", LocationKind.Store);
        store.ConsumeInOrder(1);
        store.ConsumptionRank.ShouldBe(1);
        Should.Throw<DomainRuleException>(() => store.ConsumeInOrder(0)).Code.ShouldBe("location.consumption_rank_out_of_range");
        Should.Throw<DomainRuleException>(() => store.ConsumeInOrder(Location.MaxConsumptionRank + 1)).Code.ShouldBe("location.consumption_rank_out_of_range");

        var quarantine = new Location(workshop, "QU", "격리", LocationKind.Quarantine);
        Should.Throw<DomainRuleException>(() => quarantine.ConsumeInOrder(3)).Code.ShouldBe("location.quarantine_not_consumed");
        store.Describe("ST", "창고", LocationKind.Quarantine);
        store.ConsumptionRank.ShouldBeNull();
    }
}
