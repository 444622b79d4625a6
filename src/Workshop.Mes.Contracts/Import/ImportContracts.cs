namespace Workshop.Mes.Contracts.Import;

/// <summary>What a spreadsheet holds.</summary>
public enum ImportKind
{
    Items,
    Boms,
    Routings,
    OpeningStock,
}

/// <summary>One sheet row: <paramref name="Row"/> is the number the user sees in the sheet (the header is row 1).</summary>
/// <param name="Values">The cells by field name, as read.</param>
/// <param name="Errors">Per field, what is wrong with the cell, in the request's language.</param>
public sealed record ImportRow(int Row, IReadOnlyDictionary<string, string?> Values, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>Every row read and checked against the database and the other rows; nothing saved.</summary>
public sealed record ImportPreview(ImportKind Kind, IReadOnlyList<string> Fields, IReadOnlyList<ImportRow> Rows, int ErrorRowCount);

/// <summary>What a committed import did.</summary>
public sealed record ImportResult(ImportKind Kind, int Created, int Updated);
