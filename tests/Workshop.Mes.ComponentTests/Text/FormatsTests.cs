using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Web;
using Workshop.Mes.Web.Features;

namespace Workshop.Mes.ComponentTests.Text;

/// <summary>The one way pages write the workshop's time, quantities and money.</summary>
public sealed class FormatsTests
{
    private static readonly TimeZoneInfo _seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    [Fact]
    public void Moments_are_written_on_the_workshops_clock_in_three_named_formats()
    {
        var moment = new DateTimeOffset(2026, 11, 16, 23, 30, 15, TimeSpan.Zero); // 08:30 on the 17th in Seoul

        Formats.Date(moment, _seoul).ShouldBe("2026-11-17");
        Formats.DateTime(moment, _seoul).ShouldBe("2026-11-17 08:30");
        Formats.DateTime(moment, _seoul, seconds: true).ShouldBe("2026-11-17 08:30:15");
        Formats.Time(moment, _seoul).ShouldBe("08:30");
        Formats.Date(new DateOnly(2026, 12, 1)).ShouldBe("2026-12-01");
        Formats.Date((DateOnly?)null).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData(" 9:05 ", 9, 5)]
    [InlineData("1430", 14, 30)]
    [InlineData("0930", 9, 30)]
    [InlineData("9", 9, 0)]
    [InlineData("00:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    public void A_time_of_day_is_read_as_people_type_it(string typed, int hour, int minute) =>
        WorkshopTime.ReadTimeOfDay(typed).ShouldBe(new TimeOnly(hour, minute));

    [Theory]
    [InlineData("24:00")]
    [InlineData("14:60")]
    [InlineData("오후 2시")]
    [InlineData("2:30 PM")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_time_of_day(string? typed) => WorkshopTime.ReadTimeOfDay(typed).ShouldBeNull();

    [Fact]
    public void A_wall_clock_time_names_the_instant_in_the_workshops_zone_and_back()
    {
        var instant = WorkshopTime.FromWallClock(new DateTime(2026, 11, 10, 8, 30, 0), _seoul);

        instant.ShouldBe(new DateTimeOffset(2026, 11, 10, 8, 30, 0, TimeSpan.FromHours(9)));
        WorkshopTime.ToWallClock(instant!.Value, _seoul).ShouldBe(new DateTime(2026, 11, 10, 8, 30, 0));
        WorkshopTime.FromWallClock(null, _seoul).ShouldBeNull();
    }

    [Fact]
    public void Quantities_group_thousands_and_drop_trailing_zeros()
    {
        Korean();

        Formats.Number(1250m).ShouldBe("1,250");
        Formats.Number(2.5000m).ShouldBe("2.5");
        Formats.Number(0.125m).ShouldBe("0.125");
        Formats.Signed(3m).ShouldBe("+3");
        Formats.Signed(-2.5m).ShouldBe("-2.5");
    }

    [Fact]
    public void Units_are_written_as_the_workshop_says_them_and_money_in_won()
    {
        var text = Korean();

        Formats.Quantity(text, 12, "sheet").ShouldBe("12\u00a0장");
        Formats.Quantity(text, 3, "suit").ShouldBe("3\u00a0벌");
        Formats.Quantity(text, 40, "pcs").ShouldBe("40\u00a0개");
        Formats.Quantity(text, 3.5m, "yd").ShouldBe("3.5\u00a0yd");
        Formats.Quantity(text, 8, "ea").ShouldBe("8\u00a0개");
        Formats.Quantity(text, 2, "roll").ShouldBe("2\u00a0roll", "a unit without a Korean word stays as the workshop wrote it");
        Formats.Money(text, 24000).ShouldBe("24,000원");
    }

    [Fact]
    public void A_dashboard_writes_sums_in_man_won_and_counts_in_geon()
    {
        var text = Korean();

        Formats.MoneyRounded(text, 9_999).ShouldBe("9,999원");
        Formats.MoneyRounded(text, 10_000).ShouldBe("1만 원");
        Formats.MoneyRounded(text, 12_345_678).ShouldBe("1,235만 원");
        Formats.MoneyRounded(text, 0).ShouldBe("0원");
        Formats.Cases(text, 1_204).ShouldBe("1,204건");
    }

    private static IStringLocalizer Korean()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ko");
        var services = new ServiceCollection().AddLogging().AddLocalization(options => options.ResourcesPath = "Resources").BuildServiceProvider();
        return services.GetRequiredService<IStringLocalizer<SharedResource>>();
    }
}
