using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Tenancy;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// A demo workshop's master data (already domain entities) together with the habits the simulation
/// follows: who works where, how orders arrive, how often things break and how defects happen.
/// </summary>
internal sealed class WorkshopModel
{
    public required Tenant Tenant { get; init; }

    public required IReadOnlyList<Worker> Workers { get; init; }

    public required DemoLocations Locations { get; init; }

    public required IReadOnlyList<StationModel> Stations { get; init; }

    public required IReadOnlyList<MaterialModel> Materials { get; init; }

    public required IReadOnlyList<ProductModel> Products { get; init; }

    public required IReadOnlyList<DefectCode> DefectCodes { get; init; }

    public required IReadOnlyList<DowntimeReason> DowntimeReasons { get; init; }

    public required OrderProfile Orders { get; init; }

    public required DefectProfile Defects { get; init; }

    public required PauseProfile Pauses { get; init; }

    /// <summary>What the owner wrote down when a defect of a code was analysed, by defect code.</summary>
    public required IReadOnlyDictionary<string, DefectAnalysis> Analyses { get; init; }

    public required ScenarioProfile Scenario { get; init; }

    public Guid WorkshopId => Tenant.Id;

    public IEnumerable<Item> Items => Materials.Select(m => m.Item).Concat(Products.Select(p => p.Item));

    public IEnumerable<BomLine> BomLines => Products.SelectMany(p => p.Bom);

    public IEnumerable<RoutingStep> RoutingSteps => Products.SelectMany(p => p.Routing);

    public ProductModel Product(string code) => Products.Single(p => p.Item.Code == code);
}

internal sealed record DemoLocations(Location Store, Location Floor, Location FinishedGoods, Location Quarantine)
{
    public IReadOnlyList<Location> All => [Store, Floor, FinishedGoods, Quarantine];
}

internal sealed record Supplier(string Name, string LotPrefix);

/// <summary>A bought material with its supplier and buying rhythm: a delivery every so many days, in whole packs.</summary>
internal sealed class MaterialModel(Item item, Supplier supplier, int receiptEveryDays, decimal packSize)
{
    public Item Item { get; } = item;

    public Supplier Supplier { get; } = supplier;

    public int ReceiptEveryDays { get; } = receiptEveryDays;

    public decimal PackSize { get; } = packSize;
}

/// <summary>A product with its routing (and the station of each step), its BOM and how it moves in bundles.</summary>
internal sealed class ProductModel(
    Item item,
    IReadOnlyList<RoutingStep> routing,
    IReadOnlyList<StationModel> stations,
    IReadOnlyList<BomLine> bom,
    IReadOnlyList<MaterialModel> bomMaterials,
    int bundleSize,
    double popularity)
{
    public Item Item { get; } = item;

    public IReadOnlyList<RoutingStep> Routing { get; } = routing;

    /// <summary>The station of each routing step, index for index.</summary>
    public IReadOnlyList<StationModel> Stations { get; } = stations;

    public IReadOnlyList<BomLine> Bom { get; } = bom;

    /// <summary>The material of each BOM line, index for index; the first is the main fabric or stock.</summary>
    public IReadOnlyList<MaterialModel> BomMaterials { get; } = bomMaterials;

    public int BundleSize { get; } = bundleSize;

    public double Popularity { get; } = popularity;

    public decimal UnitMaterialCost { get; } = bom.Select((b, i) => b.QuantityPer * bomMaterials[i].Item.StandardCost).Sum();

    public MaterialModel MainMaterial => BomMaterials[0];
}

/// <summary>A workstation, the people who run it (one lane per machine running at once) and the defects it makes.</summary>
internal sealed class StationModel(
    Workstation workstation,
    IReadOnlyList<LaneSpec> lanes,
    IReadOnlyList<(DefectCode Code, double Weight)> defectCodes,
    bool holdsLateWeekForMonday = false)
{
    public Workstation Workstation { get; } = workstation;

    public IReadOnlyList<LaneSpec> Lanes { get; } = lanes;

    public IReadOnlyList<(DefectCode Code, double Weight)> DefectCodes { get; } = defectCodes;

    /// <summary>Bundles arriving Thursday to Saturday wait for Monday (the overlock habit behind the Monday overload).</summary>
    public bool HoldsLateWeekForMonday { get; } = holdsLateWeekForMonday;

    public bool HasOneLane => Lanes.Count == 1;

    /// <summary>
    /// A bundle may pause only when no other bundle of its step can be running beside it: at a one-lane
    /// station always, elsewhere only within a day on which the extra lanes do not work.
    /// </summary>
    public bool CanPause(DateTime start, DateTime end)
    {
        var day = DateOnly.FromDateTime(start);
        return HasOneLane || (day == DateOnly.FromDateTime(end) && Lanes.Skip(1).All(l => l.WorksOn is { } worksOn && !worksOn(day)));
    }
}

/// <summary>One machine's worth of capacity at a station: who runs it and on which days it runs.</summary>
internal sealed record LaneSpec(IReadOnlyList<(Worker Worker, double Weight)> Workers, Func<DateOnly, bool>? WorksOn = null);

internal sealed record QuantityBand(int Min, int Max, double Weight);

internal sealed record OrderProfile(
    int HistoryWeeks,
    IReadOnlyList<(int Count, double Weight)> OrdersPerWeek,
    IReadOnlyList<(int Count, double Weight)> LinesPerOrder,
    IReadOnlyList<QuantityBand> Quantities,
    int QuantityStep,
    int DueMinDays,
    int DueMaxDays,
    int SplitFrom,
    IReadOnlyList<string> Customers,
    int StockOrderEveryWeeks,
    IReadOnlyList<string> StockProductCodes,
    QuantityBand StockQuantity);

internal sealed record PauseReason(DowntimeReason Reason, double Weight, int MinMinutes, int MaxMinutes, string Note);

internal sealed record PauseProfile(double Probability, IReadOnlyList<PauseReason> Reasons, DowntimeReason Lunch, double LunchPauseProbability);

internal sealed record DefectAnalysis(string RootCause, CauseCategory Category, string CorrectiveAction);

/// <summary>How often a piece turns out defective at a step, and, for Changsin, the planted patterns.</summary>
internal sealed record DefectProfile(double BaseRate, bool PlantPatterns, IReadOnlyList<(DefectCode Code, double Weight)> SuspectLotCodes)
{
    public double Rate(DateTime localOutputTime, StationModel station, bool suspectLot)
    {
        if (!PlantPatterns)
        {
            return BaseRate;
        }

        var hour = localOutputTime.Hour;
        var timeFactor = hour >= DemoPatterns.LateAfternoonFromHour
            ? DemoPatterns.LateAfternoonDefectFactor
            : hour >= 13 ? DemoPatterns.EarlyAfternoonDefectFactor : 1.0;
        var stationFactor = station.Workstation.Code == DemoPatterns.DefectProneWorkstationCode ? DemoPatterns.DefectProneWorkstationFactor : 1.0;
        var lotFactor = suspectLot ? DemoPatterns.SuspectLotDefectFactor : 1.0;
        return BaseRate * timeFactor * stationFactor * lotFactor;
    }
}

/// <summary>The story-specific parts of a workshop's history.</summary>
internal sealed record ScenarioProfile(
    bool PlantPatterns,
    bool HoldAndCancel,
    IReadOnlyList<RecentOrder> RecentOrders,
    IReadOnlyList<string> HoldReasons);

/// <summary>
/// An order placed a few working days before today, so that "now" always finds work on the floor;
/// <paramref name="IsOpenDemand"/> marks the one whose released work orders wait for the short material.
/// </summary>
internal sealed record RecentOrder(int WorkingDaysAgo, int Hour, string Customer, IReadOnlyList<(string ProductCode, int Quantity)> Lines, bool IsOpenDemand = false);
