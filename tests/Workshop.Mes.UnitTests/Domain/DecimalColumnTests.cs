using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.UnitTests.Domain;

public sealed class DecimalColumnTests
{
    [Fact]
    public void The_largest_amount_is_fourteen_digits_and_four_decimals()
    {
        DecimalColumn.Amount.Max.ShouldBe(99_999_999_999_999.9999m);
        DecimalColumn.HoursPerDay.Max.ShouldBe(999.99m);
    }

    [Theory]
    [InlineData("0", DecimalFit.Fits)]
    [InlineData("0.0001", DecimalFit.Fits)]
    [InlineData("12.50000", DecimalFit.Fits)] // trailing zeros are not precision
    [InlineData("99999999999999.9999", DecimalFit.Fits)]
    [InlineData("-99999999999999.9999", DecimalFit.Fits)]
    [InlineData("0.00001", DecimalFit.TooPrecise)]
    [InlineData("1.00001", DecimalFit.TooPrecise)]
    [InlineData("100000000000000", DecimalFit.TooLarge)]
    [InlineData("1000000000000000", DecimalFit.TooLarge)] // 1e15
    [InlineData("100000000000000000000", DecimalFit.TooLarge)] // 1e20
    [InlineData("79228162514264337593543950335", DecimalFit.TooLarge)] // decimal.MaxValue
    [InlineData("-79228162514264337593543950335", DecimalFit.TooLarge)]
    public void Amounts_fit_their_column_or_say_why_not(string value, DecimalFit fit)
    {
        DecimalColumn.Amount.Fit(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(fit);
    }

    [Fact]
    public void Hours_per_day_keep_two_decimals()
    {
        DecimalColumn.HoursPerDay.Fit(7.5m).ShouldBe(DecimalFit.Fits);
        DecimalColumn.HoursPerDay.Fit(8.333m).ShouldBe(DecimalFit.TooPrecise);
    }
}
