using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Testing;

/// <summary>
/// A small workshop built through the domain: one worker, two stations, one product on a two-step routing with
/// a one-line BOM. Everything made here is kept until <see cref="SaveAsync"/> stores it for real.
/// </summary>
public sealed class TestWorkshop
{
    /// <summary>Tuesday 10 November 2026, 9 o'clock in Seoul.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(9));

    private readonly List<object> _pending = [];

    private TestWorkshop(string slug, string name, string productCode, string productName)
    {
        Tenant = new Tenant(name, slug, Industry.Garment, 5, Now);
        Worker = new Worker(Tenant.Id, "김미숙", "W001", 12_000);
        Cutting = new Workstation(Tenant.Id, "CUT", "재단대", 8);
        Sewing = new Workstation(Tenant.Id, "SEW", "본봉 미싱", 8);
        Product = new Item(Tenant.Id, productCode, productName, ItemKind.Product, "ea", 18_000);
        Fabric = new Item(Tenant.Id, "FB-01", "면 원단 흰색", ItemKind.Material, "yd", 4_500);
        Routing =
        [
            new RoutingStep(Tenant.Id, Product.Id, 1, "재단", Cutting.Id, 10, 3, false),
            new RoutingStep(Tenant.Id, Product.Id, 2, "봉제", Sewing.Id, 15, 20, true),
        ];
        Bom = [new BomLine(Tenant.Id, Product.Id, Fabric.Id, 1.5m)];
        _pending.AddRange([Tenant, Worker, Cutting, Sewing, Product, Fabric, .. Routing, .. Bom]);
    }

    public Tenant Tenant { get; }

    public Worker Worker { get; }

    public Workstation Cutting { get; }

    public Workstation Sewing { get; }

    public Item Product { get; }

    public Item Fabric { get; }

    public IReadOnlyList<RoutingStep> Routing { get; }

    public IReadOnlyList<BomLine> Bom { get; }

    public static TestWorkshop Create(
        string slug = "test-garment", string name = "테스트 봉제공방", string productCode = "BL-01", string productName = "여성 블라우스") =>
        new(slug, name, productCode, productName);

    /// <summary>Creates the workshop and stores its master data at once.</summary>
    public static async Task<TestWorkshop> CreateAsync(MesDatabase database, string slug = "test-garment", string name = "테스트 봉제공방")
    {
        var workshop = Create(slug, name);
        await workshop.SaveAsync(database);
        return workshop;
    }

    /// <summary>Work orders for the product, its routing and BOM, worked by <see cref="Worker"/>; not kept for saving, pass them to <see cref="SaveAsync"/>.</summary>
    public WorkOrderBuilder WorkOrders => new(Tenant.Id, Product.Id, Routing, Bom) { WorkerId = Worker.Id };

    /// <summary>A kept, released order whose steps have run: the first made <paramref name="firstStepGood"/>, the last <paramref name="good"/>.</summary>
    public WorkOrder InProgressOrder(string number, decimal quantity, decimal firstStepGood, decimal good, DateOnly due)
    {
        var order = Keep(WorkOrders.Released(number, quantity, due));
        Record(order, ProductionEvent.Start(Context(order, 0, Now.AddHours(-3))));
        Record(order, ProductionEvent.Output(Context(order, 0, Now.AddHours(-2)), firstStepGood, 0, null));
        Record(order, ProductionEvent.Start(Context(order, 1, Now.AddHours(-1))));
        Record(order, ProductionEvent.Output(Context(order, 1, Now.AddMinutes(-30)), good, 0, null));
        return order;
    }

    /// <summary>A kept order whose every step made the full quantity and which the owner then completed.</summary>
    public WorkOrder CompletedOrder(string number, decimal quantity, DateOnly due)
    {
        var order = Keep(WorkOrders.Released(number, quantity, due));
        for (var step = 0; step < order.Steps.Count; step++)
        {
            Record(order, ProductionEvent.Start(Context(order, step, Now.AddHours(-4 + step))));
            Record(order, ProductionEvent.Finish(Context(order, step, Now.AddHours(-3 + step)), quantity));
        }

        order.Complete(Now.AddMinutes(-10));
        return order;
    }

    public EventContext Context(WorkOrder order, int stepIndex, DateTimeOffset at) =>
        new(Tenant.Id, Guid.CreateVersion7(), order.Id, order.Steps[stepIndex].Id, Worker.Id, null, at, at);

    /// <summary>Stores everything kept so far and the given entities, in one unit of work.</summary>
    public async Task SaveAsync(MesDatabase database, params object[] entities)
    {
        await using var db = database.CreateContext();
        db.AddRange(_pending);
        db.AddRange(entities);
        await db.SaveChangesAsync();
        _pending.Clear();
    }

    private WorkOrder Keep(WorkOrder order)
    {
        _pending.Add(order);
        return order;
    }

    private void Record(WorkOrder order, ProductionEvent productionEvent)
    {
        order.Record(productionEvent);
        _pending.Add(productionEvent);
    }
}
