using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Orders;
using static Workshop.Mes.UnitTests.Domain.DomainBuilders;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class CustomerOrderAndShipmentTests
{
    private static readonly TimeZoneInfo _seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    private readonly Guid _shirt = Guid.CreateVersion7();
    private readonly Guid _trousers = Guid.CreateVersion7();

    [Fact]
    public void A_new_order_is_open_and_numbers_its_lines()
    {
        var order = NewOrder();

        var first = order.AddLine(_shirt, 100, Today.AddDays(10));
        var second = order.AddLine(_trousers, 40, Today.AddDays(20));

        order.Status.ShouldBe(CustomerOrderStatus.Open);
        order.Lines.Count.ShouldBe(2);
        first.LineNumber.ShouldBe(1);
        second.LineNumber.ShouldBe(2);
        second.ProductId.ShouldBe(_trousers);
        second.Quantity.ShouldBe(40);
        second.CustomerOrderId.ShouldBe(order.Id);
        second.RemainingQuantity.ShouldBe(40);
    }

    [Fact]
    public void An_order_needs_a_customer()
    {
        Should.Throw<DomainRuleException>(() => new CustomerOrder(WorkshopId, "SO-2611-0001", "", Today))
            .Code.ShouldBe("rule.required");
    }

    [Fact]
    public void A_line_due_before_the_order_date_is_refused()
    {
        var order = NewOrder();

        Should.Throw<DomainRuleException>(() => order.AddLine(_shirt, 10, Today.AddDays(-1))).Code.ShouldBe("customer_order.due_before_order");
        order.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void A_line_due_on_the_order_date_is_allowed()
    {
        var order = NewOrder();

        order.AddLine(_shirt, 10, Today).DueDate.ShouldBe(Today);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void A_line_for_no_units_is_refused(decimal quantity)
    {
        var order = NewOrder();

        Should.Throw<DomainRuleException>(() => order.AddLine(_shirt, quantity, Today)).Code.ShouldBe("rule.positive");
        order.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void Shipping_part_of_an_order_makes_it_partially_shipped_then_shipped()
    {
        var order = NewOrder();
        var shirts = order.AddLine(_shirt, 100, Today.AddDays(10));
        var trousers = order.AddLine(_trousers, 40, Today.AddDays(10));
        var shipment = NewShipment(order);

        shipment.Ship(order, shirts.Id, lotId: null, 60);

        shirts.ShippedQuantity.ShouldBe(60);
        shirts.RemainingQuantity.ShouldBe(40);
        order.Status.ShouldBe(CustomerOrderStatus.PartiallyShipped);

        shipment.Ship(order, shirts.Id, lotId: null, 40);

        shirts.IsFullyShipped.ShouldBeTrue();
        order.Status.ShouldBe(CustomerOrderStatus.PartiallyShipped);

        NewShipment(order).Ship(order, trousers.Id, lotId: null, 40);

        order.Status.ShouldBe(CustomerOrderStatus.Shipped);
    }

    [Fact]
    public void A_shipment_line_records_the_lot_and_quantity_shipped()
    {
        var order = NewOrder();
        var line = order.AddLine(_shirt, 100, Today.AddDays(10));
        var shipment = NewShipment(order);
        var lot = Guid.CreateVersion7();

        var shipped = shipment.Ship(order, line.Id, lot, 25);

        shipment.Lines.ShouldHaveSingleItem().ShouldBeSameAs(shipped);
        shipped.ShipmentId.ShouldBe(shipment.Id);
        shipped.CustomerOrderLineId.ShouldBe(line.Id);
        shipped.LotId.ShouldBe(lot);
        shipped.Quantity.ShouldBe(25);
    }

    [Fact]
    public void Shipping_more_than_is_left_on_the_line_is_refused()
    {
        var order = NewOrder();
        var line = order.AddLine(_shirt, 100, Today.AddDays(10));
        var shipment = NewShipment(order);
        shipment.Ship(order, line.Id, lotId: null, 90);

        Should.Throw<DomainRuleException>(() => shipment.Ship(order, line.Id, lotId: null, 11)).Code.ShouldBe("customer_order.over_shipment");
        line.ShippedQuantity.ShouldBe(90);
        shipment.Lines.Count.ShouldBe(1);
    }

    [Fact]
    public void Shipping_nothing_is_refused()
    {
        var order = NewOrder();
        var line = order.AddLine(_shirt, 100, Today.AddDays(10));

        Should.Throw<DomainRuleException>(() => order.RecordShipment(line.Id, 0)).Code.ShouldBe("rule.positive");
        order.Status.ShouldBe(CustomerOrderStatus.Open);
    }

    [Fact]
    public void Shipping_against_an_unknown_line_is_refused()
    {
        var order = NewOrder();
        order.AddLine(_shirt, 100, Today.AddDays(10));

        Should.Throw<DomainRuleException>(() => order.RecordShipment(Guid.CreateVersion7(), 5)).Code.ShouldBe("customer_order.line_not_found");
    }

    [Fact]
    public void A_shipment_cannot_ship_against_another_order()
    {
        var order = NewOrder();
        var other = NewOrder();
        var line = other.AddLine(_shirt, 10, Today.AddDays(3));
        var shipment = NewShipment(order);

        Should.Throw<DomainRuleException>(() => shipment.Ship(other, line.Id, lotId: null, 5)).Code.ShouldBe("shipment.wrong_order");
        line.ShippedQuantity.ShouldBe(0);
        shipment.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void An_order_with_nothing_shipped_can_be_cancelled()
    {
        var order = NewOrder();
        order.AddLine(_shirt, 10, Today.AddDays(3));

        order.Cancel();

        order.Status.ShouldBe(CustomerOrderStatus.Cancelled);
    }

    [Fact]
    public void Cancelling_after_something_was_shipped_is_refused()
    {
        var order = NewOrder();
        var line = order.AddLine(_shirt, 10, Today.AddDays(3));
        order.RecordShipment(line.Id, 4);

        Should.Throw<DomainRuleException>(order.Cancel).Code.ShouldBe("customer_order.cannot_cancel");
        order.Status.ShouldBe(CustomerOrderStatus.PartiallyShipped);
    }

    [Fact]
    public void A_fully_shipped_or_cancelled_order_cannot_be_cancelled_again()
    {
        var shipped = NewOrder();
        var line = shipped.AddLine(_shirt, 10, Today.AddDays(3));
        shipped.RecordShipment(line.Id, 10);
        var cancelled = NewOrder();
        cancelled.Cancel();

        Should.Throw<DomainRuleException>(shipped.Cancel).Code.ShouldBe("customer_order.cannot_cancel");
        Should.Throw<DomainRuleException>(cancelled.Cancel).Code.ShouldBe("customer_order.cannot_cancel");
    }

    [Fact]
    public void Lines_cannot_be_added_to_a_closed_order()
    {
        var shipped = NewOrder();
        var line = shipped.AddLine(_shirt, 10, Today.AddDays(3));
        shipped.RecordShipment(line.Id, 10);
        var cancelled = NewOrder();
        cancelled.Cancel();

        Should.Throw<DomainRuleException>(() => shipped.AddLine(_trousers, 5, Today.AddDays(3))).Code.ShouldBe("customer_order.closed");
        Should.Throw<DomainRuleException>(() => cancelled.AddLine(_trousers, 5, Today.AddDays(3))).Code.ShouldBe("customer_order.closed");
        shipped.Lines.Count.ShouldBe(1);
        cancelled.Lines.ShouldBeEmpty();
    }

    [Fact]
    public void Nothing_can_be_shipped_on_a_cancelled_order()
    {
        var order = NewOrder();
        var line = order.AddLine(_shirt, 10, Today.AddDays(3));
        order.Cancel();

        Should.Throw<DomainRuleException>(() => NewShipment(order).Ship(order, line.Id, lotId: null, 5)).Code.ShouldBe("customer_order.closed");
        line.ShippedQuantity.ShouldBe(0);
    }

    [Fact]
    public void A_shipment_stores_its_time_in_utc()
    {
        var shipment = new Shipment(WorkshopId, "SH-2611-0001", Guid.CreateVersion7(), new DateTimeOffset(2026, 11, 10, 17, 30, 0, TimeSpan.FromHours(9)));

        shipment.ShippedAt.ShouldBe(new DateTimeOffset(2026, 11, 10, 8, 30, 0, TimeSpan.Zero));
        shipment.ShippedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_shipment_late_in_the_utc_day_is_already_the_next_day_in_seoul()
    {
        var shippedAt = new DateTimeOffset(2026, 3, 31, 16, 0, 0, TimeSpan.Zero);

        Shipment.IsOnTime(shippedAt, new DateOnly(2026, 3, 31), _seoul).ShouldBeFalse();
        Shipment.IsOnTime(shippedAt, new DateOnly(2026, 4, 1), _seoul).ShouldBeTrue();
    }

    [Fact]
    public void A_shipment_just_before_midnight_in_seoul_is_on_time()
    {
        var shippedAt = new DateTimeOffset(2026, 3, 31, 14, 59, 0, TimeSpan.Zero);

        Shipment.IsOnTime(shippedAt, new DateOnly(2026, 3, 31), _seoul).ShouldBeTrue();
    }

    [Fact]
    public void A_shipment_before_the_due_date_is_on_time()
    {
        var shippedAt = new DateTimeOffset(2026, 3, 20, 10, 0, 0, TimeSpan.FromHours(9));

        Shipment.IsOnTime(shippedAt, new DateOnly(2026, 3, 31), _seoul).ShouldBeTrue();
    }

    private static CustomerOrder NewOrder() => new(WorkshopId, "SO-2611-0001", "Hanbit Uniforms", Today);

    private static Shipment NewShipment(CustomerOrder order) => new(WorkshopId, "SH-2611-0001", order.Id, Now);
}
