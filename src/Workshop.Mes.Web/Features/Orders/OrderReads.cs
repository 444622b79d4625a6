using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Infrastructure.Database;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>
/// Customer orders and shipments as other modules may read them (a work order's customer, a lot's shipments): untracked, composable queries. Changes go through the module's own services.
/// </summary>
[ModuleSurface]
internal static class OrderReads
{
    public static IQueryable<CustomerOrder> CustomerOrders(MesDbContext db) => db.CustomerOrders.AsNoTracking();

    public static IQueryable<CustomerOrderLine> CustomerOrderLines(MesDbContext db) => db.CustomerOrderLines.AsNoTracking();

    public static IQueryable<Shipment> Shipments(MesDbContext db) => db.Shipments.AsNoTracking();

    public static IQueryable<ShipmentLine> ShipmentLines(MesDbContext db) => db.ShipmentLines.AsNoTracking();

    /// <summary>An order line's size breakdown as the API and the pages show it (ADR 0076).</summary>
    public static IReadOnlyList<SizeQuantityView> SizesOf(CustomerOrderLine line) => [.. line.Sizes.Select(s => new SizeQuantityView(s.Label, s.Quantity))];
}
