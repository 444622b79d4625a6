using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>What becomes of a planned work order by "now".</summary>
internal enum WorkOrderFate
{
    /// <summary>Released and scheduled on the floor; by now it may be anywhere from not started to completed.</summary>
    Runs,

    /// <summary>Created but not yet released.</summary>
    Draft,

    /// <summary>Released, but its short material is not there, so it has not started.</summary>
    WaitsForMaterial,

    /// <summary>Released and put on hold before it started.</summary>
    HeldBeforeStart,

    /// <summary>Started and put on hold half-way.</summary>
    HeldInProgress,

    /// <summary>Its customer cancelled before work started.</summary>
    Cancelled,
}

/// <summary>
/// The whole history of one workshop as plain plan records, times in Seoul local time, before any of it
/// becomes domain entities. Planning decides what happens; <see cref="ProductionHistory"/> makes it happen
/// through the domain in time order.
/// </summary>
internal sealed class ProductionPlan(WorkshopModel model, DateTime nowLocal, DateOnly historyStart)
{
    public WorkshopModel Model { get; } = model;

    public DateTime NowLocal { get; } = nowLocal;

    public DateOnly Today { get; } = DateOnly.FromDateTime(nowLocal);

    public DateOnly HistoryStart { get; } = historyStart;

    public List<PlannedOrder> Orders { get; } = [];

    public List<PlannedWorkOrder> WorkOrders { get; } = [];

    public List<PlannedShipment> Shipments { get; } = [];

    /// <summary>Deliveries of every material, in time order per material.</summary>
    public Dictionary<MaterialModel, List<PlannedReceipt>> Receipts { get; } = [];

    public PlannedReceipt? SuspectReceipt { get; set; }

    /// <summary>The receipt a kit drawn at <paramref name="kitAt"/> comes from: the latest delivery before it.</summary>
    public PlannedReceipt ReceiptFor(MaterialModel material, DateTime kitAt)
    {
        var receipts = Receipts[material];
        PlannedReceipt? found = null;
        foreach (var receipt in receipts)
        {
            if (receipt.At > kitAt)
            {
                break;
            }

            found = receipt;
        }

        return found ?? throw new InvalidOperationException($"No delivery of {material.Item.Code} before {kitAt:O}.");
    }
}

internal sealed class PlannedOrder(DateTime orderedAt, string customer)
{
    public DateTime OrderedAt { get; } = orderedAt;

    public string Customer { get; } = customer;

    public List<PlannedLine> Lines { get; } = [];

    public WorkOrderPriority Priority { get; set; } = WorkOrderPriority.Normal;

    /// <summary>One of the workshop's scripted recent orders rather than a random one.</summary>
    public bool IsScripted { get; init; }

    /// <summary>The recent order whose released work orders wait for the short material.</summary>
    public bool IsOpenDemand { get; init; }

    public DateTime? CancelledAt { get; set; }

    public CustomerOrder? Entity { get; set; }
}

internal sealed class PlannedLine(PlannedOrder order, ProductModel product, int quantity, DateOnly dueDate)
{
    public PlannedOrder Order { get; } = order;

    public ProductModel Product { get; } = product;

    public int Quantity { get; } = quantity;

    public DateOnly DueDate { get; } = dueDate;

    public List<PlannedWorkOrder> WorkOrders { get; } = [];

    public CustomerOrderLine? Entity { get; set; }
}

internal sealed class PlannedWorkOrder(ProductModel product, PlannedLine? line, int quantity, int need, DateOnly dueDate, WorkOrderPriority priority, DateTime createdAt)
{
    public ProductModel Product { get; } = product;

    public PlannedLine? Line { get; } = line;

    /// <summary>Pieces to cut: what is needed plus the usual allowance for scrap (여유분).</summary>
    public int Quantity { get; } = quantity;

    /// <summary>Good pieces the customer line needs from this order.</summary>
    public int Need { get; } = need;

    public DateOnly DueDate { get; } = dueDate;

    public WorkOrderPriority Priority { get; } = priority;

    public DateTime CreatedAt { get; } = createdAt;

    public DateTime? ReleasedAt { get; set; }

    public WorkOrderFate Fate { get; set; } = WorkOrderFate.Runs;

    public DateTime? HoldAt { get; set; }

    public string? HoldReason { get; set; }

    public DateTime? CancelAt { get; set; }

    public bool IsMakeUp { get; init; }

    public List<PlannedOp> Ops { get; } = [];

    /// <summary>When the materials were moved from the store to the floor, just before the first start.</summary>
    public DateTime? KitAt { get; set; }

    /// <summary>The delivery each BOM material is drawn from, index for index with the BOM.</summary>
    public List<PlannedReceipt> KitReceipts { get; } = [];

    public bool OnSuspectLot { get; set; }

    /// <summary>When the last step finished, if the plan gets that far.</summary>
    public DateTime? CompletedAt { get; set; }

    public int PlannedGood => Ops.Where(o => o.StepIndex == Product.Routing.Count - 1 && !o.OutputDropped).Sum(o => o.Good);

    public WorkOrder? Entity { get; set; }

    public Lot? FinishedLot { get; set; }
}

/// <summary>One bundle worked at one step: start, perhaps a pause, then its output (or the step's finish).</summary>
internal sealed class PlannedOp(PlannedWorkOrder workOrder, int stepIndex, StationModel station, Worker worker, DateTime start, DateTime end)
{
    public PlannedWorkOrder WorkOrder { get; } = workOrder;

    public int StepIndex { get; } = stepIndex;

    public StationModel Station { get; } = station;

    public Worker Worker { get; } = worker;

    public DateTime Start { get; } = start;

    public DateTime End { get; } = end;

    public int Input { get; init; }

    public int Scrap { get; init; }

    public int Good => Input - Scrap;

    public DefectCode? DefectCode { get; init; }

    public PlannedPause? Pause { get; set; }

    /// <summary>The chronologically last bundle of its step: its output is the step's finish event.</summary>
    public bool IsFinish { get; set; }

    /// <summary>The worker typed one piece too many and corrected it a couple of minutes later.</summary>
    public bool Overcounted { get; set; }

    /// <summary>The order was put on hold before this bundle's output was reported.</summary>
    public bool OutputDropped { get; set; }
}

internal sealed record PlannedPause(DowntimeReason Reason, DateTime At, DateTime ResumeAt, string? Note, bool IsLunch);

/// <summary>One delivery of a material; for lot-tracked materials one lot.</summary>
internal sealed class PlannedReceipt(MaterialModel material, DateTime at)
{
    public MaterialModel Material { get; } = material;

    public DateTime At { get; } = at;

    public decimal Demand { get; set; }

    public decimal Quantity { get; set; }

    public bool IsSuspect { get; set; }

    public Lot? Lot { get; set; }
}

internal sealed class PlannedShipment(PlannedOrder order, DateTime at)
{
    public PlannedOrder Order { get; } = order;

    public DateTime At { get; } = at;

    public List<(PlannedLine Line, int Quantity)> Lines { get; } = [];
}
