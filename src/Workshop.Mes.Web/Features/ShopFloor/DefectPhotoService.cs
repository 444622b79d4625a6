using Microsoft.EntityFrameworkCore;
using Npgsql;
using SkiaSharp;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.Tablets;
using Workshop.Mes.Web.Features.Tenancy;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.ShopFloor;

/// <summary>Why a photo was not stored.</summary>
internal enum PhotoRefusal
{
    None,

    /// <summary>No file, or an empty one.</summary>
    Missing,

    /// <summary>Over <see cref="DefectPhotoService.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>Not a JPEG, PNG or WebP by its bytes, or not decodable.</summary>
    NotAnImage,

    /// <summary>No stored event of this workshop with that id.</summary>
    NoEvent,

    /// <summary>The event reported no scrap, so it has no defect record to attach to.</summary>
    NotScrap,
}

internal sealed record PhotoUpload(PhotoRefusal Refusal, FloorPhotoStored? Stored = null);

/// <summary>A stored photo's bytes and type, to serve.</summary>
internal sealed record PhotoFile(byte[] Data, string ContentType);

/// <summary>
/// Defect photos (ADR 0047): checked by their bytes, decoded and re-encoded as JPEG of at most 1600 px (so no EXIF or
/// GPS survives), kept in the database and attached to the defect record of the scrap event they show.
/// </summary>
internal sealed class DefectPhotoService(MesContexts contexts, TimeProvider clock)
{
    public const long MaxBytes = 8 * 1024 * 1024;
    public const int MaxSide = 1600;
    private const string Jpeg = "image/jpeg";

    public async Task<PhotoUpload> StoreAsync(FloorTablet tablet, Guid eventId, Guid photoId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return new(PhotoRefusal.Missing);
        }

        if (file.Length > MaxBytes)
        {
            return new(PhotoRefusal.TooLarge);
        }

        byte[] original;
        await using (var stream = file.OpenReadStream())
        using (var buffer = new MemoryStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
            original = buffer.ToArray();
        }

        if (Clean(original) is not { } cleaned)
        {
            return new(PhotoRefusal.NotAnImage);
        }

        await using var db = contexts.ForWorkshop(tablet.WorkshopId, tablet.Actor(null));
        var scrap = await WorkOrderProduction.EventAsync(db, eventId, cancellationToken);
        if (scrap is null)
        {
            return new(PhotoRefusal.NoEvent);
        }

        var defect = scrap.ScrapQuantity > 0 ? await QualityRecords.DefectOfEventAsync(db, scrap.Id, cancellationToken) : null;
        if (defect is null)
        {
            return new(PhotoRefusal.NotScrap);
        }

        if (await StoredAsync(db, defect, photoId, cancellationToken) is { } earlier)
        {
            return new(PhotoRefusal.None, earlier);
        }

        var content = new PhotoContent(tablet.WorkshopId, photoId, Jpeg, cleaned);
        QualityRecords.AddPhotoContent(db, content);
        var photo = defect.AttachPhoto(content.Id.ToString(), Jpeg, cleaned.Length, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new(PhotoRefusal.None, new FloorPhotoStored(photo.Id, defect.Id));
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // The same upload sent twice at once: answer what the first stored.
            await using var read = contexts.ForWorkshop(tablet.WorkshopId, tablet.Actor(null));
            return new(PhotoRefusal.None, await StoredAsync(read, defect, photoId, cancellationToken));
        }
    }

    /// <summary>A defect's photo for a member who may read quality records; null when there is none here.</summary>
    public async Task<PhotoFile?> ReadAsync(WorkshopMember member, Guid defectId, Guid photoId, CancellationToken cancellationToken)
    {
        member.Demand(Area.Quality, Operation.Read);
        await using var db = member.OpenData(contexts);
        var photo = await QualityReads.DefectPhotos(db).SingleOrDefaultAsync(p => p.Id == photoId && p.DefectRecordId == defectId, cancellationToken);
        if (photo is null || !Guid.TryParse(photo.StorageName, out var contentId))
        {
            return null;
        }

        var content = await QualityRecords.PhotoContentAsync(db, contentId, cancellationToken);
        return content is null ? null : new PhotoFile(content.Data, content.ContentType);
    }

    /// <summary>
    /// The photo decoded and drawn again as a JPEG no larger than <see cref="MaxSide"/>; null unless its first bytes say
    /// JPEG, PNG or WebP and it decodes. Nothing of the original file (EXIF, GPS, trailing data) is carried over.
    /// </summary>
    internal static byte[]? Clean(byte[] data)
    {
        if (!LooksLikeAnImage(data))
        {
            return null;
        }

        using var encodedData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(encodedData);
        using var decoded = codec is null ? null : SKBitmap.Decode(codec);
        if (decoded is null || decoded.Width == 0 || decoded.Height == 0)
        {
            return null;
        }

        var scale = Math.Min(1d, (double)MaxSide / Math.Max(decoded.Width, decoded.Height));
        var width = Math.Max(1, (int)Math.Round(decoded.Width * scale));
        var height = Math.Max(1, (int)Math.Round(decoded.Height * scale));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(decoded);
        surface.Canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var snapshot = surface.Snapshot();
        using var encoded = snapshot.Encode(SKEncodedImageFormat.Jpeg, 85);
        return encoded?.ToArray();
    }

    private static bool LooksLikeAnImage(ReadOnlySpan<byte> data) =>
        data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || data.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        || (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8));

    private static async Task<FloorPhotoStored?> StoredAsync(MesDbContext db, DefectRecord defect, Guid photoId, CancellationToken cancellationToken)
    {
        var content = await QualityRecords.PhotoByClientIdAsync(db, photoId, cancellationToken);
        if (content is null)
        {
            return null;
        }

        var name = content.Id.ToString();
        var photo = await QualityReads.DefectPhotos(db).SingleOrDefaultAsync(p => p.StorageName == name, cancellationToken);
        return photo is null ? null : new FloorPhotoStored(photo.Id, photo.DefectRecordId);
    }
}
