using Workshop.Mes.Contracts.WorkOrders;

namespace Workshop.Mes.Contracts.Dashboard;

/// <summary>Today's finished output against the plan.</summary>
/// <param name="Good">Good pieces out of each product's last routing station today (or the filtered station's good).</param>
/// <param name="Planned">The quantity of the work orders due today that are released, running, held or completed.</param>
/// <param name="ShareOfPlan">Good ÷ planned, 0 to 1 and beyond; null when nothing is planned.</param>
public sealed record TodayFigure(DateOnly Day, decimal Good, decimal Scrap, decimal Planned, decimal? ShareOfPlan, int OrdersDue, int OrdersDueCompleted);

/// <summary>Open work at one station.</summary>
/// <param name="Running">Steps someone is working on now.</param>
/// <param name="Paused">Steps started and paused.</param>
/// <param name="Waiting">Steps not started whose pieces are ready (the first step of a released order, or the previous step made some).</param>
/// <param name="QuantityInProcess">Pieces at running and paused steps still to make.</param>
/// <param name="QuantityWaiting">Pieces ready and waiting at steps not started.</param>
public sealed record StationWork(
    Guid WorkstationId, string Code, string Name, int Running, int Paused, int Waiting, decimal QuantityInProcess, decimal QuantityWaiting);

public sealed record WorkInProgressFigure(IReadOnlyList<StationWork> Stations);

/// <summary>An open work order the owner should look at: overdue, or expected to finish after its due date (ADR 0070).</summary>
/// <param name="IsOverdue">Its due date has passed and it is not finished.</param>
/// <param name="IsExpectedLate">Not due yet, but a station cannot finish the work left in time; <paramref name="LateReason"/> says which.</param>
public sealed record OrderAlert(
    Guid WorkOrderId,
    string Number,
    string ProductCode,
    string ProductName,
    decimal Quantity,
    decimal GoodQuantity,
    DateOnly DueDate,
    WorkOrderStatus Status,
    bool IsOverdue,
    bool IsExpectedLate,
    LateReason? LateReason);

/// <summary>Open orders that are overdue, expected late, tight or held, with the work-order list's links that show them (ADR 0071).</summary>
/// <param name="Overdue">Due date passed, not finished (지연).</param>
/// <param name="ExpectedLate">Not due yet, but expected to finish late (위험).</param>
/// <param name="AtRisk">Neither, but more than 80 % of the stations' time until the due date is needed (빠듯).</param>
/// <param name="OnHold">Held (보류).</param>
/// <param name="Orders">The overdue and expected-late orders, overdue first, by due date.</param>
public sealed record OrdersFigure(
    int Open,
    int Overdue,
    int ExpectedLate,
    int AtRisk,
    int OnHold,
    string OverdueLink,
    string ExpectedLateLink,
    string OnHoldLink,
    IReadOnlyList<OrderAlert> Orders);

/// <summary>A material running short.</summary>
/// <param name="OnHand">Usable stock (not quarantine) across locations.</param>
/// <param name="OpenDemand">What released, running and held orders still need of it.</param>
/// <param name="BelowReorderPoint">On hand less open demand is below the reorder point.</param>
/// <param name="BelowSafetyStock">On hand is below the safety stock.</param>
/// <param name="BlockedOrders">Open orders still needing it while open demand exceeds what is on hand.</param>
/// <param name="Shortfall">Open demand beyond what is on hand.</param>
public sealed record ShortageRow(
    Guid ItemId,
    string ItemCode,
    string ItemName,
    string Unit,
    decimal OnHand,
    decimal OpenDemand,
    decimal ReorderPoint,
    decimal SafetyStock,
    bool BelowReorderPoint,
    bool BelowSafetyStock,
    int BlockedOrders,
    decimal Shortfall);

public sealed record ShortagesFigure(IReadOnlyList<ShortageRow> Items);

/// <summary>A station's standard hours of work reported on one day against its hours that day.</summary>
public sealed record StationDayLoad(DateOnly Day, decimal LoadHours, decimal CapacityHours, bool Overloaded);

/// <summary>A station's average standard hours on one weekday over the working days of the range.</summary>
/// <param name="Days">Working days of that weekday in the range the average is taken over.</param>
public sealed record WeekdayLoad(DayOfWeek Weekday, int Days, decimal AverageLoadHours, decimal CapacityHours, bool Overloaded);

/// <summary>Load against capacity at one station.</summary>
/// <param name="ThisWeek">Monday to Sunday of the week holding today.</param>
/// <param name="TypicalWeek">Monday to Saturday, averaged over the range.</param>
/// <param name="OpenWorkHours">Standard hours the open orders still need here.</param>
/// <param name="CapacityLeftThisWeekHours">Hours left this week, today included.</param>
/// <param name="OpenWorkExceedsWeek">Open work is more than the hours left this week.</param>
public sealed record StationLoad(
    Guid WorkstationId,
    string Code,
    string Name,
    decimal HoursPerDay,
    IReadOnlyList<StationDayLoad> ThisWeek,
    IReadOnlyList<WeekdayLoad> TypicalWeek,
    decimal OpenWorkHours,
    decimal CapacityLeftThisWeekHours,
    bool OpenWorkExceedsWeek);

public sealed record LoadFigure(DateOnly WeekStart, IReadOnlyList<StationLoad> Stations);
