using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.ComponentTests;

/// <summary>A small workshop with one product on a two-step routing, built through the domain and stored for real.</summary>
internal sealed class TestWorkshop
{
    /// <summary>Tuesday 10 November 2026, 9 o'clock in Seoul.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 10, 9, 0, 0, TimeSpan.FromHours(9));

    private readonly List<object> _pending = [];

    private TestWorkshop(string slug, string name, string productCode, string productName)
    {
        Tenant = new Tenant(name, slug, Industry.Garment, 5, Now);
        Worker = new Worker(Tenant.Id, "김미숙", "W001", 12_000);
        var cutting = new Workstation(Tenant.Id, "CUT", "재단대", 8);
        var sewing = new Workstation(Tenant.Id, "SEW", "본봉 미싱", 8);
        Product = new Item(Tenant.Id, productCode, productName, ItemKind.Product, "ea", 18_000);
        Routing =
        [
            new RoutingStep(Tenant.Id, Product.Id, 1, "재단", cutting.Id, 10, 3, false),
            new RoutingStep(Tenant.Id, Product.Id, 2, "봉제", sewing.Id, 15, 20, true),
        ];
        _pending.AddRange([Tenant, Worker, cutting, sewing, Product, .. Routing]);
    }

    public Tenant Tenant { get; }

    public Worker Worker { get; }

    public Item Product { get; }

    public IReadOnlyList<RoutingStep> Routing { get; }

    /// <summary>What the page receives from the layout as its cascading workshop.</summary>
    public WorkshopRef Ref => new(Tenant.Id, Tenant.Slug, Tenant.Name, Tenant.TimeZone);

    public static TestWorkshop Create(
        string slug = "changsin-test", string name = "창신동 테스트공방", string productCode = "BL-01", string productName = "여성 블라우스") =>
        new(slug, name, productCode, productName);

    /// <summary>A released order whose steps have run: the first made <paramref name="firstStepGood"/>, the last <paramref name="good"/>.</summary>
    public WorkOrder InProgressOrder(string number, decimal quantity, decimal firstStepGood, decimal good, DateOnly due)
    {
        var order = Released(number, quantity, due);
        Record(order, ProductionEvent.Start(Context(order, 0, Now.AddHours(-3))));
        Record(order, ProductionEvent.Output(Context(order, 0, Now.AddHours(-2)), firstStepGood, 0, null));
        Record(order, ProductionEvent.Start(Context(order, 1, Now.AddHours(-1))));
        Record(order, ProductionEvent.Output(Context(order, 1, Now.AddMinutes(-30)), good, 0, null));
        return order;
    }

    /// <summary>An order whose every step made the full quantity and which the owner then completed.</summary>
    public WorkOrder CompletedOrder(string number, decimal quantity, DateOnly due)
    {
        var order = Released(number, quantity, due);
        for (var step = 0; step < order.Steps.Count; step++)
        {
            Record(order, ProductionEvent.Start(Context(order, step, Now.AddHours(-4 + step))));
            Record(order, ProductionEvent.Finish(Context(order, step, Now.AddHours(-3 + step)), quantity));
        }

        order.Complete(Now.AddMinutes(-10));
        return order;
    }

    /// <summary>Stores the workshop, its catalogue and every order and event made so far.</summary>
    public async Task SaveAsync(MesDatabase database)
    {
        await using var db = database.CreateContext();
        db.AddRange(_pending);
        await db.SaveChangesAsync();
        _pending.Clear();
    }

    private WorkOrder Released(string number, decimal quantity, DateOnly due)
    {
        var order = new WorkOrder(Tenant.Id, number, Product.Id, quantity, due, WorkOrderPriority.Normal, null, Now.AddDays(-2));
        order.Release(Routing, [], Now.AddDays(-1));
        _pending.Add(order);
        return order;
    }

    private void Record(WorkOrder order, ProductionEvent productionEvent)
    {
        order.Record(productionEvent);
        _pending.Add(productionEvent);
    }

    private EventContext Context(WorkOrder order, int stepIndex, DateTimeOffset at) =>
        new(Tenant.Id, Guid.CreateVersion7(), order.Id, order.Steps[stepIndex].Id, Worker.Id, null, at, at);
}
