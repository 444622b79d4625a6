using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Quality;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class DowntimeTests
{
    [Fact]
    public void A_new_downtime_is_open_from_its_start_in_utc()
    {
        var downtime = NewDowntime();

        downtime.IsOpen.ShouldBeTrue();
        downtime.EndedAt.ShouldBeNull();
        downtime.StartedAt.ShouldBe(Now);
        downtime.StartedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Ending_a_downtime_closes_it_with_a_note()
    {
        var downtime = NewDowntime();

        downtime.End(Now.AddMinutes(45), "Needle replaced");

        downtime.IsOpen.ShouldBeFalse();
        downtime.EndedAt.ShouldBe(Now.AddMinutes(45));
        downtime.Note.ShouldBe("Needle replaced");
        downtime.Duration(Now.AddHours(5)).ShouldBe(TimeSpan.FromMinutes(45));
    }

    [Fact]
    public void An_open_downtime_counts_up_to_now()
    {
        var downtime = NewDowntime();

        downtime.Duration(Now.AddMinutes(20)).ShouldBe(TimeSpan.FromMinutes(20));
        downtime.Duration(Now.AddMinutes(75)).ShouldBe(TimeSpan.FromMinutes(75));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_downtime_must_end_after_it_starts(int minutes)
    {
        var downtime = NewDowntime();

        Should.Throw<DomainRuleException>(() => downtime.End(Now.AddMinutes(minutes))).Code.ShouldBe("downtime.end_before_start");
        downtime.IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void The_end_is_compared_as_an_instant_whatever_the_offset()
    {
        var downtime = NewDowntime();

        // 01:30 UTC is 10:30 in Seoul, after the 09:00 start.
        downtime.End(new DateTimeOffset(2026, 11, 10, 1, 30, 0, TimeSpan.Zero));

        downtime.Duration(Now).ShouldBe(TimeSpan.FromMinutes(90));
    }

    [Fact]
    public void A_downtime_cannot_end_twice()
    {
        var downtime = NewDowntime();
        downtime.End(Now.AddMinutes(10));

        Should.Throw<DomainRuleException>(() => downtime.End(Now.AddMinutes(30))).Code.ShouldBe("downtime.already_ended");
        downtime.EndedAt.ShouldBe(Now.AddMinutes(10));
    }

    private static Downtime NewDowntime() => new(WorkshopId, Guid.CreateVersion7(), DowntimeReasonId, Now, WorkerId);
}
