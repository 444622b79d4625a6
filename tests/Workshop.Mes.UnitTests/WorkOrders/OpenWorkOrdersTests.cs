using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.UnitTests.WorkOrders;

public sealed class OpenWorkOrdersTests
{
    [Theory]
    [InlineData(WorkOrderStatus.Released)]
    [InlineData(WorkOrderStatus.InProgress)]
    [InlineData(WorkOrderStatus.OnHold)]
    public void Released_running_and_held_orders_are_open(WorkOrderStatus status) =>
        OpenWorkOrders.Includes(status).ShouldBeTrue();

    [Theory]
    [InlineData(WorkOrderStatus.Draft)]
    [InlineData(WorkOrderStatus.Completed)]
    [InlineData(WorkOrderStatus.Cancelled)]
    public void Drafts_and_closed_orders_are_not_open(WorkOrderStatus status) =>
        OpenWorkOrders.Includes(status).ShouldBeFalse();
}
