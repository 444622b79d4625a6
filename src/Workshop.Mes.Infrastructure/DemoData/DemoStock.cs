using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// One workshop's stock ledger as it is built: every movement is posted through its
/// <see cref="StockBalance"/>, so a movement that would take stock below zero fails at once.
/// </summary>
internal sealed class DemoStock(Guid workshopId)
{
    private readonly Dictionary<StockKey, StockBalance> _balances = [];
    private readonly List<StockMovement> _movements = [];

    public IReadOnlyList<StockMovement> Movements => _movements;

    public IReadOnlyCollection<StockBalance> Balances => _balances.Values;

    public decimal OnHand(StockKey key) => _balances.TryGetValue(key, out var balance) ? balance.OnHand : 0;

    /// <summary>On-hand of an item across every lot and location.</summary>
    public decimal OnHand(Guid itemId) => _balances.Values.Where(b => b.ItemId == itemId).Sum(b => b.OnHand);

    public StockMovement Post(StockMovement movement)
    {
        if (!_balances.TryGetValue(movement.Key, out var balance))
        {
            balance = new StockBalance(workshopId, movement.Key);
            _balances.Add(movement.Key, balance);
        }

        balance.Post(movement, allowNegative: false);
        _movements.Add(movement);
        return movement;
    }

    public void Transfer(StockKey source, Guid toLocationId, decimal quantity, DateTimeOffset at)
    {
        var (outgoing, incoming) = StockMovement.Transfer(workshopId, source, toLocationId, quantity, at);
        Post(outgoing);
        Post(incoming);
    }
}
