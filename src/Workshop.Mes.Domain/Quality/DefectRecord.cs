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

    /// <summary>The lot the analysis suspects (e.g. a supplier's stained roll); may differ from the lot the floor reported.</summary>
    public Guid? SuspectedLotId { get; private set; }

    /// <summary>The station the analysis traced the defect to.</summary>
    public Guid? SuspectedWorkstationId { get; private set; }

    public DateTimeOffset? AnalysedAt { get; private set; }

    /// <summary>The worker who carries out the corrective action (담당자).</summary>
    public Guid? ActionOwnerId { get; private set; }

    /// <summary>When the corrective action is due (기한), a day in the workshop's calendar.</summary>
    public DateOnly? ActionDueOn { get; private set; }

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

    /// <summary>Records the root cause found; the cause category may be corrected, and the lot and station it points to named, at the same time.</summary>
    public void Analyse(string rootCause, CauseCategory category, Guid? suspectedLotId = null, Guid? suspectedWorkstationId = null, DateTimeOffset? at = null)
    {
        EnsureCanAnalyse();
        RootCause = Guard.Required(rootCause, nameof(rootCause));
        CauseCategory = category;
        SuspectedLotId = suspectedLotId;
        SuspectedWorkstationId = suspectedWorkstationId;
        AnalysedAt = at?.ToUniversalTime();
        Status = DefectStatus.Analysed;
    }

    /// <summary>
    /// Closes an analysed defect with its corrective action (시정 조치). People close with the worker who carries the
    /// action out and its due date; closures written before those were asked for (demo history) carry neither.
    /// </summary>
    public void Close(string correctiveAction, DateTimeOffset now, Guid? actionOwnerId = null, DateOnly? actionDueOn = null)
    {
        EnsureCanClose();
        if (actionOwnerId == Guid.Empty)
        {
            throw new DomainRuleException("defect.action_owner_required", "The corrective action needs an owner.");
        }

        CorrectiveAction = Guard.Required(correctiveAction, nameof(correctiveAction));
        ActionOwnerId = actionOwnerId;
        ActionDueOn = actionDueOn;
        Status = DefectStatus.Closed;
        ClosedAt = now.ToUniversalTime();
    }

    /// <summary>Throws the illegal-transition rule unless the defect is open, before anything else about an analysis is checked.</summary>
    public void EnsureCanAnalyse()
    {
        if (Status != DefectStatus.Open)
        {
            throw new DomainRuleException("defect.illegal_transition", $"A defect that is {Status} cannot be analysed.", Status.ToString(), DefectStatus.Analysed.ToString());
        }
    }

    /// <summary>Throws the illegal-transition rule unless the defect is analysed.</summary>
    public void EnsureCanClose()
    {
        if (Status != DefectStatus.Analysed)
        {
            throw new DomainRuleException("defect.illegal_transition", $"A defect that is {Status} cannot be closed.", Status.ToString(), DefectStatus.Closed.ToString());
        }
    }

    /// <summary>The station the corrective action targets: the one the analysis pointed to, else where the defect was found.</summary>
    public Guid? TargetWorkstationId => SuspectedWorkstationId ?? WorkstationId;
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
