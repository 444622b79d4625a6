using System.Buffers.Text;
using System.Text;
using Microsoft.Extensions.Localization;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// The API's list conventions (DESIGN §6): <c>limit</c> from 1 to 500 (50 when absent) and an opaque cursor,
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
