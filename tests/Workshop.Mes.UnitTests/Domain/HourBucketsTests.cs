using Workshop.Mes.Domain.Dashboard;
using Workshop.Mes.Domain.ShopFloor;

namespace Workshop.Mes.UnitTests.Domain;

/// <summary>How the rollups split a stretch of run or down time over the UTC hours it covers (ADR 0063).</summary>
public sealed class HourBucketsTests
{
    private static readonly DateTimeOffset _day = new(2026, 11, 24, 0, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int hour, int minute = 0, int second = 0) => _day.AddHours(hour).AddMinutes(minute).AddSeconds(second);

    [Fact]
    public void A_stretch_from_0940_to_1110_gives_20_60_and_10_minutes()
    {
        HourBuckets.Split(At(9, 40), At(11, 10)).ShouldBe([(At(9), 20m), (At(10), 60m), (At(11), 10m)]);
    }

    [Fact]
    public void A_stretch_on_exact_hours_fills_its_hours_and_touches_neither_neighbour()
    {
        HourBuckets.Split(At(9), At(11)).ShouldBe([(At(9), 60m), (At(10), 60m)]);
    }

    [Fact]
    public void A_stretch_ending_on_the_hour_has_nothing_in_the_next_hour()
    {
        HourBuckets.Split(At(9, 30), At(10)).ShouldBe([(At(9), 30m)]);
    }

    [Fact]
    public void A_stretch_of_no_length_or_backwards_covers_no_hour()
    {
        HourBuckets.Split(At(9, 30), At(9, 30)).ShouldBeEmpty();
        HourBuckets.Split(At(10), At(9)).ShouldBeEmpty();
    }

    [Fact]
    public void A_stretch_over_midnight_counts_on_both_days()
    {
        HourBuckets.Split(At(23, 50), At(24, 15)).ShouldBe([(At(23), 10m), (At(24), 15m)]);
    }

    [Fact]
    public void A_stretch_of_many_hours_has_every_hour_and_adds_up_to_its_length()
    {
        var parts = HourBuckets.Split(At(6, 15), At(6 + 50, 45));

        parts.Count.ShouldBe(51);
        parts.Select(p => p.Hour).ShouldBe(Enumerable.Range(0, 51).Select(h => At(6 + h)));
        parts.Sum(p => p.Minutes).ShouldBe((50 * 60) + 30m);
        parts.Skip(1).SkipLast(1).ShouldAllBe(p => p.Minutes == 60m);
    }

    [Fact]
    public void Seconds_count_as_parts_of_a_minute_and_local_offsets_count_in_utc()
    {
        var kst = TimeSpan.FromHours(9);
        HourBuckets.Split(new DateTimeOffset(2026, 11, 24, 18, 59, 30, kst), new DateTimeOffset(2026, 11, 24, 19, 0, 45, kst))
            .ShouldBe([(At(9), 0.5m), (At(10), 0.75m)]);
        HourBuckets.HourOf(new DateTimeOffset(2026, 11, 24, 8, 59, 59, kst)).ShouldBe(At(23, 0) - TimeSpan.FromDays(1));
    }

    [Fact]
    public void A_step_runs_while_anyone_runs_it_and_not_while_paused_or_still_open()
    {
        var step = Guid.CreateVersion7();
        var (kim, lee) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        LabourInterval[] intervals =
        [
            new(kim, step, At(9, 40), At(10, 20)),
            new(lee, step, At(10, 0), At(10, 30)),
            new(kim, step, At(10, 50), At(11, 10)),
            new(lee, step, At(11, 30), null),
        ];

        StepRunTime.ByHour(intervals).ShouldBe(new Dictionary<DateTimeOffset, decimal> { [At(9)] = 20m, [At(10)] = 40m, [At(11)] = 10m });
    }
}
