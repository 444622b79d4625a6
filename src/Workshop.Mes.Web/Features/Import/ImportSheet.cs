using System.Globalization;
using MiniExcelLibs;
using Workshop.Mes.Contracts.Import;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>A sheet's rows by field, numbered as the user sees them in the sheet (the header is row 1).</summary>
internal sealed record ImportTable(IReadOnlyList<(int Row, IReadOnlyDictionary<string, string?> Values)> Rows);

/// <summary>Reads an uploaded CSV (UTF-8 or CP949) or Excel file (MiniExcel reads both) into the fields of a kind of sheet.</summary>
internal static class ImportSheet
{
    public const int MaxRows = 5_000;

    /// <summary>The table, or the reason the file as a whole cannot be read.</summary>
    public static (ImportTable? Table, SheetProblem? Problem) Read(Stream file, string? fileName, ImportKind kind)
    {
        using var upload = new MemoryStream();
        file.CopyTo(upload);
        upload.Position = 0;
        var type = IsXlsx(upload, fileName) ? ExcelType.XLSX : ExcelType.CSV;

        // MiniExcel reads CSV as UTF-8, so a CP949 file from Korean Excel is handed over as UTF-8 (ADR 0074).
        var buffer = type == ExcelType.CSV ? SheetEncoding.AsUtf8(upload) : upload;
        if (buffer is null)
        {
            return (null, new SheetProblem("Import.NotText"));
        }

        if ((type == ExcelType.XLSX ? SheetLimits.CheckWorkbook(buffer) : SheetLimits.CheckLines(buffer)) is { } tooLarge)
        {
            return (null, tooLarge);
        }

        List<IDictionary<string, object?>> raw;
        try
        {
            raw = [.. buffer.Query(useHeaderRow: true, excelType: type).Cast<IDictionary<string, object?>>().Take(MaxRows + 1)];
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return (null, new SheetProblem("Import.Unreadable"));
        }

        if (raw.Count > MaxRows)
        {
            return (null, new SheetProblem("Import.TooManyRows", MaxRows));
        }

        if (TooLongCell(raw) is { } tooLong)
        {
            return (null, tooLong);
        }

        var columns = ImportColumns.Of(kind);
        var headers = raw.FirstOrDefault()?.Keys.ToList() ?? HeaderRow(buffer, type);
        var fieldOfHeader = new Dictionary<string, string>();
        foreach (var header in headers)
        {
            var normalised = ImportColumns.Normalise(header);
            var column = columns.FirstOrDefault(c => c.Headers.Any(h => ImportColumns.Normalise(h) == normalised));
            if (column is not null)
            {
                fieldOfHeader.TryAdd(header, column.Field);
            }
        }

        var missing = columns.Where(c => c.Required && !fieldOfHeader.ContainsValue(c.Field)).ToList();
        if (missing.Count > 0)
        {
            return (null, new SheetProblem("Import.MissingColumns", string.Join(", ", missing.Select(c => $"{c.Korean} ({c.English})"))));
        }

        var rows = new List<(int, IReadOnlyDictionary<string, string?>)>();
        for (var i = 0; i < raw.Count; i++)
        {
            var values = columns.ToDictionary(c => c.Field, _ => (string?)null);
            foreach (var (header, field) in fieldOfHeader)
            {
                values[field] = Cell(raw[i].TryGetValue(header, out var value) ? value : null);
            }

            // Blank rows at the end of a sheet are common; they are not rows of data.
            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add((i + 2, values));
        }

        return (new ImportTable(rows), null);
    }

    /// <summary>The first cell, headers included, longer than any field takes; rows numbered as in the sheet.</summary>
    private static SheetProblem? TooLongCell(List<IDictionary<string, object?>> raw)
    {
        var headers = raw.FirstOrDefault()?.Keys.ToList() ?? [];
        var inHeader = headers.Select((header, column) => SheetLimits.CheckCell(1, column, header[..Math.Min(header.Length, 20)] + "…", header)).FirstOrDefault(p => p is not null);
        return inHeader ?? raw
            .SelectMany((row, index) => headers.Select((header, column) => SheetLimits.CheckCell(index + 2, column, header, row.TryGetValue(header, out var value) ? value : null)))
            .FirstOrDefault(p => p is not null);
    }

    private static List<string> HeaderRow(MemoryStream buffer, ExcelType type)
    {
        buffer.Position = 0;
        var first = buffer.Query(useHeaderRow: false, excelType: type).Cast<IDictionary<string, object?>>().FirstOrDefault();
        return first?.Values.Select(v => Cell(v)).Where(v => v is not null).Select(v => v!).ToList() ?? [];
    }

    private static bool IsXlsx(MemoryStream buffer, string? fileName)
    {
        if (fileName is not null && fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // An .xlsx is a zip: it starts with "PK".
        var bytes = buffer.GetBuffer();
        return buffer.Length > 2 && bytes[0] == 'P' && bytes[1] == 'K';
    }

    private static string? Cell(object? value) => value switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        DateTime date => date.TimeOfDay == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
