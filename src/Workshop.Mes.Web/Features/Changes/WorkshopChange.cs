namespace Workshop.Mes.Web.Features.Changes;

/// <summary>What happened in a module, as other modules and open screens hear it (ADR 0060).</summary>
[ModuleSurface]
internal enum ChangeKind
{
    /// <summary>A floor or office event was stored; the subject is its work order.</summary>
    ProductionRecorded,

    /// <summary>Scrap made a defect record; the subject is its work order.</summary>
    DefectRecorded,

    /// <summary>Stock moved; the subject is the item when one item moved.</summary>
    StockPosted,

    /// <summary>A work order changed status; the subject is the order.</summary>
    OrderStatusChanged,

    /// <summary>A defect was analysed or closed; the subject is the defect.</summary>
    DefectUpdated,

    /// <summary>A tablet used a pairing code; the subject is the pairing (the code's owner is waiting for it).</summary>
    TabletPaired,

    /// <summary>
    /// Never published: the feed's connection was lost and is back, and changes made in between were not heard.
    /// A subscriber reads its state again.
    /// </summary>
    Reconnected,
}

/// <summary>A change in one workshop, small enough for a PostgreSQL notification; <paramref name="SubjectId"/> is the thing it happened to, when there is one.</summary>
[ModuleSurface]
internal sealed record WorkshopChange(Guid WorkshopId, ChangeKind Kind, Guid? SubjectId = null);
