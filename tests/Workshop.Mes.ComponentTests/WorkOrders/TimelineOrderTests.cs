using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Web.Features.WorkOrders.Timeline;

namespace Workshop.Mes.ComponentTests.WorkOrders;

/// <summary>Entries within one minute keep the order in which they really happened (issue 13).</summary>
public sealed class TimelineOrderTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 10, 0, 0, 0, TimeSpan.Zero);

    private static TimelineOrder.Recorded Stamped(TimelineKind kind, DateTimeOffset at, int? step = null) =>
        new(new TimelineEntry(at, kind, StepSequence: step), at);

    private static TimelineOrder.Recorded Typed(TimelineKind kind, DateTimeOffset typed, DateTimeOffset received, int? step = null) =>
        new(new TimelineEntry(typed, kind, StepSequence: step), received);

    [Fact]
    public void A_step_typed_at_the_minute_of_the_release_comes_after_the_release()
    {
        var released = Stamped(TimelineKind.Released, Nine.AddSeconds(40));
        var started = Typed(TimelineKind.StepStarted, Nine, received: Nine.AddMinutes(30), step: 1);

        TimelineOrder.Sort([started, released]).Select(e => e.Kind).ShouldBe([TimelineKind.Released, TimelineKind.StepStarted]);
    }

    [Fact]
    public void One_steps_finish_comes_before_the_next_steps_start_typed_at_the_same_minute()
    {
        var saved = Nine.AddHours(8);
        var nextStart = Typed(TimelineKind.StepStarted, Nine.AddHours(1), saved, step: 2);
        var finish = Typed(TimelineKind.StepFinished, Nine.AddHours(1), saved, step: 1);

        TimelineOrder.Sort([nextStart, finish]).Select(e => (e.Kind, e.StepSequence)).ShouldBe([(TimelineKind.StepFinished, 1), (TimelineKind.StepStarted, 2)]);
    }

    [Fact]
    public void Tablet_events_in_one_minute_follow_their_seconds()
    {
        var start = Stamped(TimelineKind.StepStarted, Nine.AddSeconds(5), step: 1);
        var output = Stamped(TimelineKind.Output, Nine.AddSeconds(50), step: 1);
        var paused = Stamped(TimelineKind.StepPaused, Nine.AddSeconds(20), step: 1);

        TimelineOrder.Sort([output, start, paused]).Select(e => e.Kind).ShouldBe([TimelineKind.StepStarted, TimelineKind.StepPaused, TimelineKind.Output]);
    }

    [Fact]
    public void Different_minutes_follow_the_clock_whenever_they_were_recorded()
    {
        var lateEntry = Typed(TimelineKind.Output, Nine.AddMinutes(5), received: Nine.AddHours(3), step: 1);
        var later = Stamped(TimelineKind.Held, Nine.AddMinutes(20));

        TimelineOrder.Sort([later, lateEntry]).Select(e => e.Kind).ShouldBe([TimelineKind.Output, TimelineKind.Held]);
    }
}
