using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Orders;

namespace Workshop.Mes.UnitTests.Orders;

public sealed class SizeBreakdownTests
{
    private static readonly Guid _workshop = Guid.CreateVersion7();
    private static readonly Guid _product = Guid.CreateVersion7();
    private static readonly DateOnly _day = new(2026, 11, 10);

    [Fact]
    public void A_line_of_60_trousers_carries_its_four_sizes()
    {
        var line = Order().AddLine(_product, 60, _day.AddDays(14), [new("28", 15), new("30", 20), new(" 32 ", 15), new("34", 10)]);

        line.Sizes.ShouldBe([new("28", 15), new("30", 20), new("32", 15), new("34", 10)]);
    }

    [Fact]
    public void A_line_without_sizes_has_an_empty_breakdown()
    {
        Order().AddLine(_product, 60, _day).Sizes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void A_size_of_no_pieces_is_refused(decimal quantity)
    {
        Should.Throw<DomainRuleException>(() => Order().AddLine(_product, 60, _day, [new("28", 60 - quantity), new("30", quantity)])).Code.ShouldBe("rule.positive");
    }

    [Fact]
    public void The_same_size_twice_is_refused_even_in_another_case_or_spacing()
    {
        Should.Throw<DomainRuleException>(() => Order().AddLine(_product, 30, _day, [new("네이비 / XL", 10), new("네이비  /  xl", 20)]))
            .Code.ShouldBe("customer_order.duplicate_size");
    }

    [Fact]
    public void Sizes_that_do_not_add_up_to_the_line_are_refused()
    {
        Should.Throw<DomainRuleException>(() => Order().AddLine(_product, 60, _day, [new("28", 15), new("30", 20)])).Code.ShouldBe("customer_order.size_sum");
    }

    [Fact]
    public void Fifty_sizes_are_allowed_and_fifty_one_refused()
    {
        Order().AddLine(_product, SizeBreakdown.MaxSizes, _day, Sizes(SizeBreakdown.MaxSizes)).Sizes.Count.ShouldBe(SizeBreakdown.MaxSizes);
        Should.Throw<DomainRuleException>(() => Order().AddLine(_product, SizeBreakdown.MaxSizes + 1, _day, Sizes(SizeBreakdown.MaxSizes + 1)))
            .Code.ShouldBe("customer_order.too_many_sizes");
    }

    [Fact]
    public void A_label_of_forty_characters_is_allowed_and_forty_one_refused()
    {
        Order().AddLine(_product, 1, _day, [new(new string('가', SizeBreakdown.LabelMaxLength), 1)]).Sizes.Single().Label.Length.ShouldBe(SizeBreakdown.LabelMaxLength);
        Should.Throw<DomainRuleException>(() => Order().AddLine(_product, 1, _day, [new(new string('가', SizeBreakdown.LabelMaxLength + 1), 1)]))
            .Code.ShouldBe("customer_order.size_label_too_long");
    }

    [Fact]
    public void Changing_a_line_replaces_its_breakdown_and_a_refused_change_keeps_the_old_one()
    {
        var order = Order();
        var line = order.AddLine(_product, 60, _day, [new("28", 30), new("30", 30)]);

        order.ChangeLine(line.Id, _product, 40, _day, [new("S", 10), new("M", 30)]);
        line.Sizes.ShouldBe([new("S", 10), new("M", 30)]);

        Should.Throw<DomainRuleException>(() => order.ChangeLine(line.Id, _product, 50, _day, [new("S", 10)]));
        (line.Quantity, line.Sizes.Count).ShouldBe((40m, 2));

        order.ChangeLine(line.Id, _product, 50, _day);
        line.Sizes.ShouldBeEmpty();
    }

    private static CustomerOrder Order() => new(_workshop, "CO-2611-0001", "누죤 A-203", _day);

    private static List<OrderLineSize> Sizes(int count) => [.. Enumerable.Range(1, count).Select(i => new OrderLineSize($"{i}", 1))];
}
