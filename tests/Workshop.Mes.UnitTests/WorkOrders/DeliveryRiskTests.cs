using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.UnitTests.WorkOrders;

public sealed class DeliveryRiskTests
{
    /// <summary>Monday 9 November 2026.</summary>
    private static readonly DateOnly _monday = new(2026, 11, 9);
    private static readonly Guid _press = Guid.NewGuid();
    private static readonly Dictionary<Guid, decimal> _oneHourADay = new() { [_press] = 1 };

    [Fact]
    public void Working_days_skip_sundays_and_count_today()
    {
        DeliveryRisk.WorkingDays(_monday, _monday).ShouldBe(1);
        DeliveryRisk.WorkingDays(_monday, _monday.AddDays(6)).ShouldBe(6); // Monday to Sunday
        DeliveryRisk.WorkingDays(_monday, _monday.AddDays(-1)).ShouldBe(0);
    }

    [Fact]
    public void Working_days_reach_both_ends_of_the_calendar_without_overflowing()
    {
        // 3,652,059 days from Monday 0001-01-01 to Friday 9999-12-31: 521,722 whole weeks and five weekdays.
        DeliveryRisk.WorkingDays(DateOnly.MinValue, DateOnly.MaxValue).ShouldBe(3_130_337);
        DeliveryRisk.WorkingDays(_monday, DateOnly.MaxValue).ShouldBe(2_496_113);
        DeliveryRisk.WorkingDays(DateOnly.MaxValue, DateOnly.MaxValue).ShouldBe(1);
        DeliveryRisk.WorkingDays(DateOnly.MinValue, DateOnly.MinValue).ShouldBe(1);
        DeliveryRisk.WorkingDays(DateOnly.MaxValue, DateOnly.MinValue).ShouldBe(0);
    }

    [Fact]
    public void Working_days_are_what_counting_day_by_day_gives()
    {
        for (var from = _monday.AddDays(-7); from <= _monday.AddDays(7); from = from.AddDays(1))
        {
            for (var to = from.AddDays(-3); to <= from.AddDays(400); to = to.AddDays(1))
            {
                DeliveryRisk.WorkingDays(from, to).ShouldBe(CountedDayByDay(from, to), $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}");
            }
        }
    }

    [Fact]
    public void An_order_due_on_the_last_day_of_the_calendar_is_neither_late_nor_at_risk()
    {
        var flags = Assess(Order("FAR", DateOnly.MaxValue, 60), Order("NEXT", _monday.AddDays(1), 60));

        flags["FAR"].ShouldBe(new DeliveryFlags(false, false));
        flags["NEXT"].ShouldBe(new DeliveryFlags(false, false));
    }

    [Fact]
    public void An_order_due_on_the_first_day_of_the_calendar_is_late()
    {
        var flags = Assess(Order("ANCIENT", DateOnly.MinValue, 60));

        flags["ANCIENT"].ShouldBe(new DeliveryFlags(true, false));
    }

    [Fact]
    public void An_order_that_fits_easily_is_neither_late_nor_at_risk()
    {
        var flags = Assess(Order("A", _monday.AddDays(1), 60)); // 60 of 120 minutes

        flags["A"].ShouldBe(new DeliveryFlags(false, false));
    }

    [Fact]
    public void Needing_more_than_80_percent_of_the_time_left_is_at_risk()
    {
        var flags = Assess(Order("A", _monday.AddDays(1), 100)); // 100 of 120 minutes

        flags["A"].ShouldBe(new DeliveryFlags(false, true));
    }

    [Fact]
    public void Orders_due_earlier_take_the_station_first_so_a_later_one_becomes_late()
    {
        var flags = Assess(Order("EARLY", _monday, 40), Order("LATER", _monday.AddDays(1), 90)); // 40 of 60 on Monday, 130 of 120 by Tuesday

        flags["EARLY"].ShouldBe(new DeliveryFlags(false, false));
        flags["LATER"].ShouldBe(new DeliveryFlags(true, false));
    }

    [Fact]
    public void On_the_same_due_date_the_higher_priority_goes_first()
    {
        var flags = Assess(Order("NORMAL", _monday, 40), Order("RUSH", _monday, 40, WorkOrderPriority.Rush));

        flags["RUSH"].ShouldBe(new DeliveryFlags(false, false));
        flags["NORMAL"].ShouldBe(new DeliveryFlags(true, false));
    }

    [Fact]
    public void A_due_date_in_the_past_is_late_even_with_no_work_left()
    {
        var flags = Assess(Order("A", _monday.AddDays(-1), 0));

        flags["A"].IsLate.ShouldBeTrue();
    }

    /// <summary>The count as it was first written, one day at a time, to hold the arithmetic to.</summary>
    private static int CountedDayByDay(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (day.DayOfWeek != DayOfWeek.Sunday)
            {
                days++;
            }
        }

        return days;
    }

    private static OpenOrderLoad Order(string number, DateOnly due, decimal minutes, WorkOrderPriority priority = WorkOrderPriority.Normal) =>
        new(Guid.NewGuid(), due, priority, number, new Dictionary<Guid, decimal> { [_press] = minutes });

    private static Dictionary<string, DeliveryFlags> Assess(params OpenOrderLoad[] orders)
    {
        var flags = DeliveryRisk.Assess(orders, _oneHourADay, _monday);
        return orders.ToDictionary(o => o.Number, o => flags[o.OrderId]);
    }
}
