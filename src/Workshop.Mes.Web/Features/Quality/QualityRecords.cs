using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Quality;

/// <summary>
/// Published by the quality module: what production capture records in the caller's unit of work — a defect for
/// each scrap report, downtime started and ended by the floor's events, and the cleaned bytes of defect photos.
/// </summary>
[ModuleSurface]
internal static class QualityRecords
{
    public static void AddDefect(MesDbContext db, DefectRecord record) => db.DefectRecords.Add(record);

    /// <summary>The defect recorded for a production event (its scrap), tracked, to attach a photo.</summary>
    public static Task<DefectRecord?> DefectOfEventAsync(MesDbContext db, Guid productionEventId, CancellationToken cancellationToken) =>
        db.DefectRecords.SingleOrDefaultAsync(d => d.ProductionEventId == productionEventId, cancellationToken);

    public static void AddDowntime(MesDbContext db, Downtime downtime) => db.Downtimes.Add(downtime);

    /// <summary>The downtime a floor event started, tracked, to end it.</summary>
    public static Task<Downtime?> DowntimeStartedByAsync(MesDbContext db, Guid startEventId, CancellationToken cancellationToken) =>
        db.Downtimes.SingleOrDefaultAsync(d => d.StartEventId == startEventId, cancellationToken);

    /// <summary>Whether a floor event id already started or ended a downtime here.</summary>
    public static Task<bool> HasDowntimeEventAsync(MesDbContext db, Guid clientEventId, CancellationToken cancellationToken) =>
        db.Downtimes.AnyAsync(d => d.StartEventId == clientEventId || d.EndEventId == clientEventId, cancellationToken);

    public static void AddPhotoContent(MesDbContext db, PhotoContent content) => db.PhotoContents.Add(content);

    /// <summary>A photo's content by the tablet's photo id (a resent upload).</summary>
    public static Task<PhotoContent?> PhotoByClientIdAsync(MesDbContext db, Guid clientPhotoId, CancellationToken cancellationToken) =>
        db.PhotoContents.AsNoTracking().SingleOrDefaultAsync(p => p.ClientPhotoId == clientPhotoId, cancellationToken);

    public static Task<PhotoContent?> PhotoContentAsync(MesDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.PhotoContents.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
}
