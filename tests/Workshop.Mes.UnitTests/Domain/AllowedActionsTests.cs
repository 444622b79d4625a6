using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.WorkOrders;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

/// <summary>The answers pages show before anyone tries: which plan fields an order's status lets change, and when a customer order is editable.</summary>
public sealed class AllowedActionsTests
{
    [Theory]
    [InlineData(WorkOrderStatus.Draft, true, true, false)]
    [InlineData(WorkOrderStatus.Released, false, true, true)]
    [InlineData(WorkOrderStatus.InProgress, false, true, true)]
    [InlineData(WorkOrderStatus.OnHold, false, true, false)]
    [InlineData(WorkOrderStatus.Completed, false, false, false)]
    [InlineData(WorkOrderStatus.Cancelled, false, false, false)]
    public void A_work_orders_status_decides_quantity_schedule_and_recording(WorkOrderStatus status, bool quantity, bool schedule, bool record)
    {
        WorkOrderEditing.CanChangeQuantity(status).ShouldBe(quantity);
        WorkOrderEditing.CanReschedule(status).ShouldBe(schedule);
        WorkOrderEditing.CanRecordWork(status).ShouldBe(record);
    }

    [Fact]
    public void A_customer_order_is_editable_until_a_work_order_reaches_the_floor_or_something_ships()
    {
        var order = new CustomerOrder(WorkshopId, "SO-2611-0001", "한빛상사", Today);
        var line = order.AddLine(Guid.CreateVersion7(), 10, Today.AddDays(7));

        order.IsEditableWith([WorkOrderStatus.Draft, WorkOrderStatus.Cancelled]).ShouldBeTrue();
        order.IsEditableWith([WorkOrderStatus.Released]).ShouldBeFalse();

        order.RecordShipment(line.Id, 4);

        order.IsEditableWith([]).ShouldBeFalse();
        order.CanCancel.ShouldBeFalse();
        order.IsClosed.ShouldBeFalse();
    }
}
