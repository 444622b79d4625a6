using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Persistence;

public sealed class OrdersPersistenceTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_shipment_of_a_finished_lot_books_the_order_line_and_keeps_the_lot()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var order = new CustomerOrder(shop.Tenant.Id, "SO-2611-0001", "스타일난다 OEM", new DateOnly(2026, 11, 1));
        var line = order.AddLine(shop.Product.Id, 100, new DateOnly(2026, 11, 15));
        var lot = new Lot(shop.Tenant.Id, shop.Product.Id, "FG-261114-01", null, TestWorkshop.Now, null);
        await shop.SaveAsync(database, order, lot);

        await using (var db = database.CreateContext())
        {
            var tracked = await db.CustomerOrders.SingleAsync();
            var shipment = new Shipment(shop.Tenant.Id, "SH-2611-0001", tracked.Id, new DateTimeOffset(2026, 11, 14, 6, 0, 0, TimeSpan.Zero));
            shipment.Ship(tracked, line.Id, lot.Id, 60);
            db.Shipments.Add(shipment);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext();
        var stored = await read.CustomerOrders.SingleAsync();
        stored.Status.ShouldBe(CustomerOrderStatus.PartiallyShipped);
        stored.Lines.Single().ShippedQuantity.ShouldBe(60);
        var storedShipment = await read.Shipments.SingleAsync();
        storedShipment.Lines.Single().LotId.ShouldBe(lot.Id);
        Shipment.IsOnTime(storedShipment.ShippedAt, line.DueDate, TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul")).ShouldBeTrue();
    }
}
