using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Web.Features.Orders;

namespace Workshop.Mes.ComponentTests.Orders;

/// <summary>The size field of an order line, read the way a paper order is written.</summary>
public sealed class SizeBreakdownTextTests
{
    [Theory]
    [InlineData("28:15, 30:20, 32:15, 34:10")]
    [InlineData("28=15; 30=20; 32=15; 34=10")]
    [InlineData("28 15, 30 20, 32 15, 34 10")]
    [InlineData("28：15，30：20\n32:15\n34:10")]
    [InlineData(" 28 : 15 ,, 30:20, 32:15, 34:10, ")]
    public void Sizes_are_read_in_the_ways_owners_write_them(string typed)
    {
        var reading = SizeBreakdownText.Read(typed);

        reading.Unreadable.ShouldBeNull();
        reading.Sizes.ShouldBe([new("28", 15), new("30", 20), new("32", 15), new("34", 10)]);
        reading.Total.ShouldBe(60);
    }

    [Fact]
    public void A_colour_and_size_label_keeps_its_blanks_and_slash()
    {
        SizeBreakdownText.Read("네이비 / 30: 12, 곤색 / 32 = 8").Sizes.ShouldBe([new("네이비 / 30", 12), new("곤색 / 32", 8)]);
    }

    [Theory]
    [InlineData("28:15, 30", "30")]
    [InlineData("28:열다섯", "28:열다섯")]
    [InlineData(":15", ":15")]
    public void The_first_part_that_cannot_be_read_is_named(string typed, string part)
    {
        var reading = SizeBreakdownText.Read(typed);

        reading.Unreadable.ShouldBe(part);
        reading.Total.ShouldBeNull();
    }

    [Fact]
    public void An_empty_field_is_no_breakdown()
    {
        SizeBreakdownText.Read("  ").Sizes.ShouldBeEmpty();
        SizeBreakdownText.Read(null).Total.ShouldBeNull();
    }

    [Fact]
    public void A_stored_breakdown_is_written_back_the_way_it_is_typed()
    {
        SizeBreakdownText.Write([new SizeQuantityView("28", 15.0000m), new SizeQuantityView("네이비 / 30", 2.5m)]).ShouldBe("28:15, 네이비 / 30:2.5");
    }

    [Theory]
    [InlineData(null, null, 60, 60)]
    [InlineData(50, 50, 60, 60)]
    [InlineData(70, 50, 60, 70)]
    [InlineData(60, 60, null, 60)]
    [InlineData(null, null, null, null)]
    public void The_quantity_follows_the_sizes_total_until_the_owner_types_another(int? quantity, int? before, int? now, int? after)
    {
        SizeBreakdownText.QuantityAfter(quantity, before, now).ShouldBe((decimal?)after);
    }
}
