using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Quality;

/// <summary>Whether closing a defect lowered the defect rate of what its action targeted (ADR 0067), as other modules may ask.</summary>
[ModuleSurface]
internal static class DefectOutcomes
{
    /// <summary>The before/after verdict of a closed defect as the records stood at <paramref name="asOf"/>; null while it is open.</summary>
    public static async Task<ComparisonVerdict?> VerdictAsync(MesDbContext db, DefectRecord defect, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        if (defect.ClosedAt is not { } closedAt || closedAt > asOf)
        {
            return null;
        }

        var station = defect.TargetWorkstationId;
        var before = await DefectQueries.WindowAsync(db, defect, station, DefectRateComparison.Before(closedAt), cancellationToken);
        var after = await DefectQueries.WindowAsync(db, defect, station, DefectRateComparison.After(closedAt, asOf), cancellationToken);
        return DefectRateComparison.Judge(before, after);
    }
}
