using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.ShopFloor;

/// <summary>An event entered in the office (progress dialog, day sheet) for a worker; no worker means the person entering it.</summary>
internal sealed record OfficeCapture(FloorEvent Event, Guid? WorkerId);

/// <summary>
/// The one way production is recorded, from a tablet or the office: each event is stored once by its id and,
/// in the same transaction, moves its step and order, counts actual minutes, records a defect for scrap,
/// backflushes material and keeps downtime. A refused event is kept for the owner, never dropped.
/// </summary>
[ModuleSurface]
internal sealed class ProductionCapture
{
    /// <summary>Office entry (Area.ShopFloor, Create): the same events a tablet sends, one result per event.</summary>
    public Task<IReadOnlyList<FloorEventResult>> RecordForOfficeAsync(
        WorkshopMember member, IReadOnlyList<OfficeCapture> events, CancellationToken cancellationToken) =>
        throw new NotImplementedException("The shop-floor capture lands with issue 11.");
}
