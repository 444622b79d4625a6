using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// Optimistic writes that lost a race: the unit of work runs again from the start on a fresh context, so it reads
/// what the winner wrote and decides again (a new number, a balance that is now too small).
/// </summary>
internal static class UnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/>, again when <paramref name="isRace"/> says a concurrent writer won, up to
    /// <paramref name="attempts"/> times; the last attempt's failure is the caller's to turn into an answer.
    /// </summary>
    public static async Task<T> RetryAsync<T>(
        Func<MesDbContext> open, Func<MesDbContext, Task<T>> work, Func<DbUpdateException, bool> isRace, int attempts, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = open();
            try
            {
                return await work(db);
            }
            catch (DbUpdateException e) when (attempt < attempts && isRace(e))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }
}
