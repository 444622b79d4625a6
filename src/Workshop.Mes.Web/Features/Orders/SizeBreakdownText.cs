using System.Globalization;
using Workshop.Mes.Contracts.Orders;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>What the owner typed in a line's size field, read: the sizes, or the first part that could not be read.</summary>
internal sealed record SizeBreakdownReading(IReadOnlyList<SizeQuantityRequest> Sizes, string? Unreadable)
{
    /// <summary>The sizes' sum when they were read and there is at least one; otherwise null.</summary>
    public decimal? Total => Unreadable is null && Sizes.Count > 0 ? Sizes.Sum(s => s.Quantity ?? 0) : null;
}

/// <summary>
/// A size breakdown as one line of text, the way it is written on a paper order: "28:15, 30:20, 32:15, 34:10",
/// "네이비 / 30 = 12; 곤색 / 32 = 8" or "S 10, M 20". Sizes are parted by commas, semicolons or new lines; the quantity
/// follows the last colon or equals sign, or else the last blank (ADR 0076).
/// </summary>
internal static class SizeBreakdownText
{
    private static readonly char[] Parts = [',', ';', '\n', '\r', '，', '、'];

    private static readonly char[] Separators = [':', '=', '：'];

    public static SizeBreakdownReading Read(string? text)
    {
        var sizes = new List<SizeQuantityRequest>();
        foreach (var part in (text ?? string.Empty).Split(Parts, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var at = part.LastIndexOfAny(Separators);
            if (at < 0)
            {
                at = part.LastIndexOfAny([' ', '\t']);
            }

            var label = at < 0 ? string.Empty : part[..at].Trim();
            if (label.Length == 0 || !decimal.TryParse(part[(at + 1)..].Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var quantity))
            {
                return new SizeBreakdownReading([], part);
            }

            sizes.Add(new SizeQuantityRequest(label, quantity));
        }

        return new SizeBreakdownReading(sizes, null);
    }

    /// <summary>A stored breakdown written back as the field shows it: "28:15, 30:20".</summary>
    public static string Write(IEnumerable<SizeQuantityView> sizes) =>
        string.Join(", ", sizes.Select(s => $"{s.Label}:{s.Quantity.ToString("0.####", CultureInfo.InvariantCulture)}"));

    /// <summary>
    /// The line's quantity once the sizes changed: it follows their total while it is empty or still equal to the
    /// total before, so typing the sizes fills it; a quantity the owner typed differently stays, for the check to name.
    /// </summary>
    public static decimal? QuantityAfter(decimal? quantity, decimal? totalBefore, decimal? totalNow) =>
        totalNow is { } now && (quantity is null || quantity == totalBefore) ? now : quantity;
}
