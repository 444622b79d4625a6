using System.IO.Compression;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>Why a file was refused as a whole: a resource key and its arguments.</summary>
internal sealed record SheetProblem(string Key, params object[] Arguments);

/// <summary>
/// What an uploaded sheet may hold, checked before and while it is read: a 1 MB .xlsx can unpack to gigabytes (a
/// zip bomb), and one endless line or cell would be read whole. No sheet of <see cref="ImportSheet.MaxRows"/> rows
/// comes near these limits.
/// </summary>
internal static class SheetLimits
{
    public const long MaxPartBytes = 32L * 1024 * 1024;
    public const long MaxWorkbookBytes = 64L * 1024 * 1024;
    public const int MaxLineLength = 64 * 1024;
    public const int MaxCellLength = 1_000;

    /// <summary>Each part of the workbook and all of them together unpack to no more than the limits.</summary>
    public static SheetProblem? CheckWorkbook(Stream xlsx)
    {
        try
        {
            using var workbook = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            if (Exceeds(workbook.Entries.Select(e => e.Length)) is { } declared)
            {
                return TooBig(declared);
            }

            // The sizes the archive declares can lie, so what really comes out is counted too, never past a limit.
            return Exceeds(workbook.Entries.Select(UnpackedLength)) is { } unpacked ? TooBig(unpacked) : null;
        }
        catch (InvalidDataException)
        {
            return new SheetProblem("Import.Unreadable");
        }
        finally
        {
            xlsx.Position = 0;
        }
    }

    /// <summary>No line of a CSV file is longer than any row of a sheet could be.</summary>
    public static SheetProblem? CheckLines(Stream csv)
    {
        try
        {
            using var reader = new StreamReader(csv, leaveOpen: true);
            var buffer = new char[16 * 1024];
            var (line, length) = (1, 0);
            int read;
            while ((read = reader.Read(buffer)) > 0)
            {
                foreach (var character in buffer.AsSpan(0, read))
                {
                    (line, length) = character == '\n' ? (line + 1, 0) : (line, length + 1);
                    if (length > MaxLineLength)
                    {
                        return new SheetProblem("Import.LineTooLong", line, MaxLineLength);
                    }
                }
            }

            return null;
        }
        finally
        {
            csv.Position = 0;
        }
    }

    /// <summary>A cell longer than any field takes, named by its row and column as the sheet shows them.</summary>
    public static SheetProblem? CheckCell(int row, int columnIndex, string header, object? value) =>
        value is string { Length: > MaxCellLength }
            ? new SheetProblem("Import.CellTooLong", row, ColumnLetters(columnIndex), header, MaxCellLength)
            : null;

    /// <summary>0 → A, 25 → Z, 26 → AA, as spreadsheets name columns.</summary>
    public static string ColumnLetters(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnLetters((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>The limit that the sizes pass (a part's or the whole workbook's), or null when they stay within both.</summary>
    private static long? Exceeds(IEnumerable<long> partSizes)
    {
        long total = 0;
        foreach (var size in partSizes)
        {
            total += size;
            if (size > MaxPartBytes)
            {
                return MaxPartBytes;
            }

            if (total > MaxWorkbookBytes)
            {
                return MaxWorkbookBytes;
            }
        }

        return null;
    }

    /// <summary>How many bytes the part unpacks to, counting no further than one byte past a part's limit.</summary>
    private static long UnpackedLength(ZipArchiveEntry entry)
    {
        using var part = entry.Open();
        var buffer = new byte[64 * 1024];
        long length = 0;
        int read;
        while (length <= MaxPartBytes && (read = part.Read(buffer)) > 0)
        {
            length += read;
        }

        return length;
    }

    private static SheetProblem TooBig(long limit) => new("Import.TooBigUnpacked", limit / (1024 * 1024), ImportSheet.MaxRows);
}
