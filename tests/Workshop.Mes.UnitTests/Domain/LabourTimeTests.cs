using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

/// <summary>Actual minutes from the floor's events: pauses left out, one worker's shared time split between the steps they ran at once.</summary>
public sealed class LabourTimeTests
{
    private static readonly Guid _stepA = Guid.CreateVersion7();
    private static readonly Guid _stepB = Guid.CreateVersion7();
    private static readonly Guid _other = Guid.CreateVersion7();

    [Fact]
    public void A_pause_is_left_out_and_a_resume_brings_back_the_crew()
    {
        var order = AWorkOrder().Released();
        var step = order.Steps[0];
        var events = new[]
        {
            ProductionEvent.Start(Context(order, step.Id, capturedAt: Now)),
            ProductionEvent.Start(Context(order, step.Id, _other, Now.AddMinutes(10))),
            ProductionEvent.Pause(Context(order, step.Id, capturedAt: Now.AddMinutes(30)), DowntimeReasonId),
            ProductionEvent.Resume(Context(order, step.Id, capturedAt: Now.AddMinutes(45))),
            ProductionEvent.Finish(Context(order, step.Id, _other, Now.AddMinutes(60))),
        };

        var minutes = LabourTime.Minutes(LabourTime.Intervals(step.Id, events));

        minutes[(step.Id, WorkerId)].ShouldBe(45); // 0–30 and 45–60
        minutes[(step.Id, _other)].ShouldBe(35); // joined at 10, back after the pause with the crew
    }

    [Fact]
    public void Time_one_worker_spends_on_two_steps_at_once_is_split_equally()
    {
        var intervals = new[]
        {
            new LabourInterval(WorkerId, _stepA, Now, Now.AddMinutes(60)),
            new LabourInterval(WorkerId, _stepB, Now.AddMinutes(30), Now.AddMinutes(90)),
            new LabourInterval(_other, _stepA, Now, Now.AddMinutes(60)),
        };

        var minutes = LabourTime.Minutes(intervals);

        minutes[(_stepA, WorkerId)].ShouldBe(45); // 30 alone, 30 shared
        minutes[(_stepB, WorkerId)].ShouldBe(45); // 30 shared, 30 alone
        minutes[(_stepA, _other)].ShouldBe(60); // another worker's time is theirs alone
        minutes.Values.Sum().ShouldBe(150);
    }

    [Fact]
    public void A_running_step_takes_its_share_but_is_counted_only_once_it_closes()
    {
        var intervals = new[]
        {
            new LabourInterval(WorkerId, _stepA, Now, Now.AddMinutes(30)),
            new LabourInterval(WorkerId, _stepB, Now.AddMinutes(10), null),
            new LabourInterval(WorkerId, _stepB, Now.AddMinutes(40), Now.AddMinutes(40)),
        };

        var minutes = LabourTime.Minutes(intervals);

        minutes[(_stepA, WorkerId)].ShouldBe(20); // 10 alone, 20 shared with the running step
        minutes.ContainsKey((_stepB, WorkerId)).ShouldBeFalse();
    }

    [Fact]
    public void Three_steps_at_once_share_a_minute_in_thirds()
    {
        var intervals = new[] { _stepA, _stepB, _other }.Select(s => new LabourInterval(WorkerId, s, Now, Now.AddMinutes(10)));

        var minutes = LabourTime.Minutes(intervals);

        minutes.Values.ShouldAllBe(m => m == 3.33m);
    }
}

/// <summary>A step rebuilt from its events in capture order, for events that arrived late.</summary>
public sealed class StepReplayTests
{
    [Fact]
    public void Events_that_arrived_out_of_order_rebuild_the_step_as_if_in_order()
    {
        var order = AWorkOrder().Released();
        var step = order.Steps[0];
        var start = ProductionEvent.Start(Context(order, step.Id, capturedAt: Now));
        var pause = ProductionEvent.Pause(Context(order, step.Id, capturedAt: Now.AddMinutes(30)), DowntimeReasonId);
        var output = ProductionEvent.Output(Context(order, step.Id, capturedAt: Now.AddMinutes(40)), 4, 0, null);
        var finish = ProductionEvent.Finish(Context(order, step.Id, capturedAt: Now.AddMinutes(60)), 6);

        order.Replay(step.Id, [finish, output, start, pause]);

        step.State.ShouldBe(StepState.Finished);
        step.GoodQuantity.ShouldBe(10);
        step.StartedAt.ShouldBe(Now);
        step.FinishedAt.ShouldBe(Now.AddMinutes(60));
        order.Status.ShouldBe(WorkOrderStatus.InProgress);
        order.StartedAt.ShouldBe(Now);
    }

    [Fact]
    public void A_late_event_that_the_capture_order_makes_illegal_is_refused_and_names_its_rule()
    {
        var order = AWorkOrder().Released();
        var step = order.Steps[0];
        var start = ProductionEvent.Start(Context(order, step.Id, capturedAt: Now));
        var finish = ProductionEvent.Finish(Context(order, step.Id, capturedAt: Now.AddMinutes(60)), 10);
        var lateResume = ProductionEvent.Resume(Context(order, step.Id, capturedAt: Now.AddMinutes(20)));

        var refused = Should.Throw<DomainRuleException>(() => order.Replay(step.Id, [start, finish, lateResume]));

        refused.Code.ShouldBe("production_event.illegal_for_step");
    }

    [Fact]
    public void A_correction_is_replayed_against_its_original()
    {
        var order = AWorkOrder().Released();
        var step = order.Steps[0];
        var start = ProductionEvent.Start(Context(order, step.Id, capturedAt: Now));
        var output = ProductionEvent.Output(Context(order, step.Id, capturedAt: Now.AddMinutes(10)), 5, 0, null);
        var correction = ProductionEvent.Correction(Context(order, step.Id, capturedAt: Now.AddMinutes(50)), output, -1, 0, "Miscounted");
        var lateOutput = ProductionEvent.Output(Context(order, step.Id, capturedAt: Now.AddMinutes(20)), 3, 0, null);

        order.Replay(step.Id, [start, output, correction, lateOutput]);

        step.GoodQuantity.ShouldBe(7);
    }

    [Fact]
    public void Replay_is_refused_on_an_order_that_is_not_open()
    {
        var order = AWorkOrder().In(WorkOrderStatus.Cancelled);

        Should.Throw<DomainRuleException>(() => order.Replay(order.Steps[0].Id, [])).Code.ShouldBe("production_event.order_not_open");
    }
}
