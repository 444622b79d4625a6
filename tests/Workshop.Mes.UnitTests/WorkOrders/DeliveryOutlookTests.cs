using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.UnitTests.WorkOrders;

/// <summary>Issue 12: overdue (the due date has passed) and expected late (capacity says so) are different facts.</summary>
public sealed class DeliveryOutlookTests
{
    /// <summary>Monday 9 November 2026.</summary>
    private static readonly DateOnly _monday = new(2026, 11, 9);
    private static readonly Guid _press = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid _lathe = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Dictionary<Guid, decimal> _oneHourADay = new() { [_press] = 1, [_lathe] = 1 };

    [Fact]
    public void An_order_due_in_twelve_days_that_capacity_cannot_fit_is_expected_late_not_overdue()
    {
        // Twelve days ahead: 12 working days (one Sunday) of one hour = 720 minutes, and 900 are needed.
        var outlook = Outlooks(Order("WO-1", _monday.AddDays(12), (_press, 900)))["WO-1"];

        outlook.Standing.ShouldBe(DeliveryStanding.ExpectedLate);
        outlook.IsOverdue.ShouldBeFalse();
        outlook.Shortfall.ShouldBe(new DeliveryShortfall(_press, 3m));
    }

    [Fact]
    public void An_order_due_yesterday_is_overdue_with_no_shortfall_named()
    {
        var outlook = Outlooks(Order("WO-1", _monday.AddDays(-1), (_press, 30)))["WO-1"];

        outlook.ShouldBe(DeliveryOutlook.Overdue);
        outlook.IsLate.ShouldBeTrue();
    }

    [Fact]
    public void An_order_due_today_is_not_overdue_and_is_expected_late_only_when_todays_hours_are_short()
    {
        var outlooks = Outlooks(Order("FITS", _monday, (_press, 30)), Order("SHORT", _monday, (_lathe, 75)));

        outlooks["FITS"].ShouldBe(DeliveryOutlook.OnTrack);
        outlooks["SHORT"].Standing.ShouldBe(DeliveryStanding.ExpectedLate);
        outlooks["SHORT"].Shortfall.ShouldBe(new DeliveryShortfall(_lathe, 0.3m)); // 15 minutes, rounded up to 0.3 h
    }

    [Fact]
    public void The_reason_names_the_station_furthest_behind()
    {
        var outlook = Outlooks(Order("WO-1", _monday, (_press, 70), (_lathe, 150)))["WO-1"];

        outlook.Shortfall.ShouldBe(new DeliveryShortfall(_lathe, 1.5m));
    }

    [Fact]
    public void Needing_more_than_80_percent_of_the_time_left_is_at_risk_and_neither_overdue_nor_expected_late()
    {
        var outlook = Outlooks(Order("WO-1", _monday.AddDays(1), (_press, 100)))["WO-1"]; // 100 of 120 minutes

        outlook.ShouldBe(new DeliveryOutlook(DeliveryStanding.AtRisk));
        outlook.IsLate.ShouldBeFalse();
    }

    [Theory]
    [InlineData(WorkOrderStatus.Completed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void A_completed_or_cancelled_order_is_on_track_even_when_it_finished_after_its_due_date(WorkOrderStatus status)
    {
        DeliveryOutlook.Of(status, _monday.AddDays(-5), _monday, DeliveryOutlook.Overdue).ShouldBe(DeliveryOutlook.OnTrack);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Draft)]
    [InlineData(WorkOrderStatus.Released)]
    [InlineData(WorkOrderStatus.InProgress)]
    [InlineData(WorkOrderStatus.OnHold)]
    public void An_open_order_due_yesterday_is_overdue_and_one_due_today_is_not(WorkOrderStatus status)
    {
        DeliveryOutlook.Of(status, _monday.AddDays(-1), _monday, null).ShouldBe(DeliveryOutlook.Overdue);
        DeliveryOutlook.Of(status, _monday, _monday, null).ShouldBe(DeliveryOutlook.OnTrack);
    }

    [Fact]
    public void An_open_order_not_yet_due_keeps_what_the_capacity_check_said()
    {
        var expectedLate = new DeliveryOutlook(DeliveryStanding.ExpectedLate, new DeliveryShortfall(_press, 2m));

        DeliveryOutlook.Of(WorkOrderStatus.Released, _monday.AddDays(12), _monday, expectedLate).ShouldBe(expectedLate);
        DeliveryOutlook.Of(WorkOrderStatus.Released, _monday.AddDays(12), _monday, null).ShouldBe(DeliveryOutlook.OnTrack);
    }

    [Fact]
    public void The_old_late_flag_is_overdue_or_expected_late()
    {
        var flags = DeliveryRisk.Assess([Order("OVERDUE", _monday.AddDays(-1), (_press, 0)), Order("EXPECTED", _monday.AddDays(1), (_lathe, 500))], _oneHourADay, _monday);

        flags.Values.ShouldAllBe(f => f.IsLate && !f.IsAtRisk);
    }

    private static OpenOrderLoad Order(string number, DateOnly due, params (Guid Station, decimal Minutes)[] work) =>
        new(Guid.NewGuid(), due, WorkOrderPriority.Normal, number, work.ToDictionary(w => w.Station, w => w.Minutes));

    private static Dictionary<string, DeliveryOutlook> Outlooks(params OpenOrderLoad[] orders)
    {
        var outlooks = DeliveryRisk.Outlooks(orders, _oneHourADay, _monday);
        return orders.ToDictionary(o => o.Number, o => outlooks[o.OrderId]);
    }
}
