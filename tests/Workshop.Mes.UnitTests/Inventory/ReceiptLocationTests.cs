using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.UnitTests.Inventory;

/// <summary>Where a receipt goes unless the person says otherwise (ADR 0075).</summary>
public sealed class ReceiptLocationTests
{
    private static readonly Guid _workshop = Guid.NewGuid();
    private static readonly Location _finished = new(_workshop, "FG", "완제품", LocationKind.FinishedGoods);
    private static readonly Location _floor = new(_workshop, "FLOOR", "라인 사이드", LocationKind.Floor);
    private static readonly Location _quarantine = new(_workshop, "QUAR", "격리", LocationKind.Quarantine);
    private static readonly Location _store = new(_workshop, "STORE", "자재창고", LocationKind.Store);
    private static readonly Location _annex = new(_workshop, "ANNEX", "별관 창고", LocationKind.Store);

    [Fact]
    public void A_first_receipt_goes_to_the_store_not_to_finished_goods_that_sorts_first()
    {
        ReceiptLocation.Default([_finished, _floor, _quarantine, _store], null).ShouldBe(_store.Id);
    }

    [Fact]
    public void An_item_goes_where_it_was_last_received_when_that_is_a_store()
    {
        ReceiptLocation.Default([_finished, _store, _annex], _store.Id).ShouldBe(_store.Id);
        ReceiptLocation.Default([_finished, _store, _annex], _annex.Id).ShouldBe(_annex.Id);
    }

    [Fact]
    public void A_last_receipt_into_finished_goods_quarantine_or_a_deleted_location_is_not_repeated()
    {
        ReceiptLocation.Default([_finished, _quarantine, _store], _finished.Id).ShouldBe(_store.Id);
        ReceiptLocation.Default([_finished, _quarantine, _store], _quarantine.Id).ShouldBe(_store.Id);
        ReceiptLocation.Default([_finished, _store], Guid.NewGuid()).ShouldBe(_store.Id);
    }

    [Fact]
    public void Among_stores_the_first_in_the_consumption_order_wins_then_the_code()
    {
        var first = new Location(_workshop, "ZZ", "앞 창고", LocationKind.Store);
        first.ConsumeInOrder(1);

        ReceiptLocation.Default([_store, _annex], null).ShouldBe(_annex.Id);
        ReceiptLocation.Default([_store, _annex, first], null).ShouldBe(first.Id);
    }

    [Fact]
    public void Without_a_store_the_first_location_that_is_neither_finished_goods_nor_quarantine()
    {
        ReceiptLocation.Default([_finished, _quarantine, _floor], null).ShouldBe(_floor.Id);
    }

    [Fact]
    public void With_only_finished_goods_it_is_finished_goods_and_with_nothing_nothing()
    {
        ReceiptLocation.Default([_quarantine, _finished], null).ShouldBe(_finished.Id);
        ReceiptLocation.Default([], null).ShouldBeNull();
    }
}
