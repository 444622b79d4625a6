using QRCoder;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>The badge's QR code: the badge code itself, as SVG so it prints sharp at any size.</summary>
internal static class WorkerBadges
{
    public static string QrSvg(string badgeCode)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(badgeCode, QRCodeGenerator.ECCLevel.M);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
