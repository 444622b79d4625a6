using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.IntegrationTests.Api;

/// <summary>What a person opening a downloaded list in Excel sees: their language's headers, Korean text intact, numbers as numbers.</summary>
public sealed class TableExportTests
{
    private static readonly ExportColumn<Row>[] _columns =
    [
        new("Nav.Items", r => r.Name),
        new("Nav.OnHand", r => r.Quantity),
        new("Nav.Ledger", r => r.Day),
    ];

    private static readonly Row[] _rows = [new("여성 블라우스, 흰색", 1234.5m, new DateOnly(2026, 11, 22)), new("Tote \"bag\"", 3m, null)];

    [Fact]
    public void Csv_starts_with_a_byte_order_mark_and_has_headers_in_the_readers_language()
    {
        var bytes = TableExport.ToCsv(_rows, _columns, new Headers("ko"));

        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(
        [
            "품목,현재고,\"재고 원장\"", // MiniExcel quotes any field with a space; Excel reads it the same
            "\"여성 블라우스, 흰색\",1234.5,2026-11-22",
            "\"Tote \"\"bag\"\"\",3,",
        ]);
    }

    [Fact]
    public void Excel_file_opens_with_the_same_rows_and_numbers_stay_numbers()
    {
        var bytes = TableExport.ToXlsx(_rows, _columns, new Headers("en"));

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().ToList();
        rows.Count.ShouldBe(2);
        rows[0].Keys.ShouldBe(["Items", "On hand", "Stock ledger"]);
        rows[0]["Items"].ShouldBe("여성 블라우스, 흰색");
        Convert.ToDecimal(rows[0]["On hand"], CultureInfo.InvariantCulture).ShouldBe(1234.5m);
        rows[0]["Stock ledger"].ShouldBe("2026-11-22");
    }

    [Theory]
    [InlineData(null, true, ExportFormat.Csv)]
    [InlineData("CSV", true, ExportFormat.Csv)]
    [InlineData("xlsx", true, ExportFormat.Xlsx)]
    [InlineData("pdf", false, ExportFormat.Csv)]
    public void Format_is_csv_or_xlsx(string? format, bool valid, ExportFormat expected)
    {
        TableExport.TryParse(format, out var parsed).ShouldBe(valid);
        parsed.ShouldBe(expected);
    }

    private sealed record Row(string Name, decimal Quantity, DateOnly? Day);

    /// <summary>The real resources, read in one language.</summary>
    private sealed class Headers(string culture) : IStringLocalizer
    {
        private static readonly System.Resources.ResourceManager _resources =
            new("Workshop.Mes.Web.Resources.SharedResource", typeof(Workshop.Mes.Web.SharedResource).Assembly);

        public LocalizedString this[string name] =>
            new(name, _resources.GetString(name, CultureInfo.GetCultureInfo(culture)) ?? name);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
