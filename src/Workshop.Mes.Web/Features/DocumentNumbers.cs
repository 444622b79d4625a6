using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features;

/// <summary>
/// Draws the next document number (<c>SO-2611-0007</c>) from the workshop's sequence for the month, in the
/// caller's unit of work: two simultaneous draws collide on the sequence's row version and one is refused.
/// </summary>
internal static class DocumentNumbers
{
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
