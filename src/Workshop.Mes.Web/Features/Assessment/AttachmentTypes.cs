namespace Workshop.Mes.Web.Features.Assessment;

/// <summary>
/// The files a verification may carry (a plan, a photo, a screenshot): PDF, PNG or JPEG, known by their first bytes,
/// never by the name or the type the browser claims, and named so that a download cannot be anything else.
/// </summary>
internal static class AttachmentTypes
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";

    /// <summary>What the browser's file picker offers.</summary>
    public const string Accept = ".pdf,.png,.jpg,.jpeg";

    private static readonly byte[] _pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] _png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] _jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The content type the bytes are, or null when they are none of the three.</summary>
    public static string? Of(ReadOnlySpan<byte> content) =>
        content.StartsWith(_pdf) ? Pdf : content.StartsWith(_png) ? Png : content.StartsWith(_jpeg) ? Jpeg : null;

    /// <summary>The name the file is kept under: its own name without a folder or control characters, ending in its real type's extension, at most 200 characters.</summary>
    public static string FileName(string? given, string contentType)
    {
        var extension = contentType switch
        {
            Pdf => ".pdf",
            Png => ".png",
            _ => ".jpg",
        };
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName((given ?? string.Empty).Replace('\\', '/')));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':')).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "attachment";
        }

        return (name.Length > 190 ? name[..190] : name) + extension;
    }
}
