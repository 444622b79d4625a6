using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Inventory;

/// <summary>
/// On-hand for one item × lot × location, a projection of the ledger updated in the same transaction as
/// each movement. Its row version makes two simultaneous issues of the last units collide.
/// </summary>
public sealed class StockBalance : VersionedTenantEntity
{
    private StockBalance()
    {
    }

    public StockBalance(Guid workshopId, StockKey key)
        : base(workshopId)
    {
        ItemId = key.ItemId;
        LotId = key.LotId;
        LocationId = key.LocationId;
    }

    public Guid ItemId { get; private set; }

    public Guid? LotId { get; private set; }

    public Guid LocationId { get; private set; }

    public decimal OnHand { get; private set; }

    public StockKey Key => new(ItemId, LotId, LocationId);

    /// <summary>Posts a movement; refuses to go below zero unless the workshop allows negative stock.</summary>
    public void Post(StockMovement movement, bool allowNegative)
    {
        if (movement.Key != Key || movement.WorkshopId != WorkshopId)
        {
            throw new DomainRuleException("stock.wrong_balance", "The movement belongs to another balance.");
        }

        var after = OnHand + movement.Quantity;
        if (after < 0 && !allowNegative)
        {
            throw new DomainRuleException(
                "stock.insufficient",
                $"Only {OnHand} on hand; cannot take {-movement.Quantity}.",
                OnHand,
                -movement.Quantity);
        }

        OnHand = after;
    }
}
