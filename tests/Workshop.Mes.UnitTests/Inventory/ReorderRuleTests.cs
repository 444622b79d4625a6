using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.UnitTests.Inventory;

public sealed class ReorderRuleTests
{
    [Fact]
    public void Enough_stock_after_open_demand_raises_no_alert()
    {
        ReorderRule.Evaluate(onHand: 300, demand: 150, reorderPoint: 100, safetyStock: 20).ShouldBeNull();
        ReorderRule.Evaluate(onHand: 250, demand: 150, reorderPoint: 100, safetyStock: 20).ShouldBeNull();
    }

    [Fact]
    public void Demand_of_open_orders_can_push_an_item_below_its_reorder_point()
    {
        var advice = ReorderRule.Evaluate(onHand: 200, demand: 150, reorderPoint: 100, safetyStock: 20);

        advice.ShouldNotBeNull();
        advice.ShouldSatisfyAllConditions(
            () => advice.Available.ShouldBe(50),
            () => advice.SuggestedQuantity.ShouldBe(70)); // back to 100 + 20
    }

    [Fact]
    public void Available_may_go_below_zero_and_the_suggestion_covers_the_gap()
    {
        var advice = ReorderRule.Evaluate(onHand: 90, demand: 150, reorderPoint: 100, safetyStock: 20)!;

        advice.Available.ShouldBe(-60);
        advice.SuggestedQuantity.ShouldBe(180);
    }

    [Fact]
    public void Items_without_a_reorder_point_are_never_alerted()
    {
        ReorderRule.Evaluate(onHand: 0, demand: 500, reorderPoint: 0, safetyStock: 0).ShouldBeNull();
    }

    [Fact]
    public void Negative_demand_counts_as_none()
    {
        ReorderRule.Evaluate(onHand: 5, demand: -10, reorderPoint: 10, safetyStock: 0)!.Available.ShouldBe(5);
    }
}
