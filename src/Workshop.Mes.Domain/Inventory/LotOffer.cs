namespace Workshop.Mes.Domain.Inventory;

/// <summary>What the lot offer needs to know of one balance: how much is there, when it expires, when it came in, and whether it may be used.</summary>
public sealed record OfferedLot(decimal OnHand, DateOnly? ExpiresOn, DateTimeOffset ReceivedAt, bool Usable = true);

/// <summary>
/// The order in which lots are offered for an issue, a transfer or a kit (ADR 0075): usable stock before quarantine;
/// the first to expire first (lots without an expiry after those with one); then the oldest received (FIFO). A small
/// remnant is never offered first for a larger quantity: when the first lot cannot cover the quantity but another
/// single usable lot can, the first lot that covers it comes first, and the rest keep their order.
/// </summary>
public static class LotOffer
{
    public static IReadOnlyList<T> Order<T>(IEnumerable<T> lots, Func<T, OfferedLot> facts, decimal? quantity)
    {
        var ordered = lots
            .Select(lot => (Lot: lot, Facts: facts(lot)))
            .OrderBy(l => !l.Facts.Usable)
            .ThenBy(l => l.Facts.ExpiresOn is null)
            .ThenBy(l => l.Facts.ExpiresOn)
            .ThenBy(l => l.Facts.ReceivedAt)
            .ToList();
        if (quantity is { } wanted && wanted > 0 && ordered.Count > 1 && ordered[0].Facts.OnHand < wanted)
        {
            var covering = ordered.FindIndex(l => l.Facts.Usable && l.Facts.OnHand >= wanted);
            if (covering > 0)
            {
                var lot = ordered[covering];
                ordered.RemoveAt(covering);
                ordered.Insert(0, lot);
            }
        }

        return [.. ordered.Select(l => l.Lot)];
    }
}
