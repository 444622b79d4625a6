using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.UnitTests.Inventory;

/// <summary>주문 기한: the last day to order an alerted item so it arrives before it runs out (ADR 0075).</summary>
public sealed class ReorderOrderByTests
{
    private static readonly DateOnly _today = new(2026, 12, 4);

    [Theory]
    [InlineData(90, 3)] // 10 a day (60 over 6 days) lasts 9 days; ordering takes 6
    [InlineData(69, 0)] // lasts 6.9 days: order today
    [InlineData(60, 0)]
    [InlineData(30, 0)]
    [InlineData(0, 0)]
    [InlineData(-20, 0)]
    public void The_daily_use_is_read_from_the_reorder_point_and_the_lead_time(decimal onHand, int daysAhead)
    {
        var advice = ReorderRule.Evaluate(onHand, demand: 0, reorderPoint: 100, safetyStock: 40)!;

        ReorderRule.OrderBy(advice, leadTimeDays: 6, _today).ShouldBe(_today.AddDays(daysAhead));
    }

    [Fact]
    public void Without_a_lead_time_or_a_daily_use_to_read_the_day_is_today()
    {
        var noSafety = ReorderRule.Evaluate(onHand: 50, demand: 0, reorderPoint: 100, safetyStock: 100)!;
        var some = ReorderRule.Evaluate(onHand: 90, demand: 0, reorderPoint: 100, safetyStock: 40)!;

        ReorderRule.OrderBy(noSafety, leadTimeDays: 6, _today).ShouldBe(_today);
        ReorderRule.OrderBy(some, leadTimeDays: 0, _today).ShouldBe(_today);
    }

    [Fact]
    public void Open_work_orders_bring_the_day_forward()
    {
        var quiet = ReorderRule.Evaluate(onHand: 90, demand: 0, reorderPoint: 100, safetyStock: 40)!;
        var busy = ReorderRule.Evaluate(onHand: 90, demand: 30, reorderPoint: 100, safetyStock: 40)!;

        ReorderRule.OrderBy(quiet, 6, _today).ShouldBe(_today.AddDays(3));
        ReorderRule.OrderBy(busy, 6, _today).ShouldBe(_today);
    }

    [Fact]
    public void A_tiny_daily_use_never_dates_the_order_more_than_a_year_ahead()
    {
        var advice = ReorderRule.Evaluate(onHand: 99.99m, demand: 0, reorderPoint: 100, safetyStock: 99.9999m)!;

        ReorderRule.OrderBy(advice, leadTimeDays: 365, _today).ShouldBe(_today.AddDays(ReorderRule.MostDaysAhead));
    }
}
