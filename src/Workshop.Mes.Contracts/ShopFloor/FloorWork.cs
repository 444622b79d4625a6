namespace Workshop.Mes.Contracts.ShopFloor;

public enum FloorStepState
{
    Pending,
    Running,
    Paused,
    Finished,
}

/// <summary>A step as the tablet shows it: what to make, how far it is, and whether this worker runs it.</summary>
/// <param name="Sequence">The routing's sequence number (10, 20, …), as the traveller's QR code names the step.</param>
/// <param name="Position">Which step this is, counting from 1, of <paramref name="StepCount"/>.</param>
/// <param name="PassedOn">What the previous step passed on (its good units), or the order quantity for the first step.</param>
/// <param name="MyRunningSince">When this worker's current run of the step began; null when they do not run it.</param>
public sealed record FloorStep(
    Guid StepId,
    Guid WorkOrderId,
    string WorkOrderNumber,
    string ProductCode,
    string ProductName,
    string Unit,
    int Sequence,
    int Position,
    int StepCount,
    string Operation,
    Guid WorkstationId,
    string WorkstationName,
    FloorStepState State,
    decimal OrderQuantity,
    decimal PassedOn,
    decimal Good,
    decimal Scrap,
    DateOnly DueDate,
    DateTimeOffset? MyRunningSince,
    IReadOnlyList<FloorMaterial> Materials);

/// <summary>A material of the step's order, to confirm by scanning its lot.</summary>
public sealed record FloorMaterial(Guid ItemId, string Code, string Name, string Unit, bool LotTracked);

/// <summary>"My work": steps ready or running at the tablet's station and for this worker, and the station's open downtime.</summary>
public sealed record FloorWork(IReadOnlyList<FloorStep> Steps, IReadOnlyList<FloorDowntime> OpenDowntimes);

/// <param name="StartEventId">The downtime-start event's id, which the downtime end refers to.</param>
public sealed record FloorDowntime(Guid StartEventId, Guid WorkstationId, Guid ReasonId, string ReasonName, DateTimeOffset StartedAt);

/// <summary>What a scanned code is: a traveller (<c>mes:wo:…</c>, <c>mes:step:…</c>) opens steps, a lot label (<c>mes:lot:…</c>) a lot.</summary>
public sealed record FloorScan(FloorScanKind Kind, IReadOnlyList<FloorStep> Steps, FloorLot? Lot);

public enum FloorScanKind
{
    WorkOrder,
    Step,
    Lot,
}

public sealed record FloorLot(Guid LotId, string LotNumber, Guid ItemId, string ItemCode, string ItemName);

/// <summary>What the tablet keeps for working offline: stations, defect codes (most used at the station first) and downtime reasons.</summary>
public sealed record FloorCatalog(
    IReadOnlyList<FloorWorkstation> Workstations,
    IReadOnlyList<FloorDefectCode> DefectCodes,
    IReadOnlyList<FloorDowntimeReason> DowntimeReasons);

public sealed record FloorWorkstation(Guid Id, string Code, string Name);

/// <param name="Icon">A Material icon name.</param>
/// <param name="Color">A CSS colour, e.g. <c>#d32f2f</c>.</param>
/// <param name="Category">The 4M+E cause category (man, machine, material, method, measurement, environment).</param>
public sealed record FloorDefectCode(Guid Id, string Code, string Name, string Category, string Color, string Icon, int UsesAtStation);

public sealed record FloorDowntimeReason(Guid Id, string Code, string Name);

/// <summary>A photo's answer: stored under its id, attached to the defect record of the event.</summary>
public sealed record FloorPhotoStored(Guid PhotoId, Guid DefectRecordId);
