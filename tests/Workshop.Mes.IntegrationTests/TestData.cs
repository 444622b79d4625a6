using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests;

/// <summary>A small workshop with one product, its two-step routing and BOM, built through the domain.</summary>
internal sealed class TestWorkshop
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 1, 0, 0, TimeSpan.Zero);

    private TestWorkshop(string slug, string name)
    {
        Tenant = new Tenant(name, slug, Industry.Garment, 5, Now);
        Worker = new Worker(Tenant.Id, "김미숙", "W001", 12_000);
        Cutting = new Workstation(Tenant.Id, "CUT", "재단대", 8);
        Sewing = new Workstation(Tenant.Id, "SEW", "본봉 미싱", 8);
        Product = new Item(Tenant.Id, "BL-01", "여성 블라우스", ItemKind.Product, "ea", 18_000);
        Fabric = new Item(Tenant.Id, "FB-01", "면 원단 흰색", ItemKind.Material, "yd", 4_500);
        Routing =
        [
            new RoutingStep(Tenant.Id, Product.Id, 1, "재단", Cutting.Id, 10, 3, false),
            new RoutingStep(Tenant.Id, Product.Id, 2, "봉제", Sewing.Id, 15, 20, true),
        ];
        Bom = [new BomLine(Tenant.Id, Product.Id, Fabric.Id, 1.5m)];
    }

    public Tenant Tenant { get; }

    public Worker Worker { get; }

    public Workstation Cutting { get; }

    public Workstation Sewing { get; }

    public Item Product { get; }

    public Item Fabric { get; }

    public IReadOnlyList<RoutingStep> Routing { get; }

    public IReadOnlyList<BomLine> Bom { get; }

    public static async Task<TestWorkshop> CreateAsync(MesDatabase database, string slug = "test-garment", string name = "테스트 봉제공방")
    {
        var workshop = new TestWorkshop(slug, name);
        await using var db = database.CreateContext();
        db.Workshops.Add(workshop.Tenant);
        db.Workers.Add(workshop.Worker);
        db.Workstations.AddRange(workshop.Cutting, workshop.Sewing);
        db.Items.AddRange(workshop.Product, workshop.Fabric);
        db.RoutingSteps.AddRange(workshop.Routing);
        db.BomLines.AddRange(workshop.Bom);
        await db.SaveChangesAsync();
        return workshop;
    }

    public WorkOrder NewWorkOrder(string number, decimal quantity = 100, DateOnly? due = null) =>
        new(Tenant.Id, number, Product.Id, quantity, due ?? new DateOnly(2026, 12, 1), WorkOrderPriority.Normal, null, Now);

    public WorkOrder ReleasedWorkOrder(string number, decimal quantity = 100, DateOnly? due = null)
    {
        var order = NewWorkOrder(number, quantity, due);
        order.Release(Routing, Bom, Now);
        return order;
    }

    public EventContext Context(WorkOrder order, int stepIndex, DateTimeOffset at) =>
        new(Tenant.Id, Guid.CreateVersion7(), order.Id, order.Steps[stepIndex].Id, Worker.Id, null, at, at);

    public async Task SaveAsync(MesDatabase database, params object[] entities)
    {
        await using var db = database.CreateContext();
        db.AddRange(entities);
        await db.SaveChangesAsync();
    }
}
