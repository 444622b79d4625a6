using QRCoder;

namespace Workshop.Mes.Web.Features.Tablets;

/// <summary>The pairing link as a QR code, a PNG data URI an <c>img</c> can show without another request.</summary>
internal static class PairingQrCode
{
    public static string DataUri(string url) =>
        "data:image/png;base64," + Convert.ToBase64String(PngByteQRCodeHelper.GetQRCode(url, QRCodeGenerator.ECCLevel.M, 8));
}
