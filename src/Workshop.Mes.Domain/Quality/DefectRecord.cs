using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Quality;

/// <summary>What happens to defective units: 폐기 scrap, 재작업 rework, 특채 use-as-is, or return to the supplier.</summary>
public enum Disposition
{
    Scrap,
    Rework,
    UseAsIs,
    ReturnToSupplier,
}

public enum DefectStatus
{
    Open,
    Analysed,
    Closed,
}

/// <summary>
/// A recorded defect (불량) with what it cost and, once analysed, its root cause and the corrective action.
/// Status runs Open → Analysed → Closed.
/// </summary>
public sealed class DefectRecord : VersionedTenantEntity
{
    private readonly List<DefectPhoto> _photos = [];

    private DefectRecord()
    {
    }

    public DefectRecord(Guid workshopId, string number, DefectSource source, Guid defectCodeId, CauseCategory category, decimal quantity, Disposition disposition, DefectCost cost, DateTimeOffset recordedAt)
        : base(workshopId)
    {
        Number = Guard.Required(number, nameof(number));
        WorkOrderId = source.WorkOrderId;
        WorkOrderStepId = source.WorkOrderStepId;
        ItemId = source.ItemId;
        WorkstationId = source.WorkstationId;
        WorkerId = source.WorkerId;
        MaterialLotId = source.MaterialLotId;
        ProductionEventId = source.ProductionEventId;
        DefectCodeId = defectCodeId;
        CauseCategory = category;
        Quantity = Guard.Positive(quantity, nameof(quantity));
        Disposition = disposition;
        Cost = cost;
        RecordedAt = recordedAt.ToUniversalTime();
    }

    public string Number { get; private set; } = string.Empty;

    public Guid? WorkOrderId { get; private set; }

    public Guid? WorkOrderStepId { get; private set; }

    public Guid ItemId { get; private set; }

    public Guid? WorkstationId { get; private set; }

    public Guid? WorkerId { get; private set; }

    public Guid? MaterialLotId { get; private set; }

    public Guid? ProductionEventId { get; private set; }

    public Guid DefectCodeId { get; private set; }

    public CauseCategory CauseCategory { get; private set; }

    public decimal Quantity { get; private set; }

    public Disposition Disposition { get; private set; }

    public DefectCost Cost { get; private set; } = DefectCost.Zero;

    public DefectStatus Status { get; private set; } = DefectStatus.Open;

    public string? Note { get; private set; }

    public string? RootCause { get; private set; }

    public string? CorrectiveAction { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<DefectPhoto> Photos => _photos;

    public void AddNote(string note) => Note = Guard.Required(note, nameof(note));

    public DefectPhoto AttachPhoto(string storageName, string contentType, long sizeBytes, DateTimeOffset takenAt)
    {
        if (Status == DefectStatus.Closed)
        {
            throw new DomainRuleException("defect.closed", "A closed defect cannot change.");
        }

        var photo = new DefectPhoto(WorkshopId, Id, storageName, contentType, sizeBytes, takenAt);
        _photos.Add(photo);
        return photo;
    }

    /// <summary>Records the root cause found; the cause category may be corrected at the same time.</summary>
    public void Analyse(string rootCause, CauseCategory category)
    {
        if (Status != DefectStatus.Open)
        {
            throw new DomainRuleException("defect.illegal_transition", $"A defect that is {Status} cannot be analysed.", Status.ToString(), "Analyse");
        }

        RootCause = Guard.Required(rootCause, nameof(rootCause));
        CauseCategory = category;
        Status = DefectStatus.Analysed;
    }

    public void Close(string correctiveAction, DateTimeOffset now)
    {
        if (Status != DefectStatus.Analysed)
        {
            throw new DomainRuleException("defect.illegal_transition", $"A defect that is {Status} cannot be closed.", Status.ToString(), "Close");
        }

        CorrectiveAction = Guard.Required(correctiveAction, nameof(correctiveAction));
        Status = DefectStatus.Closed;
        ClosedAt = now.ToUniversalTime();
    }
}

/// <summary>Where a defect came from on the floor; every part is optional except the item.</summary>
public sealed record DefectSource(
    Guid ItemId,
    Guid? WorkOrderId = null,
    Guid? WorkOrderStepId = null,
    Guid? WorkstationId = null,
    Guid? WorkerId = null,
    Guid? MaterialLotId = null,
    Guid? ProductionEventId = null);

/// <summary>A photo of a defect, stored under a generated name; the content type was checked from its bytes.</summary>
public sealed class DefectPhoto : TenantEntity
{
    private DefectPhoto()
    {
    }

    internal DefectPhoto(Guid workshopId, Guid defectRecordId, string storageName, string contentType, long sizeBytes, DateTimeOffset takenAt)
        : base(workshopId)
    {
        if (contentType is not ("image/jpeg" or "image/png" or "image/webp"))
        {
            throw new DomainRuleException("defect.photo_type", "Photos must be JPEG, PNG or WebP.", contentType);
        }

        DefectRecordId = defectRecordId;
        StorageName = Guard.Required(storageName, nameof(storageName));
        ContentType = contentType;
        SizeBytes = sizeBytes > 0 ? sizeBytes : throw new DomainRuleException("defect.photo_empty", "The photo is empty.");
        TakenAt = takenAt.ToUniversalTime();
    }

    public Guid DefectRecordId { get; private set; }

    public string StorageName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public long SizeBytes { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }
}
