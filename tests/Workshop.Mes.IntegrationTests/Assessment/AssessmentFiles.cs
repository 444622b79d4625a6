using System.Net.Http.Headers;

namespace Workshop.Mes.IntegrationTests.Assessment;

/// <summary>Files a consultant attaches: a tiny real PNG and PDF, and uploads of them as the multipart field <c>file</c>.</summary>
internal static class AssessmentFiles
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"u8.ToArray();

    public static MultipartFormDataContent Upload(byte[] content, string name, string type = "application/octet-stream")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
