using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.UnitTests.Tablets;

public sealed class ShiftRulesTests
{
    private static readonly TimeZoneInfo _seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
    private static readonly TimeSpan _kst = TimeSpan.FromHours(9);

    [Fact]
    public void A_morning_sign_in_lasts_until_the_shift_ends_that_evening()
    {
        var end = ShiftRules.SessionEnd(new DateTimeOffset(2026, 11, 10, 8, 30, 0, _kst), new TimeOnly(19, 0), _seoul);

        end.ShouldBe(new DateTimeOffset(2026, 11, 10, 19, 0, 0, _kst));
        end.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void The_shift_end_is_read_in_the_workshops_time_zone_not_in_utc()
    {
        // 23:30 UTC on the 9th is 08:30 on the 10th in Seoul.
        var end = ShiftRules.SessionEnd(new DateTimeOffset(2026, 11, 9, 23, 30, 0, TimeSpan.Zero), new TimeOnly(18, 0), _seoul);

        end.ShouldBe(new DateTimeOffset(2026, 11, 10, 18, 0, 0, _kst));
    }

    [Fact]
    public void Signing_in_after_the_shift_has_ended_gives_the_longest_session_not_one_into_tomorrows_shift()
    {
        var signedIn = new DateTimeOffset(2026, 11, 10, 20, 15, 0, _kst);

        ShiftRules.SessionEnd(signedIn, new TimeOnly(19, 0), _seoul).ShouldBe(signedIn + ShiftRules.LongestSession);
    }

    [Fact]
    public void A_session_never_runs_longer_than_a_long_shift()
    {
        var signedIn = new DateTimeOffset(2026, 11, 10, 0, 30, 0, _kst);

        ShiftRules.SessionEnd(signedIn, new TimeOnly(23, 0), _seoul).ShouldBe(signedIn + ShiftRules.LongestSession);
    }
}
