using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;

namespace Workshop.Mes.Testing;

/// <summary>
/// The one arrangement of a workshop that keeps stock: the <see cref="TestWorkshop"/> (its product, routing and
/// fabric BOM) with a material store (자재 창고), a cutting floor (재단 현장) and a finished-goods store (완제품 창고);
/// the fabric tracked by lot and buttons that are not. Stock is put on hand lot by lot with <see cref="LotOnHandAsync"/>.
/// </summary>
public sealed class StockedWorkshop
{
    private StockedWorkshop(TestWorkshop shop)
    {
        Shop = shop;
        var id = shop.Tenant.Id;
        Store = new Location(id, "ST-01", "자재 창고", LocationKind.Store);
        Floor = new Location(id, "FL-01", "재단 현장", LocationKind.Floor);
        Finished = new Location(id, "FG-01", "완제품 창고", LocationKind.FinishedGoods);
        Buttons = new Item(id, "BT-01", "단추 12mm", ItemKind.Material, "ea", 30);
        shop.Fabric.TrackLots(true);
    }

    public TestWorkshop Shop { get; }

    public Guid Id => Shop.Tenant.Id;

    /// <summary>자재 창고: where materials are received.</summary>
    public Location Store { get; }

    /// <summary>재단 현장: the floor, where work orders take their materials from.</summary>
    public Location Floor { get; }

    /// <summary>완제품 창고: where finished output goes and shipments leave from.</summary>
    public Location Finished { get; }

    public Item Product => Shop.Product;

    /// <summary>The BOM's fabric, tracked by lot.</summary>
    public Item Fabric => Shop.Fabric;

    /// <summary>A material tracked without lots, in no BOM.</summary>
    public Item Buttons { get; }

    /// <summary>Stores the workshop, its master data and its locations; <paramref name="arrange"/> may change them first.</summary>
    public static async Task<StockedWorkshop> CreateAsync(
        MesDatabase database, string slug = "test-garment", string name = "테스트 봉제공방", Action<StockedWorkshop>? arrange = null)
    {
        var stock = new StockedWorkshop(TestWorkshop.Create(slug, name));
        arrange?.Invoke(stock);
        await stock.Shop.SaveAsync(database, stock.Store, stock.Floor, stock.Finished, stock.Buttons);
        return stock;
    }

    /// <summary>
    /// A lot of <paramref name="item"/> on hand at <paramref name="location"/>, posted straight to the ledger as a
    /// receipt, or as a work order's output when <paramref name="producedBy"/> is given.
    /// </summary>
    public async Task<Lot> LotOnHandAsync(
        MesDatabase database,
        Item item,
        Location location,
        string lotNumber,
        decimal quantity,
        string? supplier = null,
        DateOnly? expiresOn = null,
        DateTimeOffset? receivedAt = null,
        Guid? producedBy = null)
    {
        var at = receivedAt ?? TestWorkshop.Now;
        var lot = new Lot(Id, item.Id, lotNumber, supplier, at, expiresOn, producedBy);
        var key = new StockKey(item.Id, lot.Id, location.Id);
        var movement = producedBy is { } workOrderId
            ? StockMovement.Output(Id, key, quantity, at, workOrderId)
            : StockMovement.Receipt(Id, key, quantity, at);
        var balance = new StockBalance(Id, key);
        balance.Post(movement, allowNegative: false);
        await Shop.SaveAsync(database, lot, movement, balance);
        return lot;
    }

    /// <summary>A fabric lot from 대한섬유 on hand at the floor (or at <paramref name="at"/>), with its own expiry.</summary>
    public Task<Lot> ReceiveFabricAsync(MesDatabase database, string number, decimal quantity, DateOnly? expires, DateTimeOffset receivedAt, Location? at = null) =>
        LotOnHandAsync(database, Fabric, at ?? Floor, number, quantity, "대한섬유", expires, receivedAt);

    /// <summary>What is on hand of one lot, over every location.</summary>
    public static async Task<decimal> OnHandAsync(MesDatabase database, Guid lotId)
    {
        await using var db = database.CreateContext();
        return await db.StockBalances.IgnoreQueryFilters().Where(b => b.LotId == lotId).SumAsync(b => b.OnHand);
    }
}
