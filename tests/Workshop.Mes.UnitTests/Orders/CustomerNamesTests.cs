using Workshop.Mes.Domain.Orders;

namespace Workshop.Mes.UnitTests.Orders;

public sealed class CustomerNamesTests
{
    private static readonly DateOnly _day = new(2026, 11, 10);

    [Theory]
    [InlineData("  누죤 A-203 ", "누죤 A-203")]
    [InlineData("누죤   A-203", "누죤 A-203")]
    [InlineData("누죤\tA-203", "누죤 A-203")]
    [InlineData("누죤\u3000A-203", "누죤 A-203")]
    [InlineData("한빛상사", "한빛상사")]
    public void A_name_is_stored_trimmed_with_single_spaces(string typed, string stored)
    {
        CustomerNames.Tidy(typed).ShouldBe(stored);
    }

    [Fact]
    public void Names_that_differ_only_in_blanks_and_case_are_the_same_customer()
    {
        CustomerNames.Key(" 누죤  a-203").ShouldBe(CustomerNames.Key("누죤 A-203"));
        CustomerNames.Key("누죤A-203").ShouldNotBe(CustomerNames.Key("누죤 A-203"), "a missing space is a different spelling, not a blank more or less");
        CustomerNames.Key("누죤 A-204").ShouldNotBe(CustomerNames.Key("누죤 A-203"));
    }

    [Fact]
    public void A_near_duplicate_is_stored_in_the_spelling_the_workshop_already_uses()
    {
        CustomerNames.Existing("  누죤  a-203 ", [new("누죤 A-203", 3, _day), new("한빛상사", 1, _day)]).ShouldBe("누죤 A-203");
    }

    [Fact]
    public void Among_several_old_spellings_the_most_used_wins_then_the_most_recent()
    {
        CustomerNames.Existing("누죤 a-203", [new("누죤 A-203", 1, _day), new("누죤  A-203", 4, _day.AddDays(-30))]).ShouldBe("누죤  A-203");
        CustomerNames.Existing("누죤 a-203", [new("누죤 A-203", 2, _day.AddDays(-30)), new("누죤 a-203", 2, _day)]).ShouldBe("누죤 a-203");
    }

    [Fact]
    public void A_new_customer_is_stored_tidied()
    {
        CustomerNames.Existing("  동대문  패션 ", [new("누죤 A-203", 3, _day)]).ShouldBe("동대문 패션");
        CustomerNames.Existing("동대문 패션", []).ShouldBe("동대문 패션");
    }

    [Fact]
    public void Choices_are_one_per_customer_most_recent_first_then_most_frequent()
    {
        CustomerNameUse[] uses =
        [
            new("한빛상사", 5, _day.AddDays(-10)),
            new("누죤 A-203", 2, _day),
            new("누죤  a-203", 1, _day.AddDays(-40)),
            new("동대문 패션", 9, _day),
            new("옛날 고객", 1, _day.AddDays(-400)),
        ];

        var choices = CustomerNames.Choices(uses, search: null, limit: 10);

        choices.Select(c => c.Name).ShouldBe(["동대문 패션", "누죤 A-203", "한빛상사", "옛날 고객"]);
        choices[1].Orders.ShouldBe(3, "both spellings count for the customer");
    }

    [Theory]
    [InlineData("누죤")]
    [InlineData("a-203")]
    [InlineData("누죤A")]
    [InlineData(" 죤 a-2 ")]
    public void A_search_matches_part_of_the_name_ignoring_blanks_and_case(string search)
    {
        CustomerNames.Choices([new("누죤 A-203", 2, _day), new("한빛상사", 5, _day)], search, 10).Select(c => c.Name).ShouldBe(["누죤 A-203"]);
    }

    [Fact]
    public void Choices_stop_at_the_limit()
    {
        var uses = Enumerable.Range(1, 30).Select(i => new CustomerNameUse($"고객 {i}", 1, _day.AddDays(-i)));

        CustomerNames.Choices(uses, null, 5).Select(c => c.Name).ShouldBe(["고객 1", "고객 2", "고객 3", "고객 4", "고객 5"]);
    }
}
