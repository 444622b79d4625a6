using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.WorkOrders;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.WorkOrders;

/// <summary>ADR 0035: completing with nothing good is refused; such an order is closed short with a reason.</summary>
public sealed class CloseShortTests
{
    [Fact]
    public void Completing_with_nothing_good_is_refused()
    {
        var order = AWorkOrder(2).Started(quantity: 100);
        order.RecordFinish(order.Steps[0], good: 100);
        order.RecordStart(order.Steps[1]);
        order.RecordFinish(order.Steps[1], good: 0);

        Should.Throw<DomainRuleException>(() => order.Complete(Now)).Code.ShouldBe("work_order.nothing_made");
        order.Status.ShouldBe(WorkOrderStatus.InProgress);
        order.CompletedAt.ShouldBeNull();
    }

    [Fact]
    public void Completing_below_the_ordered_quantity_stays_allowed()
    {
        var order = AWorkOrder(1).Started(quantity: 100);
        order.RecordFinish(order.Steps[0], good: 40);

        order.Complete(Now);

        order.Status.ShouldBe(WorkOrderStatus.Completed);
        order.ClosedShortReason.ShouldBeNull();
    }

    [Fact]
    public void Closing_short_with_a_reason_completes_the_order_and_keeps_the_reason()
    {
        var order = AWorkOrder(1).Started(quantity: 100);
        order.RecordFinish(order.Steps[0], good: 0);

        order.CloseShort("  원단 불량으로 생산 중단  ", Now.AddHours(2));

        order.Status.ShouldBe(WorkOrderStatus.Completed);
        order.CompletedAt.ShouldBe(Now.AddHours(2));
        order.ClosedShortReason.ShouldBe("원단 불량으로 생산 중단");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Closing_short_needs_a_reason(string? reason)
    {
        var order = AWorkOrder(1).Started(quantity: 100);
        order.RecordFinish(order.Steps[0], good: 0);

        Should.Throw<DomainRuleException>(() => order.CloseShort(reason!, Now)).Code.ShouldBe("rule.required");
        order.Status.ShouldBe(WorkOrderStatus.InProgress);
    }

    [Fact]
    public void An_order_that_made_its_quantity_is_completed_not_closed_short()
    {
        var order = AWorkOrder(1).Started(quantity: 10);
        order.RecordFinish(order.Steps[0], good: 10);

        Should.Throw<DomainRuleException>(() => order.CloseShort("이유", Now)).Code.ShouldBe("work_order.not_short");
    }

    [Fact]
    public void Closing_short_still_needs_every_step_finished_and_an_order_in_progress()
    {
        var running = AWorkOrder(2).Started(quantity: 10);
        Should.Throw<DomainRuleException>(() => running.CloseShort("이유", Now)).Code.ShouldBe("work_order.steps_unfinished");

        var released = AWorkOrder().Released();
        Should.Throw<DomainRuleException>(() => released.CloseShort("이유", Now)).Code.ShouldBe("work_order.illegal_transition");
    }
}
