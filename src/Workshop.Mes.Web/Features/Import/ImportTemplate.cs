using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Workshop.Mes.Contracts.Import;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>
/// The sheet a kind of import starts from: its headers in the reader's language and one example row. The Excel
/// template has a second sheet, the guidance ("안내"), with a line for each column: whether it must be filled, what
/// it means and which values it takes. A CSV holds one table only, so its template is the first sheet alone.
/// </summary>
internal static class ImportTemplate
{
    public static byte[] Make(ImportKind kind, ExportFormat format, IStringLocalizer text)
    {
        var korean = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ko";
        var columns = ImportColumns.Of(kind);
        var example = new Dictionary<string, object?>();
        foreach (var column in columns)
        {
            example[Header(column, korean)] = Localised(text, $"Import.Example.{column.Field}", column.Example);
        }

        using var stream = new MemoryStream();
        if (format == ExportFormat.Csv)
        {
            stream.Write(System.Text.Encoding.UTF8.Preamble);
            stream.SaveAs(new[] { example }, printHeader: true, excelType: ExcelType.CSV);
            return stream.ToArray();
        }

        var sheets = new Dictionary<string, object>
        {
            [text[$"Import.Kind.{kind}"]] = new[] { example },
            [text["Import.Guide.Sheet"]] = Guidance(columns, korean, text),
        };
        stream.SaveAs(sheets, printHeader: true, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = true });
        return stream.ToArray();
    }

    /// <summary>One line for each column of the sheet, in the sheet's order.</summary>
    public static List<Dictionary<string, object?>> Guidance(IReadOnlyList<ImportColumn> columns, bool korean, IStringLocalizer text) =>
    [
        .. columns.Select(column => new Dictionary<string, object?>
        {
            [text["Import.Guide.Column"]] = Header(column, korean),
            [text["Import.Guide.Required"]] = text[column.Required ? "Import.Guide.Yes" : "Import.Guide.No"].Value,
            [text["Import.Guide.Meaning"]] = text[$"Import.Guide.{column.Field}"].Value,
            [text["Import.Guide.Allowed"]] = text[$"Import.Allowed.{column.Field}"].Value,
        }),
    ];

    private static string Header(ImportColumn column, bool korean) => korean ? column.Korean : column.English;

    /// <summary>The example in the reader's words where it has them (예 / Y, 자재 / material), otherwise as written.</summary>
    private static string Localised(IStringLocalizer text, string key, string fallback)
    {
        var value = text[key];
        return value.ResourceNotFound ? fallback : value.Value;
    }
}
