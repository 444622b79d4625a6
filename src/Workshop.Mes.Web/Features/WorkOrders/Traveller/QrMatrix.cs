using System.Globalization;
using System.Text;
using QRCoder;

namespace Workshop.Mes.Web.Features.WorkOrders.Traveller;

/// <summary>A QR code as its dark and light modules (quiet zone included), drawn by the PDF and the SVG alike.</summary>
[ModuleSurface]
internal sealed class QrMatrix
{
    private readonly List<System.Collections.BitArray> _rows;

    private QrMatrix(List<System.Collections.BitArray> rows) => _rows = rows;

    public int Size => _rows.Count;

    public bool this[int row, int column] => _rows[row][column];

    public static QrMatrix For(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new QrMatrix(data.ModuleMatrix);
    }

    /// <summary>An inline SVG, one path of unit squares, scaled by the browser; <paramref name="label"/> is its name for a screen reader.</summary>
    public string ToSvg(string testId, string label, int pixels = 120)
    {
        var path = new StringBuilder();
        for (var row = 0; row < Size; row++)
        {
            for (var column = 0; column < Size; column++)
            {
                if (this[row, column])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{column} {row}h1v1h-1z");
                }
            }
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" data-testid=\"{testId}\" role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" width=\"{pixels}\" height=\"{pixels}\" viewBox=\"0 0 {Size} {Size}\" shape-rendering=\"crispEdges\"><rect width=\"{Size}\" height=\"{Size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>");
    }
}
