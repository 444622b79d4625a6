using Workshop.Mes.Domain.Dashboard;

namespace Workshop.Mes.UnitTests.Dashboard;

public sealed class LocalCalendarTests
{
    private static readonly TimeZoneInfo _seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    [Fact]
    public void A_utc_hour_falls_on_the_workshops_local_day_and_hour()
    {
        // 06:00 UTC on Monday is 15:00 in Seoul; 20:00 UTC on Sunday is already 05:00 on Monday there.
        LocalCalendar.LocalHour(new DateTimeOffset(2026, 11, 30, 6, 0, 0, TimeSpan.Zero), _seoul).ShouldBe((new DateOnly(2026, 11, 30), 15));
        LocalCalendar.LocalHour(new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero), _seoul).ShouldBe((new DateOnly(2026, 11, 30), 5));
    }

    [Theory]
    [InlineData("2026-11-30", "2026-11-30")]
    [InlineData("2026-12-03", "2026-11-30")]
    [InlineData("2026-12-06", "2026-11-30")]
    [InlineData("2026-12-07", "2026-12-07")]
    public void Weeks_start_on_monday(string day, string monday) =>
        LocalCalendar.WeekStart(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Months_start_on_the_first() => LocalCalendar.MonthStart(new DateOnly(2026, 12, 31)).ShouldBe(new DateOnly(2026, 12, 1));

    [Fact]
    public void A_station_has_its_hours_every_day_but_sunday()
    {
        LocalCalendar.CapacityHours(new DateOnly(2026, 12, 5), 8).ShouldBe(8);
        LocalCalendar.CapacityHours(new DateOnly(2026, 12, 6), 8).ShouldBe(0);
    }

    [Fact]
    public void The_typical_weekday_averages_the_days_the_workshop_worked_counting_an_idle_station_as_zero()
    {
        var mondays = new[] { new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 30) };
        var tuesday = new DateOnly(2026, 11, 17);
        var load = new Dictionary<DateOnly, decimal> { [mondays[0]] = 10, [mondays[1]] = 11, [tuesday] = 4 };

        // The third Monday was worked (others reported) but not at this station; a Monday nobody worked is left out.
        var averages = LocalCalendar.WeekdayAverages(load, [.. mondays, tuesday]);

        averages[DayOfWeek.Monday].ShouldBe((3, 7m));
        averages[DayOfWeek.Tuesday].ShouldBe((1, 4m));
        averages.ContainsKey(DayOfWeek.Wednesday).ShouldBeFalse();
    }
}
