using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Changes;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>
/// The one way stock moves: each movement is appended to the ledger and posted to its item × lot × location
/// balance in the same save. Two postings that race for one balance collide on the balance's row version (or,
/// for a new balance, on its unique key); <see cref="RunAsync{T}"/> then starts the whole unit of work again on
/// fresh data, where the loser sees the new balance and is refused if the units are gone.
/// </summary>
[ModuleSurface]
internal static class StockLedger
{
    private const int Attempts = 5;

    /// <summary>
    /// Adds the movements and updates their balances in <paramref name="db"/>, and publishes that stock moved in
    /// the caller's transaction (<see cref="RunAsync{T}"/> opens one); the caller saves.
    /// </summary>
    public static async Task PostAsync(MesDbContext db, IEnumerable<StockMovement> movements, bool allowNegative, CancellationToken cancellationToken)
    {
        var posted = movements.ToList();
        foreach (var movement in posted)
        {
            var balance = await BalanceAsync(db, movement.WorkshopId, movement.Key, cancellationToken);
            balance.Post(movement, allowNegative);
            db.StockMovements.Add(movement);
        }

        foreach (var workshop in posted.GroupBy(m => m.WorkshopId))
        {
            var items = workshop.Select(m => m.ItemId).Distinct().ToList();
            await ChangePublisher.PublishAsync(db, new WorkshopChange(workshop.Key, ChangeKind.StockPosted, items.Count == 1 ? items[0] : null), cancellationToken);
        }
    }

    /// <summary>
    /// Runs a unit of work that posts stock and saves, in one transaction on a fresh context each attempt, repeating
    /// it when a concurrent posting won the race for a balance. After the last attempt the collision is a 409.
    /// </summary>
    public static async Task<T> RunAsync<T>(Func<MesDbContext> open, Func<MesDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await UnitOfWork.RetryAsync(open, async db =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await work(db);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }, IsRace, Attempts, cancellationToken);
        }
        catch (DbUpdateException e) when (IsRace(e))
        {
            throw new DomainRuleException("stock.busy", "Someone else is moving the same stock; try again.");
        }
    }

    private static bool IsRace(DbUpdateException e) =>
        e is DbUpdateConcurrencyException
        || e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: "stock_balances" }
        || DocumentNumbers.IsDrawRace(e);

    private static async Task<StockBalance> BalanceAsync(MesDbContext db, Guid workshopId, StockKey key, CancellationToken cancellationToken)
    {
        var balance = db.StockBalances.Local.FirstOrDefault(b => b.Key == key)
            ?? await db.StockBalances.SingleOrDefaultAsync(
                b => b.ItemId == key.ItemId && b.LotId == key.LotId && b.LocationId == key.LocationId,
                cancellationToken);
        if (balance is null)
        {
            balance = new StockBalance(workshopId, key);
            db.StockBalances.Add(balance);
        }

        return balance;
    }
}
