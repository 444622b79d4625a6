using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>Creates one workshop's master data through the domain constructors, keeping the lists together.</summary>
internal sealed class WorkshopModelBuilder(Tenant tenant)
{
    /// <summary>Labour and overhead per standard minute, for a product's standard cost (KRW).</summary>
    private const decimal CostPerMinute = 300m;

    private readonly List<Worker> _workers = [];
    private readonly List<MaterialModel> _materials = [];
    private readonly List<StationModel> _stations = [];
    private readonly List<ProductModel> _products = [];
    private readonly List<DefectCode> _defectCodes = [];
    private readonly List<DowntimeReason> _downtimeReasons = [];

    public Guid WorkshopId => tenant.Id;

    public IReadOnlyList<Worker> Workers => _workers;

    public IReadOnlyList<MaterialModel> Materials => _materials;

    public IReadOnlyList<StationModel> Stations => _stations;

    public IReadOnlyList<ProductModel> Products => _products;

    public IReadOnlyList<DefectCode> DefectCodes => _defectCodes;

    public IReadOnlyList<DowntimeReason> DowntimeReasons => _downtimeReasons;

    public Worker Worker(string name, string badgeCode, decimal hourlyCost)
    {
        var worker = new Worker(WorkshopId, name, badgeCode, hourlyCost);
        _workers.Add(worker);
        return worker;
    }

    public DemoLocations Locations(string store, string floor, string finishedGoods, string quarantine) => new(
        new Location(WorkshopId, "STORE", store, LocationKind.Store),
        new Location(WorkshopId, "FLOOR", floor, LocationKind.Floor),
        new Location(WorkshopId, "FG", finishedGoods, LocationKind.FinishedGoods),
        new Location(WorkshopId, "QUAR", quarantine, LocationKind.Quarantine));

    public DefectCode DefectCode(string code, string name, CauseCategory category, string color, string icon)
    {
        var defectCode = new DefectCode(WorkshopId, code, name, category, color, icon);
        _defectCodes.Add(defectCode);
        return defectCode;
    }

    public DowntimeReason DowntimeReason(string code, string name, bool planned)
    {
        var reason = new DowntimeReason(WorkshopId, code, name, planned);
        _downtimeReasons.Add(reason);
        return reason;
    }

    public MaterialModel Material(
        string code,
        string name,
        string unit,
        decimal standardCost,
        Supplier supplier,
        int receiptEveryDays,
        decimal packSize,
        int leadTimeDays,
        bool lotTracked = false)
    {
        var item = new Item(WorkshopId, code, name, ItemKind.Material, unit, standardCost);
        item.SetPlanning(0, 0, leadTimeDays);
        item.TrackLots(lotTracked);
        item.BuyFrom(supplier.Name);
        var material = new MaterialModel(item, supplier, receiptEveryDays, packSize);
        _materials.Add(material);
        return material;
    }

    public StationModel Station(
        string code,
        string name,
        IReadOnlyList<LaneSpec> lanes,
        IReadOnlyList<(DefectCode Code, double Weight)> defectCodes,
        bool holdsLateWeekForMonday = false)
    {
        var station = new StationModel(new Workstation(WorkshopId, code, name, 8), lanes, defectCodes, holdsLateWeekForMonday);
        _stations.Add(station);
        return station;
    }

    /// <summary>A product with its routing (steps numbered 10, 20, 30…) and its BOM, the first line being the main material.</summary>
    public ProductModel Product(
        string code,
        string name,
        int bundleSize,
        double popularity,
        IReadOnlyList<(string Station, string Operation, decimal Setup, decimal Run)> steps,
        IReadOnlyList<(string Material, decimal QuantityPer)> bom)
    {
        var materials = bom.Select(b => _materials.Single(m => m.Item.Code == b.Material)).ToList();
        var materialCost = bom.Select((b, i) => b.QuantityPer * materials[i].Item.StandardCost).Sum();
        var standardCost = Math.Round(materialCost + (steps.Sum(s => s.Run) * CostPerMinute), 0);
        var item = new Item(WorkshopId, code, name, ItemKind.Product, "ea", standardCost);
        item.TrackLots(true);

        var stations = steps.Select(s => _stations.Single(st => st.Workstation.Code == s.Station)).ToList();
        var routing = steps
            .Select((s, i) => new RoutingStep(WorkshopId, item.Id, (i + 1) * 10, s.Operation, stations[i].Workstation.Id, s.Setup, s.Run, requiresInspection: i == steps.Count - 1))
            .ToList();
        var bomLines = bom.Select((b, i) => new BomLine(WorkshopId, item.Id, materials[i].Item.Id, b.QuantityPer)).ToList();

        var product = new ProductModel(item, routing, stations, bomLines, materials, bundleSize, popularity);
        _products.Add(product);
        return product;
    }

    /// <summary>Sets reorder point and safety stock the way the owner would: days of average use.</summary>
    public static void SetPlanningFromUse(Item item, decimal dailyUse, decimal packSize)
    {
        var safety = RoundUp(dailyUse * 5, packSize >= 100 ? 10 : 1);
        var reorder = RoundUp(dailyUse * (item.LeadTimeDays + 5), packSize >= 100 ? 10 : 1);
        item.SetPlanning(Math.Max(reorder, safety + 1), safety, item.LeadTimeDays);
    }

    private static decimal RoundUp(decimal value, decimal step) => Math.Max(step, Math.Ceiling(value / step) * step);
}
