using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>Both demo workshops, built in memory through the domain, ready to be added to a context.</summary>
internal sealed class DemoDataSet(IReadOnlyList<DemoWorkshopData> workshops)
{
    public IReadOnlyList<DemoWorkshopData> Workshops { get; } = workshops;

    public DemoWorkshopData this[string slug] => Workshops.Single(w => w.Tenant.Slug == slug);

    /// <summary>
    /// Builds the history up to <paramref name="now"/>. All randomness comes from one generator seeded with
    /// <see cref="DemoRandom.Seed"/>, so the same clock gives the same data (only the ids differ).
    /// </summary>
    public static DemoDataSet Build(DateTimeOffset now)
    {
        var random = DemoRandom.Create();
        var today = DemoCalendar.Today(now);

        var changsin = ChangsinGarmentWorkshop.Create(SignedUpAt(today, ChangsinGarmentWorkshop.HistoryWeeks));
        var mullae = MullaeMetalWorkshop.Create(SignedUpAt(today, MullaeMetalWorkshop.HistoryWeeks));
        var workshops = new[] { ProductionHistory.Simulate(changsin, now, random), ProductionHistory.Simulate(mullae, now, random) };
        foreach (var workshop in workshops)
        {
            workshop.Assessment = DemoAssessment.For(workshop, now);
        }

        return new DemoDataSet(workshops);
    }

    /// <summary>Each workshop signed up a couple of weeks before its history starts.</summary>
    private static DateTimeOffset SignedUpAt(DateOnly today, int historyWeeks) =>
        DemoCalendar.ToInstant(DemoCalendar.At(today.AddDays(-(7 * historyWeeks) - 14), 10));
}

/// <summary>One workshop's demo rows, per entity type; children (order lines, steps, shipment lines) hang off their parents.</summary>
internal sealed class DemoWorkshopData
{
    public required Tenant Tenant { get; init; }

    public required IReadOnlyList<Worker> Workers { get; init; }

    public IReadOnlyList<FloorDevice> FloorDevices { get; init; } = [];

    /// <summary>The owner's profile, goals and self-assessment, and a consultant's past visit (DemoAssessment).</summary>
    public DemoAssessmentInputs? Assessment { get; set; }

    public required IReadOnlyList<Location> Locations { get; init; }

    public required IReadOnlyList<Workstation> Workstations { get; init; }

    public required IReadOnlyList<Item> Items { get; init; }

    public required IReadOnlyList<BomLine> BomLines { get; init; }

    public required IReadOnlyList<RoutingStep> RoutingSteps { get; init; }

    public required IReadOnlyList<DefectCode> DefectCodes { get; init; }

    public required IReadOnlyList<DowntimeReason> DowntimeReasons { get; init; }

    public required IReadOnlyList<NumberSequence> NumberSequences { get; init; }

    public required IReadOnlyList<Lot> Lots { get; init; }

    public required IReadOnlyList<CustomerOrder> CustomerOrders { get; init; }

    public required IReadOnlyList<WorkOrder> WorkOrders { get; init; }

    public required IReadOnlyList<ProductionEvent> ProductionEvents { get; init; }

    public required IReadOnlyList<DefectRecord> DefectRecords { get; init; }

    public required IReadOnlyList<Downtime> Downtimes { get; init; }

    public required IReadOnlyList<StockMovement> StockMovements { get; init; }

    public required IReadOnlyList<StockBalance> StockBalances { get; init; }

    public required IReadOnlyList<Shipment> Shipments { get; init; }

    /// <summary>The stained lot of <see cref="DemoPatterns.SuspectLotMaterialCode"/>, for Changsin; null elsewhere.</summary>
    public Lot? SuspectLot { get; init; }

    public int RowCount =>
        1 + Workers.Count + FloorDevices.Count + (Assessment?.RowCount ?? 0) + Locations.Count + Workstations.Count + Items.Count + BomLines.Count + RoutingSteps.Count
        + DefectCodes.Count + DowntimeReasons.Count + NumberSequences.Count + Lots.Count
        + CustomerOrders.Sum(o => 1 + o.Lines.Count) + WorkOrders.Sum(w => 1 + w.Steps.Count + w.Materials.Count)
        + ProductionEvents.Count + DefectRecords.Count + Downtimes.Count + StockMovements.Count + StockBalances.Count
        + Shipments.Sum(s => 1 + s.Lines.Count);
}
