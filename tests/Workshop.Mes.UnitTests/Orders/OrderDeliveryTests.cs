using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.UnitTests.Orders;

public sealed class OrderDeliveryTests
{
    private static readonly DateOnly _today = new(2026, 11, 10);
    private static readonly DeliveryOutlook _expectedLate = new(DeliveryStanding.ExpectedLate, new DeliveryShortfall(Guid.NewGuid(), 2.5m));

    [Fact]
    public void A_line_with_something_left_to_ship_after_its_due_date_is_overdue()
    {
        OrderDelivery.OfLine(orderClosed: false, 5, _today.AddDays(-1), _today, [_expectedLate]).ShouldBe(DeliveryOutlook.Overdue);
    }

    [Fact]
    public void A_line_due_today_is_not_overdue()
    {
        OrderDelivery.IsOverdue(orderClosed: false, 5, _today, _today).ShouldBeFalse();
        OrderDelivery.OfLine(orderClosed: false, 5, _today, _today, []).ShouldBe(DeliveryOutlook.OnTrack);
    }

    [Fact]
    public void A_line_not_yet_due_is_expected_late_when_a_work_order_of_it_is_with_its_reason()
    {
        OrderDelivery.OfLine(orderClosed: false, 5, _today.AddDays(12), _today, [DeliveryOutlook.OnTrack, _expectedLate]).ShouldBe(_expectedLate);
    }

    [Fact]
    public void A_fully_shipped_line_or_a_closed_order_is_never_late_even_when_shipped_after_the_due_date()
    {
        OrderDelivery.OfLine(orderClosed: false, 0, _today.AddDays(-3), _today, [_expectedLate]).ShouldBe(DeliveryOutlook.OnTrack);
        OrderDelivery.OfLine(orderClosed: true, 5, _today.AddDays(-3), _today, [_expectedLate]).ShouldBe(DeliveryOutlook.OnTrack);
        OrderDelivery.IsOverdue(orderClosed: true, 5, _today.AddDays(-3), _today).ShouldBeFalse();
    }
}
