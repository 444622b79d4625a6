using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Quality;

/// <summary>
/// Defect records, their photos and downtime as other modules may read them: untracked, composable queries. Changes go through the module's own services.
/// </summary>
[ModuleSurface]
internal static class QualityReads
{
    public static IQueryable<DefectRecord> DefectRecords(MesDbContext db) => db.DefectRecords.AsNoTracking();

    public static IQueryable<DefectPhoto> DefectPhotos(MesDbContext db) => db.DefectPhotos.AsNoTracking();

    public static IQueryable<Downtime> Downtimes(MesDbContext db) => db.Downtimes.AsNoTracking();
}
