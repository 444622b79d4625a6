using Workshop.Mes.Web.Features.Import;

namespace Workshop.Mes.ComponentTests.Import;

/// <summary>Money and quantity cells as Korean spreadsheets write them (ADR 0074), and what stays "not a number".</summary>
public sealed class SheetNumberTests
{
    [Theory]
    [InlineData("3500", "3500")]
    [InlineData(" 3500 ", "3500")]
    [InlineData("3,500", "3500")]
    [InlineData("3,500원", "3500")]
    [InlineData("3,500 원", "3500")]
    [InlineData("₩3,500", "3500")]
    [InlineData("￦3,500", "3500")]
    [InlineData("\\3,500", "3500")]
    [InlineData("₩ 3,500", "3500")]
    [InlineData("1,250.5", "1250.5")]
    [InlineData("1,234,567.25", "1234567.25")]
    [InlineData("0.5", "0.5")]
    [InlineData(".5", "0.5")]
    [InlineData("0", "0")]
    [InlineData("３,５００원", "3500")]
    [InlineData("\u00a03500\u3000", "3500")]
    [InlineData("79,228,162,514,264,337,593,543,950,335", "79228162514264337593543950335")]
    // The sign is kept, so that the column's own rule refuses a negative ("0 이상이어야 합니다").
    [InlineData("-3", "-3")]
    [InlineData("-3,500원", "-3500")]
    [InlineData("-₩3,500", "-3500")]
    [InlineData("₩-3,500", "-3500")]
    [InlineData("－３", "-3")]
    [InlineData("+12", "12")]
    public void Reads_the_forms_owners_write(string cell, string expected)
    {
        SheetNumber.TryParse(cell, out var number).ShouldBeTrue(cell);
        number.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("원")]
    [InlineData("₩")]
    [InlineData("abc")]
    [InlineData("1,2,3")]
    [InlineData("3,50")]
    [InlineData("1,2345")]
    [InlineData(",500")]
    [InlineData("1.250,5")]
    [InlineData("1.2.3")]
    [InlineData("3 500")]
    [InlineData("3.5e3")]
    [InlineData("(3,500)")]
    [InlineData("₩3,500원")]
    [InlineData("--3")]
    [InlineData("-")]
    [InlineData("3,500달러")]
    [InlineData("79228162514264337593543950336")]
    [InlineData("99999999999999999999999999999999")]
    public void Anything_else_is_not_a_number(string? cell)
    {
        SheetNumber.TryParse(cell, out var number).ShouldBeFalse(cell);
        number.ShouldBe(0);
    }
}
