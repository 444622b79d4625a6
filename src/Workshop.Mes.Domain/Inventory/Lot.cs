using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Inventory;

/// <summary>A lot (로트) of an item: one supplier delivery or one production run, traced through every move.</summary>
public sealed class Lot : TenantEntity
{
    private Lot()
    {
    }

    public Lot(Guid workshopId, Guid itemId, string lotNumber, string? supplierName, DateTimeOffset receivedAt, DateOnly? expiresOn, Guid? producedByWorkOrderId = null)
        : base(workshopId)
    {
        ItemId = itemId;
        LotNumber = Guard.Required(lotNumber, nameof(lotNumber));
        SupplierName = TypedText.CleanOrNull(supplierName);
        ReceivedAt = receivedAt.ToUniversalTime();
        ExpiresOn = expiresOn is { } day ? Guard.AcceptedDate(day, nameof(expiresOn)) : null;
        ProducedByWorkOrderId = producedByWorkOrderId;
    }

    public Guid ItemId { get; private set; }

    public string LotNumber { get; private set; } = string.Empty;

    public string? SupplierName { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    /// <summary>Set for output lots: the work order that made them.</summary>
    public Guid? ProducedByWorkOrderId { get; private set; }
}
