using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// The API's list conventions (docs/architecture.md §6): <c>limit</c> from 1 to 500 (50 when absent) and an opaque cursor,
/// the base64url of a position each list chooses (the last number seen, the last time and id, …).
/// </summary>
internal static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static string EncodeCursor(string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(position));

    /// <summary>The position in the cursor, or null when there is no cursor or it is not one of ours.</summary>
    public static string? DecodeCursor(string? cursor)
    {
        // IsValid first: the decoder itself skips characters it does not know, and "%%" would read as empty.
        if (string.IsNullOrEmpty(cursor) || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var bytes = new byte[Base64Url.GetMaxDecodedLength(cursor.Length)];
        return Base64Url.TryDecodeFromChars(cursor, bytes, out var written) && written > 0 ? Encoding.UTF8.GetString(bytes, 0, written) : null;
    }

    /// <summary>
    /// A cursor for lists a person sorts by any column (master data, on-hand): the position is how many rows
    /// came before. Lists that only grow at one end (the ledger, work orders by number) use a key instead.
    /// </summary>
    public static string EncodeOffset(int offset) => EncodeCursor($"o:{offset}");

    /// <summary>The offset in a cursor from <see cref="EncodeOffset"/>, 0 without a cursor, null when it is not one.</summary>
    public static int? DecodeOffset(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        return DecodeCursor(cursor) is { } position && position.StartsWith("o:", StringComparison.Ordinal)
            && int.TryParse(position.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            ? offset
            : null;
    }

    public static bool ReadsOffset(string? cursor) => DecodeOffset(cursor) is not null;

    /// <summary>Takes one page from an already sorted query: <c>limit</c> rows after the cursor's offset.</summary>
    public static async Task<Page<T>> OffsetPageAsync<T>(IQueryable<T> sorted, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var offset = DecodeOffset(cursor) ?? 0;
        var rows = await sorted.Skip(offset).Take(limit + 1).ToListAsync(cancellationToken);
        var next = rows.Count > limit ? EncodeOffset(offset + limit) : null;
        return new Page<T>(rows.Take(limit).ToList(), next);
    }

    /// <summary>
    /// An ILIKE pattern matching the text anywhere, with the wildcards in it taken literally. The search is cleaned as
    /// stored text is (<see cref="TypedText.Clean"/>), and control characters are dropped: no code or name holds one,
    /// and PostgreSQL refuses a NUL even in a pattern.
    /// </summary>
    public static string Contains(string search)
    {
        var text = new string([.. TypedText.Clean(search).Where(c => !char.IsControl(c))]);
        return $"%{text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
    }

    /// <summary>Adds a per-field error for a limit out of range or a cursor the list cannot read.</summary>
    public static void Validate(int limit, string? cursor, Func<string?, bool> readsCursor, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [text["Validation.Limit", MaxLimit]];
        }

        if (!string.IsNullOrEmpty(cursor) && !readsCursor(cursor))
        {
            errors["cursor"] = [text["Validation.Cursor"]];
        }
    }
}
