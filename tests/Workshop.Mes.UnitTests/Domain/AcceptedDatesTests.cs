using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class AcceptedDatesTests
{
    [Theory]
    [InlineData("2000-01-01", true)]
    [InlineData("2026-11-10", true)]
    [InlineData("2100-12-31", true)]
    [InlineData("1999-12-31", false)]
    [InlineData("2101-01-01", false)]
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void Days_from_2000_to_2100_are_accepted(string day, bool accepted)
    {
        AcceptedDates.Contains(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(accepted);
    }

    [Fact]
    public void Moments_count_by_their_day_in_utc()
    {
        AcceptedDates.Contains(DateTimeOffset.MinValue).ShouldBeFalse();
        AcceptedDates.Contains(DateTimeOffset.MaxValue).ShouldBeFalse();
        AcceptedDates.Contains(new DateTimeOffset(2100, 12, 31, 23, 59, 59, TimeSpan.Zero)).ShouldBeTrue();
        AcceptedDates.Contains(new DateTimeOffset(2101, 1, 1, 8, 0, 0, TimeSpan.FromHours(9))).ShouldBeTrue(); // 2100-12-31 23:00 UTC
    }

    [Fact]
    public void An_entity_refuses_a_day_outside_the_range_as_a_broken_rule()
    {
        var broken = Should.Throw<DomainRuleException>(() => Guard.AcceptedDate(DateOnly.MaxValue, "dueDate"));

        broken.Code.ShouldBe("rule.date_out_of_range");
        broken.Arguments.ShouldBe(["dueDate", "2000-01-01", "2100-12-31"]);
    }
}
