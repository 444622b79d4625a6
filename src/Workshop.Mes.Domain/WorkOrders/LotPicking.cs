using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.Domain.WorkOrders;

/// <summary>A lot with units on hand at one location, as backflush sees it.</summary>
public sealed record AvailableLot(Guid? LotId, decimal OnHand, DateOnly? ExpiresOn, DateTimeOffset ReceivedAt);

/// <summary>How much to take from one lot (null: the untracked pool).</summary>
public sealed record LotTake(Guid? LotId, decimal Quantity);

/// <summary>
/// Which lots a backflush consumes: the lot the worker scanned if there is one, otherwise first-expiring first
/// (lots without an expiry last), then first-received first. Whatever the lots cannot cover is returned as the
/// shortfall, to be taken below zero from the first lot when the workshop allows negative stock. A kit issue asks for
/// <c>coverWithOneLot</c>: one lot that covers the quantity before a remnant (<see cref="LotOffer"/>).
/// </summary>
public static class LotPicking
{
    public static (IReadOnlyList<LotTake> Takes, decimal Shortfall) Pick(IEnumerable<AvailableLot> lots, decimal quantity, Guid? scannedLotId = null, bool coverWithOneLot = false)
    {
        if (scannedLotId is { } scanned)
        {
            return (new[] { new LotTake(scanned, quantity) }, 0);
        }

        var takes = new List<LotTake>();
        var remaining = quantity;
        foreach (var lot in LotOffer.Order(lots.Where(l => l.OnHand > 0), l => new OfferedLot(l.OnHand, l.ExpiresOn, l.ReceivedAt), coverWithOneLot ? quantity : null))
        {
            if (remaining <= 0)
            {
                break;
            }

            var take = Math.Min(lot.OnHand, remaining);
            takes.Add(new LotTake(lot.LotId, take));
            remaining -= take;
        }

        return (takes, remaining);
    }
}
