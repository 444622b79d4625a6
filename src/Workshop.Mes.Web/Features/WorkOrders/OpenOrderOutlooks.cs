using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.WorkOrders;
using DomainStatus = Workshop.Mes.Domain.WorkOrders.WorkOrderStatus;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>
/// The delivery outlook of every open order of one workshop on one day (ADR 0070), read once per list or page and asked
/// per order; other modules get it through <see cref="WorkOrderReads.OutlooksAsync"/>.
/// </summary>
[ModuleSurface]
internal sealed class OpenOrderOutlooks(IReadOnlyDictionary<Guid, DeliveryOutlook> byOrder, IReadOnlyDictionary<Guid, string> stationNames, DateOnly today)
{
    public DateOnly Today => today;

    /// <summary>No open order looked at: every order is overdue or on track by its dates alone.</summary>
    public static OpenOrderOutlooks None(DateOnly today) => new(new Dictionary<Guid, DeliveryOutlook>(), new Dictionary<Guid, string>(), today);

    public DeliveryOutlook Of(Guid orderId, DomainStatus status, DateOnly dueDate) =>
        DeliveryOutlook.Of(status, dueDate, today, byOrder.GetValueOrDefault(orderId));

    public LateReason? ReasonOf(DeliveryOutlook outlook) =>
        outlook.Shortfall is { } shortfall
            ? new LateReason(shortfall.WorkstationId, stationNames.GetValueOrDefault(shortfall.WorkstationId) ?? string.Empty, shortfall.HoursShort)
            : null;

    /// <summary>The open orders in that standing, for a list filtered by it.</summary>
    public List<Guid> InStanding(DeliveryStanding standing) => [.. byOrder.Where(o => o.Value.Standing == standing).Select(o => o.Key)];
}
