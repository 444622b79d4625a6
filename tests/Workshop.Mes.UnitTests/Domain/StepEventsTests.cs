using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class StepEventsTests
{
    /// <summary>Every (state, event) pair <see cref="StepRules"/> allows, and the state it leads to.</summary>
    public static readonly TheoryData<StepState, ProductionEventKind, StepState> LegalMoves = new()
    {
        { StepState.Pending, ProductionEventKind.Start, StepState.Running },
        { StepState.Running, ProductionEventKind.Start, StepState.Running },
        { StepState.Running, ProductionEventKind.Pause, StepState.Paused },
        { StepState.Running, ProductionEventKind.Output, StepState.Running },
        { StepState.Running, ProductionEventKind.Finish, StepState.Finished },
        { StepState.Running, ProductionEventKind.Correction, StepState.Running },
        { StepState.Paused, ProductionEventKind.Resume, StepState.Running },
        { StepState.Paused, ProductionEventKind.Output, StepState.Paused },
        { StepState.Paused, ProductionEventKind.Finish, StepState.Finished },
        { StepState.Paused, ProductionEventKind.Correction, StepState.Paused },
        { StepState.Finished, ProductionEventKind.Correction, StepState.Finished },
    };

    public static TheoryData<StepState, ProductionEventKind> IllegalMoves()
    {
        var legal = LegalMoves.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();
        var illegal = new TheoryData<StepState, ProductionEventKind>();
        foreach (var state in Enum.GetValues<StepState>())
        {
            foreach (var kind in Enum.GetValues<ProductionEventKind>())
            {
                if (!legal.Contains((state, kind)))
                {
                    illegal.Add(state, kind);
                }
            }
        }

        return illegal;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Every_allowed_event_moves_the_step_to_its_next_state(StepState from, ProductionEventKind kind, StepState expected)
    {
        var (order, step, output) = StepIn(from);

        order.Record(EventOf(kind, order, step, output), output);

        step.State.ShouldBe(expected);
        StepRules.Allows(from, kind).ShouldBeTrue();
        StepRules.Next(from, kind).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Every_other_event_is_refused_for_the_step(StepState from, ProductionEventKind kind)
    {
        var (order, step, output) = StepIn(from);
        var good = step.GoodQuantity;

        var error = Should.Throw<DomainRuleException>(() => order.Record(EventOf(kind, order, step, output), output));

        error.Code.ShouldBe("production_event.illegal_for_step");
        step.State.ShouldBe(from);
        step.GoodQuantity.ShouldBe(good);
        StepRules.Allows(from, kind).ShouldBeFalse();
    }

    [Fact]
    public void A_paused_step_cannot_be_paused_again()
    {
        var order = AWorkOrder().Started();
        var step = order.Steps[0];
        order.RecordPause(step);

        Should.Throw<DomainRuleException>(() => order.RecordPause(step)).Code.ShouldBe("production_event.illegal_for_step");
        step.State.ShouldBe(StepState.Paused);
    }

    [Fact]
    public void The_first_start_moves_a_released_order_in_progress_and_stamps_the_start()
    {
        var order = AWorkOrder().Released();
        var step = order.Steps[0];
        var startedAt = Now.AddMinutes(12);

        order.RecordStart(step, at: startedAt);

        order.Status.ShouldBe(WorkOrderStatus.InProgress);
        order.StartedAt.ShouldBe(startedAt);
        step.State.ShouldBe(StepState.Running);
        step.StartedAt.ShouldBe(startedAt);
    }

    [Fact]
    public void Later_starts_keep_the_first_start_time()
    {
        var order = AWorkOrder().Released();
        var step = order.Steps[0];
        order.RecordStart(step, at: Now);

        order.RecordStart(order.Steps[1], at: Now.AddMinutes(30));
        order.RecordStart(step, workerId: Guid.CreateVersion7(), at: Now.AddMinutes(40));

        order.StartedAt.ShouldBe(Now);
        step.StartedAt.ShouldBe(Now);
        order.Steps[1].StartedAt.ShouldBe(Now.AddMinutes(30));
    }

    [Fact]
    public void Output_and_finish_add_up_good_and_scrap_on_the_step()
    {
        var order = AWorkOrder().Started();
        var step = order.Steps[0];

        order.RecordOutput(step, good: 4, scrap: 1);
        order.RecordPause(step);
        order.RecordOutput(step, good: 2);
        order.RecordResume(step);
        order.RecordFinish(step, good: 3, scrap: 1, at: Now.AddHours(2));

        step.GoodQuantity.ShouldBe(9);
        step.ScrapQuantity.ShouldBe(2);
        step.State.ShouldBe(StepState.Finished);
        step.FinishedAt.ShouldBe(Now.AddHours(2));
    }

    [Theory]
    [InlineData(WorkOrderStatus.Draft)]
    [InlineData(WorkOrderStatus.OnHold)]
    [InlineData(WorkOrderStatus.Completed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void Events_on_an_order_that_is_not_open_are_refused(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);
        var stepId = order.Steps.Count > 0 ? order.Steps[0].Id : Guid.CreateVersion7();

        var error = Should.Throw<DomainRuleException>(() => order.Record(ProductionEvent.Start(Context(order, stepId))));

        error.Code.ShouldBe("production_event.order_not_open");
        order.Status.ShouldBe(status);
    }

    [Fact]
    public void Once_resumed_the_floor_can_report_again()
    {
        var order = AWorkOrder().Started();
        order.Hold("Waiting for thread");
        order.Resume();

        order.RecordOutput(order.Steps[0], good: 2);

        order.Steps[0].GoodQuantity.ShouldBe(2);
    }

    [Fact]
    public void An_event_for_another_order_is_refused()
    {
        var order = AWorkOrder().Started();
        var other = AWorkOrder().Started();

        var error = Should.Throw<DomainRuleException>(() => order.Record(ProductionEvent.Output(Context(other, other.Steps[0].Id), 5, 0, null)));

        error.Code.ShouldBe("production_event.wrong_order");
        order.Steps[0].GoodQuantity.ShouldBe(0);
        other.Steps[0].GoodQuantity.ShouldBe(0);
    }

    [Fact]
    public void An_event_for_an_unknown_step_is_refused()
    {
        var order = AWorkOrder().Started();

        Should.Throw<DomainRuleException>(() => order.Record(ProductionEvent.Start(Context(order, Guid.CreateVersion7()))))
            .Code.ShouldBe("production_event.step_not_found");
    }

    [Fact]
    public void A_pause_needs_a_reason()
    {
        var order = AWorkOrder().Started();

        Should.Throw<DomainRuleException>(() => ProductionEvent.Pause(Context(order, order.Steps[0].Id), Guid.Empty))
            .Code.ShouldBe("production_event.pause_reason_required");
    }

    [Fact]
    public void A_pause_keeps_its_reason()
    {
        var order = AWorkOrder().Started();

        var pause = order.RecordPause(order.Steps[0]);

        pause.DowntimeReasonId.ShouldBe(DowntimeReasonId);
        pause.Kind.ShouldBe(ProductionEventKind.Pause);
    }

    [Fact]
    public void An_output_of_nothing_is_refused()
    {
        var order = AWorkOrder().Started();

        Should.Throw<DomainRuleException>(() => ProductionEvent.Output(Context(order, order.Steps[0].Id), 0, 0, null))
            .Code.ShouldBe("production_event.output_empty");
    }

    [Fact]
    public void A_finish_without_quantities_is_allowed()
    {
        var order = AWorkOrder().Started();
        var step = order.Steps[0];
        order.RecordOutput(step, good: 10);

        order.RecordFinish(step);

        step.State.ShouldBe(StepState.Finished);
        step.GoodQuantity.ShouldBe(10);
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(5, -2)]
    public void Negative_quantities_are_refused(decimal good, decimal scrap)
    {
        var order = AWorkOrder().Started();
        var context = Context(order, order.Steps[0].Id);

        Should.Throw<DomainRuleException>(() => ProductionEvent.Output(context, good, scrap, DefectCodeId)).Code.ShouldBe("rule.not_negative");
        Should.Throw<DomainRuleException>(() => ProductionEvent.Finish(context, good, scrap, DefectCodeId)).Code.ShouldBe("rule.not_negative");
    }

    [Fact]
    public void Scrap_without_a_defect_code_is_refused()
    {
        var order = AWorkOrder().Started();
        var context = Context(order, order.Steps[0].Id);

        Should.Throw<DomainRuleException>(() => ProductionEvent.Output(context, 3, 1, null)).Code.ShouldBe("production_event.scrap_needs_defect_code");
        Should.Throw<DomainRuleException>(() => ProductionEvent.Finish(context, 3, 1, null)).Code.ShouldBe("production_event.scrap_needs_defect_code");
    }

    [Fact]
    public void Scrap_keeps_its_defect_code_and_good_only_output_drops_it()
    {
        var order = AWorkOrder().Started();
        var context = Context(order, order.Steps[0].Id);

        ProductionEvent.Output(context, 3, 1, DefectCodeId).DefectCodeId.ShouldBe(DefectCodeId);
        ProductionEvent.Output(context, 3, 0, DefectCodeId).DefectCodeId.ShouldBeNull();
    }

    [Fact]
    public void An_event_captured_in_the_future_is_refused()
    {
        var order = AWorkOrder().Started();
        var context = Context(order, order.Steps[0].Id, capturedAt: Now.AddMinutes(6), receivedAt: Now);

        Should.Throw<DomainRuleException>(() => ProductionEvent.Start(context)).Code.ShouldBe("production_event.captured_in_future");
    }

    [Fact]
    public void A_tablet_clock_a_few_minutes_fast_is_tolerated()
    {
        var order = AWorkOrder().Started();
        var context = Context(order, order.Steps[0].Id, capturedAt: Now.AddMinutes(5), receivedAt: Now);

        var start = ProductionEvent.Start(context);

        start.CapturedAt.ShouldBe(Now.AddMinutes(5));
        start.ReceivedAt.ShouldBe(Now);
    }

    [Fact]
    public void An_event_sent_from_an_offline_tablet_keeps_its_capture_time()
    {
        var order = AWorkOrder().Started();
        var context = Context(order, order.Steps[0].Id, capturedAt: Now.AddHours(-3), receivedAt: Now);

        var output = ProductionEvent.Output(context, 2, 0, null);

        output.CapturedAt.ShouldBe(Now.AddHours(-3));
        output.CapturedAt.Offset.ShouldBe(TimeSpan.Zero);
        output.ReceivedAt.ShouldBe(Now);
    }

    [Fact]
    public void One_worker_can_run_several_steps_of_several_orders_at_once()
    {
        var worker = Guid.CreateVersion7();
        var shirts = AWorkOrder(steps: 2).Released();
        var trousers = AWorkOrder(steps: 2).Released();

        shirts.RecordStart(shirts.Steps[0], worker);
        shirts.RecordStart(shirts.Steps[1], worker);
        trousers.RecordStart(trousers.Steps[0], worker);
        shirts.RecordOutput(shirts.Steps[0], good: 5, workerId: worker);
        trousers.RecordOutput(trousers.Steps[0], good: 3, workerId: worker);
        shirts.RecordFinish(shirts.Steps[1], good: 4, workerId: worker);

        shirts.Steps[0].State.ShouldBe(StepState.Running);
        shirts.Steps[0].GoodQuantity.ShouldBe(5);
        shirts.Steps[1].State.ShouldBe(StepState.Finished);
        trousers.Steps[0].State.ShouldBe(StepState.Running);
        trousers.Steps[0].GoodQuantity.ShouldBe(3);
        shirts.Status.ShouldBe(WorkOrderStatus.InProgress);
        trousers.Status.ShouldBe(WorkOrderStatus.InProgress);
    }

    [Fact]
    public void A_second_worker_can_join_a_running_step()
    {
        var order = AWorkOrder().Started();
        var step = order.Steps[0];
        var secondWorker = Guid.CreateVersion7();

        var joined = order.RecordStart(step, secondWorker);
        order.RecordOutput(step, good: 2);
        order.RecordOutput(step, good: 3, workerId: secondWorker);

        joined.WorkerId.ShouldBe(secondWorker);
        step.State.ShouldBe(StepState.Running);
        step.GoodQuantity.ShouldBe(5);
    }

    [Fact]
    public void A_correction_adjusts_the_step_quantities_and_leaves_the_original_event_alone()
    {
        var order = AWorkOrder().Started();
        var step = order.Steps[0];
        var output = order.RecordOutput(step, good: 10, scrap: 2);

        var correction = order.RecordCorrection(output, goodDelta: -3, scrapDelta: 1);

        step.GoodQuantity.ShouldBe(7);
        step.ScrapQuantity.ShouldBe(3);
        step.State.ShouldBe(StepState.Running);
        correction.CorrectsEventId.ShouldBe(output.Id);
        output.GoodQuantity.ShouldBe(10);
    }

    [Fact]
    public void A_finished_step_can_still_be_corrected()
    {
        var order = AWorkOrder(steps: 1).Started(quantity: 10);
        var step = order.Steps[0];
        var finish = order.RecordFinish(step, good: 10);

        order.RecordCorrection(finish, goodDelta: -1, scrapDelta: 1);

        step.State.ShouldBe(StepState.Finished);
        step.GoodQuantity.ShouldBe(9);
        step.ScrapQuantity.ShouldBe(1);
        order.GoodQuantity.ShouldBe(9);
    }

    [Fact]
    public void An_empty_correction_is_refused()
    {
        var order = AWorkOrder().Started();
        var output = order.RecordOutput(order.Steps[0], good: 5);

        Should.Throw<DomainRuleException>(() => ProductionEvent.Correction(Context(order, output.WorkOrderStepId), output, 0, 0, "Nothing"))
            .Code.ShouldBe("production_event.correction_empty");
    }

    [Fact]
    public void A_correction_needs_a_note()
    {
        var order = AWorkOrder().Started();
        var output = order.RecordOutput(order.Steps[0], good: 5);

        Should.Throw<DomainRuleException>(() => ProductionEvent.Correction(Context(order, output.WorkOrderStepId), output, -1, 0, " "))
            .Code.ShouldBe("rule.required");
    }

    [Fact]
    public void A_correction_of_a_start_is_refused()
    {
        var order = AWorkOrder().Released();
        var start = order.RecordStart(order.Steps[0]);

        Should.Throw<DomainRuleException>(() => order.RecordCorrection(start, goodDelta: 1, scrapDelta: 0))
            .Code.ShouldBe("production_event.correction_target_invalid");
        order.Steps[0].GoodQuantity.ShouldBe(0);
    }

    [Fact]
    public void A_correction_of_another_correction_is_refused()
    {
        var order = AWorkOrder().Started();
        var output = order.RecordOutput(order.Steps[0], good: 5);
        var correction = order.RecordCorrection(output, goodDelta: -1, scrapDelta: 0);

        Should.Throw<DomainRuleException>(() => order.RecordCorrection(correction, goodDelta: -1, scrapDelta: 0))
            .Code.ShouldBe("production_event.correction_target_invalid");
        order.Steps[0].GoodQuantity.ShouldBe(4);
    }

    [Fact]
    public void A_correction_of_another_steps_output_is_refused()
    {
        var order = AWorkOrder(steps: 2).Started();
        order.RecordStart(order.Steps[1]);
        var firstStepOutput = order.RecordOutput(order.Steps[0], good: 5);
        var correction = ProductionEvent.Correction(Context(order, order.Steps[1].Id), firstStepOutput, -2, 0, "Wrong step");

        Should.Throw<DomainRuleException>(() => order.Record(correction, firstStepOutput))
            .Code.ShouldBe("production_event.correction_target_invalid");
        order.Steps[0].GoodQuantity.ShouldBe(5);
        order.Steps[1].GoodQuantity.ShouldBe(0);
    }

    [Fact]
    public void A_correction_without_the_event_it_corrects_is_refused()
    {
        var order = AWorkOrder().Started();
        var output = order.RecordOutput(order.Steps[0], good: 5);
        var otherOutput = order.RecordOutput(order.Steps[0], good: 2);
        var correction = ProductionEvent.Correction(Context(order, output.WorkOrderStepId), output, -1, 0, "Miscount");

        Should.Throw<DomainRuleException>(() => order.Record(correction)).Code.ShouldBe("production_event.correction_target_invalid");
        Should.Throw<DomainRuleException>(() => order.Record(correction, otherOutput)).Code.ShouldBe("production_event.correction_target_invalid");
        order.Steps[0].GoodQuantity.ShouldBe(7);
    }

    [Theory]
    [InlineData(-6, 0)]
    [InlineData(0, -2)]
    public void A_correction_cannot_take_quantities_below_zero(decimal goodDelta, decimal scrapDelta)
    {
        var order = AWorkOrder().Started();
        var step = order.Steps[0];
        var output = order.RecordOutput(step, good: 5, scrap: 1);

        Should.Throw<DomainRuleException>(() => order.RecordCorrection(output, goodDelta, scrapDelta))
            .Code.ShouldBe("production_event.correction_below_zero");
        step.GoodQuantity.ShouldBe(5);
        step.ScrapQuantity.ShouldBe(1);
    }

    [Fact]
    public void A_correction_down_to_exactly_zero_is_allowed()
    {
        var order = AWorkOrder().Started();
        var step = order.Steps[0];
        var output = order.RecordOutput(step, good: 5);

        order.RecordCorrection(output, goodDelta: -5, scrapDelta: 0);

        step.GoodQuantity.ShouldBe(0);
    }

    /// <summary>A released order whose first step is in <paramref name="state"/>, with an output to correct where the state allows one.</summary>
    private static (WorkOrder Order, WorkOrderStep Step, ProductionEvent? Output) StepIn(StepState state)
    {
        var order = AWorkOrder(steps: 2).Released(quantity: 10);
        var step = order.Steps[0];
        ProductionEvent? output = null;
        switch (state)
        {
            case StepState.Pending:
                break;
            case StepState.Running:
                order.RecordStart(step);
                output = order.RecordOutput(step, good: 4);
                break;
            case StepState.Paused:
                order.RecordStart(step);
                output = order.RecordOutput(step, good: 4);
                order.RecordPause(step);
                break;
            case StepState.Finished:
                order.RecordStart(step);
                output = order.RecordFinish(step, good: 4);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown step state.");
        }

        step.State.ShouldBe(state);
        return (order, step, output);
    }

    private static ProductionEvent EventOf(ProductionEventKind kind, WorkOrder order, WorkOrderStep step, ProductionEvent? output)
    {
        var context = Context(order, step.Id);
        return kind switch
        {
            ProductionEventKind.Start => ProductionEvent.Start(context),
            ProductionEventKind.Pause => ProductionEvent.Pause(context, DowntimeReasonId),
            ProductionEventKind.Resume => ProductionEvent.Resume(context),
            ProductionEventKind.Output => ProductionEvent.Output(context, 1, 0, null),
            ProductionEventKind.Finish => ProductionEvent.Finish(context, 1),

            // A pending step has nothing to correct yet; any earlier event stands in as the target.
            ProductionEventKind.Correction => ProductionEvent.Correction(context, output ?? ProductionEvent.Start(context), -1, 0, "Miscount"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown event kind."),
        };
    }
}
