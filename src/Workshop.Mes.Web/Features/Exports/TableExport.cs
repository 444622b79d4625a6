using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace Workshop.Mes.Web.Features.Exports;

public enum ExportFormat
{
    Csv,
    Xlsx,
}

/// <summary>One column of a downloaded list: its header (a resource key, so Korean or English) and its value.</summary>
internal sealed record ExportColumn<T>(string HeaderKey, Func<T, object?> Value);

/// <summary>
/// Every list downloads the rows its filters select as CSV (UTF-8 with a byte-order mark, so Excel shows Korean)
/// or Excel, both written by MiniExcel, with headers in the reader's language. The API's <c>…/export?format=csv|xlsx</c>
/// endpoints and the pages' download buttons both end here.
/// </summary>
internal static class TableExport
{
    /// <summary>More rows than this is not a list anyone reads; the export stops there.</summary>
    public const int MaxRows = 100_000;

    public static bool TryParse(string? format, out ExportFormat parsed)
    {
        parsed = ExportFormat.Csv;
        return format?.ToLowerInvariant() switch
        {
            null or "" or "csv" => true,
            "xlsx" => (parsed = ExportFormat.Xlsx) == ExportFormat.Xlsx,
            _ => false,
        };
    }

    /// <summary>Adds a per-field error for a format other than csv or xlsx.</summary>
    public static void Validate(string? format, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        if (!TryParse(format, out _))
        {
            errors["format"] = [text["Validation.ExportFormat"]];
        }
    }

    /// <summary>The file as the browser downloads it: <c>{name}-{yyyyMMdd}.csv</c> or <c>.xlsx</c>.</summary>
    public static FileContentHttpResult File<T>(
        IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string fileName, ExportFormat format, IStringLocalizer text, DateOnly today)
    {
        var bytes = format == ExportFormat.Xlsx ? ToXlsx(rows, columns, text) : ToCsv(rows, columns, text);
        var name = string.Create(CultureInfo.InvariantCulture, $"{fileName}-{today:yyyyMMdd}.{(format == ExportFormat.Xlsx ? "xlsx" : "csv")}");
        var contentType = format == ExportFormat.Xlsx
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv; charset=utf-8";
        return TypedResults.File(bytes, contentType, name);
    }

    public static byte[] ToCsv<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, IStringLocalizer text) =>
        Save(rows, columns, text, ExcelType.CSV);

    public static byte[] ToXlsx<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, IStringLocalizer text) =>
        Save(rows, columns, text, ExcelType.XLSX);

    private static byte[] Save<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, IStringLocalizer text, ExcelType type)
    {
        var headers = columns.Select(c => text[c.HeaderKey].Value).ToList();
        var sheet = rows.Take(MaxRows).Select(row =>
        {
            var line = new Dictionary<string, object?>(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                line[headers[i]] = Cell(columns[i].Value(row), type);
            }

            return line;
        });
        using var stream = new MemoryStream();
        if (type == ExcelType.CSV)
        {
            // Excel reads a CSV as the local code page unless it starts with a UTF-8 byte-order mark.
            stream.Write(Encoding.UTF8.Preamble);
        }

        stream.SaveAs(sheet, printHeader: true, sheetName: "Sheet1", excelType: type);
        return stream.ToArray();
    }

    /// <summary>Dates as ISO text; numbers stay numbers in Excel and are written without grouping in CSV.</summary>
    private static object? Cell(object? value, ExcelType type) => value switch
    {
        null => type == ExcelType.CSV ? string.Empty : null,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        Enum => value.ToString(),
        IFormattable formattable when type == ExcelType.CSV => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value,
    };
}
