using Workshop.Mes.Domain.Orders;

namespace Workshop.Mes.UnitTests.Orders;

public sealed class OnTimeDeliveryTests
{
    private static readonly TimeZoneInfo _seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
    private static readonly DateOnly _due = new(2026, 11, 20);

    [Fact]
    public void Nothing_shipped_has_no_rate_rather_than_zero()
    {
        var summary = OnTimeDelivery.Summarise([], _seoul);

        summary.ShouldBe(new OnTimeSummary(0, 0, null));
    }

    [Fact]
    public void The_rate_is_the_share_of_shipped_lines_that_left_by_their_due_date()
    {
        ShippedLine[] lines =
        [
            new(new DateTimeOffset(2026, 11, 19, 10, 0, 0, TimeSpan.FromHours(9)), _due),
            new(new DateTimeOffset(2026, 11, 20, 17, 0, 0, TimeSpan.FromHours(9)), _due),
            new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(9)), _due),
        ];

        var summary = OnTimeDelivery.Summarise(lines, _seoul);

        summary.ShouldBe(new OnTimeSummary(3, 2, 0.6667m));
        summary.LateLines.ShouldBe(1);
    }

    [Fact]
    public void The_due_date_is_read_in_the_workshops_calendar_not_in_utc()
    {
        // 20 November 23:30 in Seoul is 14:30 UTC the same day; 21 November 00:30 in Seoul is still 20 November in UTC.
        var lateEvening = new ShippedLine(new DateTimeOffset(2026, 11, 20, 14, 30, 0, TimeSpan.Zero), _due);
        var pastMidnight = new ShippedLine(new DateTimeOffset(2026, 11, 20, 15, 30, 0, TimeSpan.Zero), _due);

        OnTimeDelivery.Summarise([lateEvening], _seoul).OnTimeLines.ShouldBe(1);
        OnTimeDelivery.Summarise([pastMidnight], _seoul).OnTimeLines.ShouldBe(0);
    }
}
