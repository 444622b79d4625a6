using System.Text;
using System.Text.Unicode;

namespace Workshop.Mes.Web.Features.Import;

/// <summary>
/// The text encodings a CSV file comes in, as Excel saves it (ADR 0074): "CSV UTF-8" (with a byte order mark), UTF-8
/// from other programs (often without one), and Korean Excel's "CSV (쉼표로 분리)", which is CP949 (EUC-KR and its
/// extension). A file with a UTF-8 byte order mark, or whose bytes are all valid UTF-8, is UTF-8; any other file is
/// read as CP949, and one that is not valid CP949 either is not a text file at all.
/// </summary>
internal static class SheetEncoding
{
    /// <summary>Korean Windows' code page, which Korean Excel writes CSV files in.</summary>
    public const int KoreanCodePage = 949;

    private static readonly byte[] _utf8Mark = [0xEF, 0xBB, 0xBF];

    /// <summary>UTF-8 or CP949, from the bytes alone.</summary>
    public static Encoding Detect(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(_utf8Mark) || Utf8.IsValid(bytes) ? Encoding.UTF8 : Korean(strict: false);

    /// <summary>
    /// The CSV as UTF-8, the encoding the reader takes: the same stream when it already is, otherwise its CP949 text
    /// written anew; null when the bytes are not CP949 text either (a picture, a Word file, a broken download).
    /// </summary>
    public static MemoryStream? AsUtf8(MemoryStream csv)
    {
        ReadOnlySpan<byte> bytes = csv.TryGetBuffer(out var buffer) ? buffer : csv.ToArray();
        if (Detect(bytes) is UTF8Encoding)
        {
            return csv;
        }

        string text;
        try
        {
            text = Korean(strict: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        // A C0 control character other than a tab or a line break does not occur in a sheet saved as text.
        if (text.Any(c => c < ' ' && c is not '\t' and not '\r' and not '\n'))
        {
            return null;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(utf8, 0, utf8.Length, writable: false, publiclyVisible: true);
    }

    /// <summary>
    /// CP949 from the code pages that ship with .NET (System.Text.Encoding.CodePages is part of the shared framework),
    /// asked of the provider directly so nothing is registered for the whole process.
    /// </summary>
    private static Encoding Korean(bool strict) =>
        CodePagesEncodingProvider.Instance.GetEncoding(
            KoreanCodePage,
            EncoderFallback.ReplacementFallback,
            strict ? DecoderFallback.ExceptionFallback : DecoderFallback.ReplacementFallback)!;
}
