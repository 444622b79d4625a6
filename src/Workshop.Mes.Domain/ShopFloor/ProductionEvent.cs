using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.ShopFloor;

public enum ProductionEventKind
{
    Start,
    Pause,
    Resume,
    Output,
    Finish,
    Correction,
}

/// <summary>
/// One thing that happened at a step, as the floor reported it. Append-only: a mistake is fixed by a
/// correction event that refers to it. <see cref="ClientEventId"/> comes from the tablet, so an event
/// sent twice by a reconnecting outbox is stored once.
/// </summary>
public sealed class ProductionEvent : TenantEntity
{
    /// <summary>How far ahead of our clock a capture time may be: a clock a few minutes fast is tolerated.</summary>
    public static readonly TimeSpan ClockSlack = TimeSpan.FromMinutes(5);

    private ProductionEvent()
    {
    }

    private ProductionEvent(EventContext context, ProductionEventKind kind)
        : base(context.WorkshopId)
    {
        if (IsInFuture(context.CapturedAt, context.ReceivedAt))
        {
            throw new DomainRuleException("production_event.captured_in_future", "The event's capture time is in the future.");
        }

        ClientEventId = context.ClientEventId;
        WorkOrderId = context.WorkOrderId;
        WorkOrderStepId = context.WorkOrderStepId;
        WorkerId = context.WorkerId;
        DeviceId = context.DeviceId;
        CapturedAt = context.CapturedAt.ToUniversalTime();
        ReceivedAt = context.ReceivedAt.ToUniversalTime();
        Scanned = context.Scanned;
        Kind = kind;
    }

    /// <summary>An event from the future is refused (beyond <see cref="ClockSlack"/>).</summary>
    public static bool IsInFuture(DateTimeOffset capturedAt, DateTimeOffset receivedAt) => capturedAt > receivedAt + ClockSlack;

    public Guid ClientEventId { get; private set; }

    public Guid WorkOrderId { get; private set; }

    public Guid WorkOrderStepId { get; private set; }

    public Guid WorkerId { get; private set; }

    public Guid? DeviceId { get; private set; }

    public ProductionEventKind Kind { get; private set; }

    public decimal GoodQuantity { get; private set; }

    public decimal ScrapQuantity { get; private set; }

    /// <summary>Why a pause happened (비가동 사유).</summary>
    public Guid? DowntimeReasonId { get; private set; }

    /// <summary>What kind of defect the scrap was.</summary>
    public Guid? DefectCodeId { get; private set; }

    public Guid? CorrectsEventId { get; private set; }

    public string? Note { get; private set; }

    /// <summary>When the worker tapped the button, by the device's clock.</summary>
    public DateTimeOffset CapturedAt { get; private set; }

    /// <summary>When the server stored it; later than capture when the tablet was offline.</summary>
    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The worker reached the step by scanning its traveller's QR code rather than picking it from a list.</summary>
    public bool Scanned { get; private set; }

    public static ProductionEvent Start(EventContext context) => new(context, ProductionEventKind.Start);

    public static ProductionEvent Resume(EventContext context) => new(context, ProductionEventKind.Resume);

    public static ProductionEvent Pause(EventContext context, Guid downtimeReasonId)
    {
        if (downtimeReasonId == Guid.Empty)
        {
            throw new DomainRuleException("production_event.pause_reason_required", "A pause needs a reason.");
        }

        return new(context, ProductionEventKind.Pause) { DowntimeReasonId = downtimeReasonId };
    }

    public static ProductionEvent Output(EventContext context, decimal good, decimal scrap, Guid? defectCodeId)
    {
        var e = new ProductionEvent(context, ProductionEventKind.Output);
        e.SetQuantities(good, scrap, defectCodeId, requireSome: true);
        return e;
    }

    public static ProductionEvent Finish(EventContext context, decimal good = 0, decimal scrap = 0, Guid? defectCodeId = null)
    {
        var e = new ProductionEvent(context, ProductionEventKind.Finish);
        e.SetQuantities(good, scrap, defectCodeId, requireSome: false);
        return e;
    }

    /// <summary>A correction adds signed deltas to an earlier output; the original event stays as it was.</summary>
    public static ProductionEvent Correction(EventContext context, ProductionEvent corrected, decimal goodDelta, decimal scrapDelta, string note)
    {
        if (goodDelta == 0 && scrapDelta == 0)
        {
            throw new DomainRuleException("production_event.correction_empty", "A correction must change a quantity.");
        }

        return new(context, ProductionEventKind.Correction)
        {
            CorrectsEventId = corrected.Id,
            GoodQuantity = goodDelta,
            ScrapQuantity = scrapDelta,
            Note = Guard.Required(note, nameof(note)),
        };
    }

    private void SetQuantities(decimal good, decimal scrap, Guid? defectCodeId, bool requireSome)
    {
        Guard.NotNegative(good, "goodQuantity");
        Guard.NotNegative(scrap, "scrapQuantity");
        if (requireSome && good + scrap == 0)
        {
            throw new DomainRuleException("production_event.output_empty", "An output needs a good or scrap quantity.");
        }

        if (scrap > 0 && defectCodeId is null)
        {
            throw new DomainRuleException("production_event.scrap_needs_defect_code", "Scrap needs a defect code.");
        }

        GoodQuantity = good;
        ScrapQuantity = scrap;
        DefectCodeId = scrap > 0 ? defectCodeId : null;
    }
}

/// <summary>Who reported what, where and when: the part every production event shares.</summary>
public sealed record EventContext(
    Guid WorkshopId,
    Guid ClientEventId,
    Guid WorkOrderId,
    Guid WorkOrderStepId,
    Guid WorkerId,
    Guid? DeviceId,
    DateTimeOffset CapturedAt,
    DateTimeOffset ReceivedAt,
    bool Scanned = false);
