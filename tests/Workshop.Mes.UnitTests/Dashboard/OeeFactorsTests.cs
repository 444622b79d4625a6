using Workshop.Mes.Domain.Dashboard;

namespace Workshop.Mes.UnitTests.Dashboard;

public sealed class OeeFactorsTests
{
    [Fact]
    public void Availability_performance_and_quality_multiply_into_oee()
    {
        // 400 minutes run, 80 down; 95 pieces at 4 standard minutes = 380; 90 good of 95.
        var oee = OeeFactors.From(runMinutes: 400, downMinutes: 80, standardMinutes: 380, good: 90, scrap: 5);

        oee.Availability.ShouldBe(0.8333m);
        oee.Performance.ShouldBe(0.95m);
        oee.Quality.ShouldBe(0.9474m);
        oee.Oee.ShouldBe(0.75m);
    }

    [Fact]
    public void Without_a_routing_time_performance_and_oee_are_unknown_not_zero()
    {
        var oee = OeeFactors.From(runMinutes: 300, downMinutes: 0, standardMinutes: null, good: 50, scrap: 0);

        oee.Availability.ShouldBe(1m);
        oee.Performance.ShouldBeNull();
        oee.Quality.ShouldBe(1m);
        oee.Oee.ShouldBeNull();
    }

    [Fact]
    public void A_station_that_neither_ran_nor_stood_still_has_no_factors()
    {
        var oee = OeeFactors.From(0, 0, 0, 0, 0);

        oee.ShouldBe(new OeeFactors(null, null, null));
        oee.Oee.ShouldBeNull();
    }
}
