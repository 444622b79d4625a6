namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>What a lot's printed label carries in its QR code, for the tablet's scan (<c>GET /floor/scan?code=mes:lot:…</c>).</summary>
[ModuleSurface]
internal static class LotLabels
{
    public const string Prefix = "mes:lot:";

    public static string Payload(string lotNumber) => Prefix + lotNumber;
}
