using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.WorkOrders;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class WorkOrderTests
{
    private readonly Guid _productId = Guid.CreateVersion7();

    [Fact]
    public void A_new_work_order_is_a_draft_with_its_quantity_and_due_date()
    {
        var order = new WorkOrder(WorkshopId, " WO-2611-0007 ", _productId, 120, Today.AddDays(7), WorkOrderPriority.Rush, null, Now);

        order.Status.ShouldBe(WorkOrderStatus.Draft);
        order.Number.ShouldBe("WO-2611-0007");
        order.Quantity.ShouldBe(120);
        order.DueDate.ShouldBe(Today.AddDays(7));
        order.Priority.ShouldBe(WorkOrderPriority.Rush);
        order.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
        order.Steps.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_work_order_for_no_units_is_refused(decimal quantity)
    {
        Should.Throw<DomainRuleException>(() => new WorkOrder(WorkshopId, "WO-2611-0001", _productId, quantity, Today, WorkOrderPriority.Normal, null, Now))
            .Code.ShouldBe("rule.positive");
    }

    [Fact]
    public void A_work_order_without_a_number_is_refused()
    {
        Should.Throw<DomainRuleException>(() => new WorkOrder(WorkshopId, "  ", _productId, 10, Today, WorkOrderPriority.Normal, null, Now))
            .Code.ShouldBe("rule.required");
    }

    [Fact]
    public void The_quantity_of_a_draft_can_be_changed()
    {
        var order = AWorkOrder().Draft(quantity: 10);

        order.ChangeQuantity(25);

        order.Quantity.ShouldBe(25);
    }

    [Fact]
    public void The_quantity_cannot_be_changed_to_zero()
    {
        var order = AWorkOrder().Draft(quantity: 10);

        Should.Throw<DomainRuleException>(() => order.ChangeQuantity(0)).Code.ShouldBe("rule.positive");
        order.Quantity.ShouldBe(10);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Released)]
    [InlineData(WorkOrderStatus.InProgress)]
    [InlineData(WorkOrderStatus.OnHold)]
    [InlineData(WorkOrderStatus.Completed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void The_quantity_is_only_editable_in_draft(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);

        Should.Throw<DomainRuleException>(() => order.ChangeQuantity(99)).Code.ShouldBe("work_order.not_draft");
        order.Quantity.ShouldBe(10);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Draft)]
    [InlineData(WorkOrderStatus.Released)]
    [InlineData(WorkOrderStatus.InProgress)]
    [InlineData(WorkOrderStatus.OnHold)]
    public void Due_date_and_priority_can_change_while_the_order_is_open(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);

        order.ChangeDueDate(Today.AddDays(3));
        order.ChangePriority(WorkOrderPriority.High);

        order.DueDate.ShouldBe(Today.AddDays(3));
        order.Priority.ShouldBe(WorkOrderPriority.High);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Completed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void Due_date_and_priority_are_refused_once_the_order_is_closed(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);
        var dueDate = order.DueDate;

        Should.Throw<DomainRuleException>(() => order.ChangeDueDate(Today.AddDays(1))).Code.ShouldBe("work_order.closed");
        Should.Throw<DomainRuleException>(() => order.ChangePriority(WorkOrderPriority.Rush)).Code.ShouldBe("work_order.closed");
        order.DueDate.ShouldBe(dueDate);
        order.Priority.ShouldBe(WorkOrderPriority.Normal);
    }

    [Fact]
    public void Releasing_copies_the_routing_and_the_bom()
    {
        var order = AWorkOrder(productId: _productId).Draft(quantity: 12);
        var cutting = RoutingStep(_productId, 10, setupMinutes: 15, runMinutesPerUnit: 3, operation: "Cutting");
        var fabric = Guid.CreateVersion7();
        var thread = Guid.CreateVersion7();
        BomLine[] bom = [new(WorkshopId, _productId, fabric, 1.5m), new(WorkshopId, _productId, thread, 0.25m)];

        order.Release([cutting], bom, Now);

        order.Status.ShouldBe(WorkOrderStatus.Released);
        order.ReleasedAt.ShouldBe(Now);
        var step = order.Steps.ShouldHaveSingleItem();
        step.Operation.ShouldBe("Cutting");
        step.Sequence.ShouldBe(10);
        step.WorkstationId.ShouldBe(cutting.WorkstationId);
        step.SetupMinutes.ShouldBe(15);
        step.RunMinutesPerUnit.ShouldBe(3);
        step.State.ShouldBe(StepState.Pending);
        step.WorkOrderId.ShouldBe(order.Id);
        order.Materials.Count.ShouldBe(2);
        order.Materials[0].ItemId.ShouldBe(fabric);
        order.Materials[0].QuantityPer.ShouldBe(1.5m);
        order.Materials[0].RequiredQuantity.ShouldBe(18m);
        order.Materials[1].ItemId.ShouldBe(thread);
        order.Materials[1].RequiredQuantity.ShouldBe(3m);
    }

    [Fact]
    public void Releasing_puts_the_steps_in_sequence_order()
    {
        var order = AWorkOrder(productId: _productId).Draft();
        var routing = new[]
        {
            RoutingStep(_productId, 30, operation: "Pressing"),
            RoutingStep(_productId, 10, operation: "Cutting"),
            RoutingStep(_productId, 20, operation: "Sewing"),
        };

        order.Release(routing, [], Now);

        order.Steps.Select(s => s.Operation).ShouldBe(["Cutting", "Sewing", "Pressing"]);
        order.Steps.Select(s => s.Sequence).ShouldBe([10, 20, 30]);
    }

    [Fact]
    public void Later_changes_to_the_routing_and_bom_do_not_change_a_released_order()
    {
        var order = AWorkOrder(productId: _productId).Draft(quantity: 10);
        var sewing = RoutingStep(_productId, 10, setupMinutes: 5, runMinutesPerUnit: 4, operation: "Sewing");
        var bomLine = new BomLine(WorkshopId, _productId, Guid.CreateVersion7(), 2);
        order.Release([sewing], [bomLine], Now);

        sewing.ChangeTimes(30, 9);
        sewing.Resequence(50);
        bomLine.ChangeQuantity(7);

        var step = order.Steps.ShouldHaveSingleItem();
        step.SetupMinutes.ShouldBe(5);
        step.RunMinutesPerUnit.ShouldBe(4);
        step.Sequence.ShouldBe(10);
        order.Materials.ShouldHaveSingleItem().RequiredQuantity.ShouldBe(20);
    }

    [Fact]
    public void Release_needs_a_routing()
    {
        var order = AWorkOrder(productId: _productId).Draft();

        Should.Throw<DomainRuleException>(() => order.Release([], [], Now)).Code.ShouldBe("work_order.no_routing");
        order.Status.ShouldBe(WorkOrderStatus.Draft);
        order.Steps.ShouldBeEmpty();
    }

    [Fact]
    public void Release_refuses_another_products_routing()
    {
        var order = AWorkOrder(productId: _productId).Draft();
        var otherProduct = Guid.CreateVersion7();

        Should.Throw<DomainRuleException>(() => order.Release([RoutingStep(_productId, 10), RoutingStep(otherProduct, 20)], [], Now))
            .Code.ShouldBe("work_order.routing_of_other_product");
        order.Status.ShouldBe(WorkOrderStatus.Draft);
        order.Steps.ShouldBeEmpty();
    }

    [Fact]
    public void Release_refuses_another_products_bom()
    {
        var order = AWorkOrder(productId: _productId).Draft();
        var otherProduct = Guid.CreateVersion7();
        var foreignBom = new BomLine(WorkshopId, otherProduct, Guid.CreateVersion7(), 1);

        Should.Throw<DomainRuleException>(() => order.Release([RoutingStep(_productId, 10)], [foreignBom], Now))
            .Code.ShouldBe("work_order.routing_of_other_product");
        order.Status.ShouldBe(WorkOrderStatus.Draft);
        order.Materials.ShouldBeEmpty();
    }

    [Fact]
    public void A_released_order_cannot_be_released_again()
    {
        var order = AWorkOrder(steps: 2).Released();

        Should.Throw<DomainRuleException>(() => order.Release(Routing(order.ProductId, 3), [], Now))
            .Code.ShouldBe("work_order.illegal_transition");
        order.Steps.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Released)]
    [InlineData(WorkOrderStatus.InProgress)]
    public void Holding_keeps_the_reason_and_resuming_returns_to_where_the_order_was(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);

        order.Hold("Machine broken");

        order.Status.ShouldBe(WorkOrderStatus.OnHold);
        order.HeldFrom.ShouldBe(status);
        order.HoldReason.ShouldBe("Machine broken");

        order.Resume();

        order.Status.ShouldBe(status);
        order.HeldFrom.ShouldBeNull();
        order.HoldReason.ShouldBeNull();
    }

    [Fact]
    public void Holding_without_a_reason_is_refused_and_leaves_the_order_as_it_was()
    {
        var order = AWorkOrder().Released();

        Should.Throw<DomainRuleException>(() => order.Hold(" ")).Code.ShouldBe("rule.required");
        order.Status.ShouldBe(WorkOrderStatus.Released);
        order.HeldFrom.ShouldBeNull();
    }

    [Theory]
    [InlineData(WorkOrderStatus.Draft)]
    [InlineData(WorkOrderStatus.OnHold)]
    [InlineData(WorkOrderStatus.Completed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void Only_a_released_or_running_order_can_be_held(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);

        Should.Throw<DomainRuleException>(() => order.Hold("Waiting")).Code.ShouldBe("work_order.illegal_transition");
        order.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Draft)]
    [InlineData(WorkOrderStatus.Released)]
    [InlineData(WorkOrderStatus.InProgress)]
    [InlineData(WorkOrderStatus.Completed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void Only_an_order_on_hold_can_be_resumed(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);

        Should.Throw<DomainRuleException>(order.Resume).Code.ShouldBe("work_order.illegal_transition");
        order.Status.ShouldBe(status);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Draft)]
    [InlineData(WorkOrderStatus.Released)]
    [InlineData(WorkOrderStatus.InProgress)]
    [InlineData(WorkOrderStatus.OnHold)]
    public void An_open_order_can_be_cancelled(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);

        order.Cancel();

        order.Status.ShouldBe(WorkOrderStatus.Cancelled);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Completed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void A_closed_order_cannot_be_cancelled(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);

        Should.Throw<DomainRuleException>(order.Cancel).Code.ShouldBe("work_order.illegal_transition");
        order.Status.ShouldBe(status);
    }

    [Fact]
    public void An_order_with_every_step_finished_can_be_completed()
    {
        var order = AWorkOrder(steps: 3).Released();
        order.FinishAllSteps();

        order.Complete(Now.AddHours(6));

        order.Status.ShouldBe(WorkOrderStatus.Completed);
        order.CompletedAt.ShouldBe(Now.AddHours(6));
    }

    [Fact]
    public void Complete_is_refused_while_a_step_is_unfinished()
    {
        var order = AWorkOrder(steps: 2).Started();
        order.RecordFinish(order.Steps[0], good: 10);

        Should.Throw<DomainRuleException>(() => order.Complete(Now)).Code.ShouldBe("work_order.steps_unfinished");
        order.Status.ShouldBe(WorkOrderStatus.InProgress);
        order.CompletedAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(WorkOrderStatus.Draft)]
    [InlineData(WorkOrderStatus.Released)]
    [InlineData(WorkOrderStatus.OnHold)]
    [InlineData(WorkOrderStatus.Completed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void Only_an_order_in_progress_can_be_completed(WorkOrderStatus status)
    {
        var order = AWorkOrder().In(status);

        Should.Throw<DomainRuleException>(() => order.Complete(Now)).Code.ShouldBe("work_order.illegal_transition");
        order.Status.ShouldBe(status);
    }

    [Fact]
    public void Good_quantity_comes_from_the_last_step_and_progress_from_every_step()
    {
        var order = AWorkOrder(steps: 2).Started(quantity: 10);
        order.RecordOutput(order.Steps[0], good: 8, scrap: 1);
        order.RecordStart(order.Steps[1]);
        order.RecordOutput(order.Steps[1], good: 3, scrap: 2);

        order.GoodQuantity.ShouldBe(3);
        order.Progress.ShouldBe(0.55m);
        order.ScrapQuantity.ShouldBe(3);
    }

    [Fact]
    public void Progress_shows_work_done_before_anything_comes_out_of_the_last_step()
    {
        var order = AWorkOrder(steps: 2).Started(quantity: 10);
        order.RecordOutput(order.Steps[0], good: 10);

        order.GoodQuantity.ShouldBe(0);
        order.Progress.ShouldBe(0.5m);
    }

    [Fact]
    public void Progress_stops_at_one_when_the_floor_makes_more_than_ordered()
    {
        var order = AWorkOrder(steps: 1).Started(quantity: 10);
        order.RecordOutput(order.Steps[0], good: 12);

        order.GoodQuantity.ShouldBe(12);
        order.Progress.ShouldBe(1);
    }

    [Fact]
    public void A_draft_has_no_good_quantity_and_no_progress()
    {
        var order = AWorkOrder().Draft();

        order.GoodQuantity.ShouldBe(0);
        order.Progress.ShouldBe(0);
    }

    [Fact]
    public void Remaining_minutes_add_up_per_workstation_and_drop_as_work_is_done()
    {
        var cuttingTable = Guid.CreateVersion7();
        var sewingMachine = Guid.CreateVersion7();
        var order = AWorkOrder(productId: _productId).Draft(quantity: 10);
        order.Release(
            [
                RoutingStep(_productId, 10, cuttingTable, setupMinutes: 15, runMinutesPerUnit: 2),
                RoutingStep(_productId, 20, sewingMachine, setupMinutes: 5, runMinutesPerUnit: 1),
                RoutingStep(_productId, 30, cuttingTable, setupMinutes: 10, runMinutesPerUnit: 3),
            ],
            [],
            Now);

        var planned = order.RemainingMinutesByWorkstation();

        planned[cuttingTable].ShouldBe(15 + 20 + 10 + 30);
        planned[sewingMachine].ShouldBe(5 + 10);

        order.RecordStart(order.Steps[0]);
        order.RecordOutput(order.Steps[0], good: 4);

        // Setup is done once the step has started; only the 6 units left still need run time.
        order.RemainingMinutesByWorkstation()[cuttingTable].ShouldBe(12 + 10 + 30);

        order.RecordFinish(order.Steps[0], good: 6);

        order.RemainingMinutesByWorkstation()[cuttingTable].ShouldBe(10 + 30);
    }

    [Fact]
    public void A_finished_order_has_no_remaining_minutes()
    {
        var order = AWorkOrder(steps: 2).Released();
        order.FinishAllSteps();

        order.RemainingMinutesByWorkstation().ShouldBeEmpty();
    }

    [Fact]
    public void Materials_track_what_is_still_outstanding()
    {
        var order = AWorkOrder(productId: _productId).Draft(quantity: 4);
        order.Release([RoutingStep(_productId, 10)], [new BomLine(WorkshopId, _productId, Guid.CreateVersion7(), 2.5m)], Now);
        var material = order.Materials.ShouldHaveSingleItem();

        material.RecordConsumption(6);

        material.ConsumedQuantity.ShouldBe(6);
        material.OutstandingQuantity.ShouldBe(4);

        material.RecordConsumption(5);

        material.OutstandingQuantity.ShouldBe(0);
        Should.Throw<DomainRuleException>(() => material.RecordConsumption(0)).Code.ShouldBe("rule.positive");
    }
}
