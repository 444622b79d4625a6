namespace Workshop.Mes.Contracts.Dashboard;

/// <summary>Shipped order lines of one week.</summary>
/// <param name="WeekStart">The Monday, on the workshop's calendar.</param>
/// <param name="OnTimeRate">0 to 1; null when nothing shipped.</param>
/// <param name="AverageLeadTimeDays">Days from the customer order to the shipment, averaged over the lines; null when nothing shipped.</param>
public sealed record DeliveryWeek(DateOnly WeekStart, int ShippedLines, int OnTimeLines, decimal? OnTimeRate, decimal? AverageLeadTimeDays);

public sealed record DeliveryFigure(int ShippedLines, int OnTimeLines, decimal? OnTimeRate, decimal? AverageLeadTimeDays, IReadOnlyList<DeliveryWeek> Weeks);
