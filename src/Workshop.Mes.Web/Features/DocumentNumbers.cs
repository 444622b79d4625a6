using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// Draws the next document number (<c>SO-2611-0007</c>) from the workshop's sequence for the month, in the
/// caller's unit of work: two simultaneous draws collide on the sequence's row version and one is refused;
/// <see cref="DrawingAsync{T}"/> then runs the loser's unit of work again on fresh data, so it gets the next number.
/// </summary>
internal static class DocumentNumbers
{
    // Each lost draw means another document went in, so even a busy office settles within a few rounds.
    private const int Attempts = 10;

    /// <summary>Runs a unit of work that draws a number, on a fresh context each attempt, again after losing a draw.</summary>
    public static Task<T> DrawingAsync<T>(Func<MesDbContext> open, Func<MesDbContext, Task<T>> work, CancellationToken cancellationToken) =>
        UnitOfWork.RetryAsync(open, work, IsDrawRace, Attempts, cancellationToken);

    /// <summary>
    /// Another unit of work drew the same number first: its document took the number (the document's unique
    /// number), it moved the sequence's row on, or it created the month's sequence at the same moment. A stale
    /// If-Match on the document itself is not a draw race.
    /// </summary>
    public static bool IsDrawRace(DbUpdateException e) => e switch
    {
        DbUpdateConcurrencyException concurrency => concurrency.Entries.Any(entry => entry.Entity is NumberSequence),
        _ => e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
            && (unique.TableName == "number_sequences" || unique.ConstraintName?.EndsWith("_workshop_id_number", StringComparison.Ordinal) == true),
    };

    public static async Task<string> NextAsync(MesDbContext db, WorkshopRef workshop, string prefix, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(now, workshop.Zone);
        var period = new DateOnly(local.Year, local.Month, 1);
        var sequence = db.NumberSequences.Local.FirstOrDefault(s => s.Prefix == prefix && s.Period == period)
            ?? await db.NumberSequences.SingleOrDefaultAsync(s => s.Prefix == prefix && s.Period == period, cancellationToken);
        if (sequence is null)
        {
            sequence = new NumberSequence(workshop.Id, prefix, period);
            db.NumberSequences.Add(sequence);
        }

        return sequence.Next();
    }
}
