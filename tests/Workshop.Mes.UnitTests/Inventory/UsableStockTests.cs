using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.UnitTests.Inventory;

public sealed class UsableStockTests
{
    [Theory]
    [InlineData(LocationKind.Store)]
    [InlineData(LocationKind.Floor)]
    [InlineData(LocationKind.FinishedGoods)]
    public void Stock_in_stores_on_the_floor_and_in_finished_goods_can_be_counted_on(LocationKind kind) =>
        UsableStock.At(kind).ShouldBeTrue();

    [Fact]
    public void Stock_in_quarantine_cannot_be_counted_on() =>
        UsableStock.At(LocationKind.Quarantine).ShouldBeFalse();

    [Fact]
    public void Every_kind_but_quarantine_is_usable() =>
        UsableStock.LocationKinds.ShouldBe(Enum.GetValues<LocationKind>().Where(k => k != LocationKind.Quarantine), ignoreOrder: true);
}
