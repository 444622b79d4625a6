namespace Workshop.Mes.Domain.Orders;

/// <summary>One shipped order line as on-time delivery counts it: when it really left and when it was due.</summary>
public readonly record struct ShippedLine(DateTimeOffset ShippedAt, DateOnly DueDate);

/// <summary>How many shipped lines left on or before their due date, and the share that is.</summary>
/// <param name="Rate">0 to 1; null when nothing has shipped yet, so an empty record is not read as 0 %.</param>
public sealed record OnTimeSummary(int ShippedLines, int OnTimeLines, decimal? Rate)
{
    public int LateLines => ShippedLines - OnTimeLines;
}

/// <summary>On-time delivery (납기 준수율) measured on real ship dates in the workshop's own calendar.</summary>
public static class OnTimeDelivery
{
    public static OnTimeSummary Summarise(IEnumerable<ShippedLine> lines, TimeZoneInfo workshopZone)
    {
        var shipped = 0;
        var onTime = 0;
        foreach (var line in lines)
        {
            shipped++;
            if (Shipment.IsOnTime(line.ShippedAt, line.DueDate, workshopZone))
            {
                onTime++;
            }
        }

        return new OnTimeSummary(shipped, onTime, shipped == 0 ? null : Math.Round((decimal)onTime / shipped, 4));
    }
}
