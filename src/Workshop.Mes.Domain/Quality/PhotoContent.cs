using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Quality;

/// <summary>
/// The bytes of a defect photo, cleaned (re-encoded, no metadata) and kept in the database so every app instance
/// behind it finds them (ADR 0047). <see cref="DefectPhoto.StorageName"/> names it by id.
/// </summary>
public sealed class PhotoContent : TenantEntity
{
    private PhotoContent()
    {
    }

    public PhotoContent(Guid workshopId, Guid clientPhotoId, string contentType, byte[] data)
        : base(workshopId)
    {
        ClientPhotoId = clientPhotoId;
        ContentType = contentType;
        Data = data.Length > 0 ? data : throw new DomainRuleException("defect.photo_empty", "The photo is empty.");
    }

    /// <summary>The tablet's id for the photo, so a resent upload is stored once.</summary>
    public Guid ClientPhotoId { get; private set; }

    public string ContentType { get; private set; } = string.Empty;

    public byte[] Data { get; private set; } = [];
}
