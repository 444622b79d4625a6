using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.WorkOrders;

/// <summary>A lot with units on hand at one location, as backflush sees it.</summary>
public sealed record LocatedLot(Guid LocationId, Guid? LotId, decimal OnHand, DateOnly? ExpiresOn, DateTimeOffset ReceivedAt);

/// <summary>How much to take from one lot (null: the untracked pool) at one location.</summary>
public sealed record LocatedTake(Guid LocationId, Guid? LotId, decimal Quantity);

/// <summary>What backflush takes of one component, and how much of it could not be found.</summary>
public sealed record ConsumptionPick(IReadOnlyList<LocatedTake> Takes, decimal Shortfall)
{
    /// <summary>
    /// The takes with the shortfall taken below zero, for a workshop that allows negative stock: at the first
    /// location of the order, from the lot last taken there (or the scanned lot, or the untracked pool).
    /// </summary>
    public IReadOnlyList<LocatedTake> BelowZero(Guid firstLocationId, Guid? scannedLotId)
    {
        if (Shortfall <= 0)
        {
            return Takes;
        }

        var lot = scannedLotId ?? Takes.LastOrDefault(t => t.LocationId == firstLocationId)?.LotId ?? Takes.LastOrDefault()?.LotId;
        return Takes.Append(new LocatedTake(firstLocationId, lot, Shortfall)).ToList();
    }
}

/// <summary>
/// Where backflush takes a component from: location by location in the owner's consumption order (line side before
/// the store), and within a location the scanned lot if there is one, otherwise first-expiring first
/// (<see cref="LotPicking"/>). Whatever no location can cover is the shortfall.
/// </summary>
public static class ConsumptionOrder
{
    public static ConsumptionPick Pick(IReadOnlyList<Guid> locationOrder, IEnumerable<LocatedLot> lots, decimal quantity, Guid? scannedLotId = null, bool coverWithOneLot = false)
    {
        var candidates = lots.Where(l => l.OnHand > 0 && (scannedLotId is null || l.LotId == scannedLotId)).ToList();
        var takes = new List<LocatedTake>();
        var remaining = quantity;
        foreach (var locationId in locationOrder.Distinct())
        {
            if (remaining <= 0)
            {
                break;
            }

            var here = candidates.Where(l => l.LocationId == locationId).Select(l => new AvailableLot(l.LotId, l.OnHand, l.ExpiresOn, l.ReceivedAt));
            var (picked, left) = LotPicking.Pick(here, remaining, coverWithOneLot: coverWithOneLot);
            takes.AddRange(picked.Select(t => new LocatedTake(locationId, t.LotId, t.Quantity)));
            remaining = left;
        }

        return new ConsumptionPick(takes, Math.Max(0, remaining));
    }
}

/// <summary>One component backflush could not cover: its code, how much is missing and its unit.</summary>
public sealed record ComponentShortfall(string ItemCode, decimal Missing, string Unit)
{
    /// <summary>
    /// The rule broken when components are short and the workshop does not allow negative stock: it names every
    /// missing component at once ("FB-01 6 yd, BT-01 12 ea"), so one receipt or move fixes them all.
    /// </summary>
    public static DomainRuleException Refusal(IReadOnlyList<ComponentShortfall> shortfalls)
    {
        var list = string.Join(", ", shortfalls.Select(s => $"{s.ItemCode} {s.Missing.ToString("#,0.####", System.Globalization.CultureInfo.InvariantCulture)} {s.Unit}"));
        return new DomainRuleException(
            "work_order.components_short",
            $"Components are short where production takes them: {list}. Receive them or move them to the line side, or allow negative stock.",
            list);
    }
}
