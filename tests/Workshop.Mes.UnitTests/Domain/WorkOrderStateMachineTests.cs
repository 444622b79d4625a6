using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class WorkOrderStateMachineTests
{
    /// <summary>The whole table, as the workshop owner would draw it on the whiteboard.</summary>
    public static readonly TheoryData<WorkOrderStatus, WorkOrderAction, WorkOrderStatus> LegalTransitions = new()
    {
        { WorkOrderStatus.Draft, WorkOrderAction.Release, WorkOrderStatus.Released },
        { WorkOrderStatus.Draft, WorkOrderAction.Cancel, WorkOrderStatus.Cancelled },
        { WorkOrderStatus.Released, WorkOrderAction.Start, WorkOrderStatus.InProgress },
        { WorkOrderStatus.Released, WorkOrderAction.Hold, WorkOrderStatus.OnHold },
        { WorkOrderStatus.Released, WorkOrderAction.Cancel, WorkOrderStatus.Cancelled },
        { WorkOrderStatus.InProgress, WorkOrderAction.Hold, WorkOrderStatus.OnHold },
        { WorkOrderStatus.InProgress, WorkOrderAction.Complete, WorkOrderStatus.Completed },
        { WorkOrderStatus.InProgress, WorkOrderAction.Cancel, WorkOrderStatus.Cancelled },
        { WorkOrderStatus.OnHold, WorkOrderAction.Cancel, WorkOrderStatus.Cancelled },
    };

    public static TheoryData<WorkOrderStatus, WorkOrderAction> IllegalTransitions()
    {
        var legal = LegalTransitions.Select(row => (row.Data.Item1, row.Data.Item2)).ToHashSet();
        var illegal = new TheoryData<WorkOrderStatus, WorkOrderAction>();
        foreach (var status in Enum.GetValues<WorkOrderStatus>())
        {
            foreach (var action in Enum.GetValues<WorkOrderAction>())
            {
                var isResumeFromHold = status == WorkOrderStatus.OnHold && action == WorkOrderAction.Resume;
                if (!legal.Contains((status, action)) && !isResumeFromHold)
                {
                    illegal.Add(status, action);
                }
            }
        }

        return illegal;
    }

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void Every_transition_in_the_table_leads_to_its_status(WorkOrderStatus from, WorkOrderAction action, WorkOrderStatus expected)
    {
        var to = WorkOrderStateMachine.Apply(from, action);

        to.ShouldBe(expected);
        WorkOrderStateMachine.CanApply(from, action).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Every_move_not_in_the_table_is_refused(WorkOrderStatus from, WorkOrderAction action)
    {
        var error = Should.Throw<DomainRuleException>(() => WorkOrderStateMachine.Apply(from, action, heldFrom: WorkOrderStatus.InProgress));

        error.Code.ShouldBe("work_order.illegal_transition");
        error.Arguments[0].ShouldBe(from.ToString());
        error.Arguments[1].ShouldBe(action.ToString());
        WorkOrderStateMachine.CanApply(from, action, WorkOrderStatus.InProgress).ShouldBeFalse();
    }

    [Fact]
    public void The_illegal_moves_are_all_the_other_pairs()
    {
        var pairs = Enum.GetValues<WorkOrderStatus>().Length * Enum.GetValues<WorkOrderAction>().Length;

        // 9 table rows plus resuming from hold are legal; everything else must be refused.
        IllegalTransitions().Count.ShouldBe(pairs - LegalTransitions.Count - 1);
    }

    [Theory]
    [InlineData(WorkOrderStatus.Released)]
    [InlineData(WorkOrderStatus.InProgress)]
    public void Resume_returns_to_the_status_the_order_was_held_from(WorkOrderStatus heldFrom)
    {
        var to = WorkOrderStateMachine.Apply(WorkOrderStatus.OnHold, WorkOrderAction.Resume, heldFrom);

        to.ShouldBe(heldFrom);
        WorkOrderStateMachine.CanApply(WorkOrderStatus.OnHold, WorkOrderAction.Resume, heldFrom).ShouldBeTrue();
    }

    [Fact]
    public void Resume_without_knowing_where_the_order_was_held_from_is_refused()
    {
        Should.Throw<DomainRuleException>(() => WorkOrderStateMachine.Apply(WorkOrderStatus.OnHold, WorkOrderAction.Resume))
            .Code.ShouldBe("work_order.illegal_transition");
        WorkOrderStateMachine.CanApply(WorkOrderStatus.OnHold, WorkOrderAction.Resume).ShouldBeFalse();
    }
}
