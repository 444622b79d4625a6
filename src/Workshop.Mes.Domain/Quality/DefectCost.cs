using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.Domain.Quality;

/// <summary>What a defect cost the workshop, in KRW: lost material, rework labour and lost time.</summary>
public sealed record DefectCost(decimal Material, decimal ReworkLabour, decimal LostTime)
{
    public static readonly DefectCost Zero = new(0, 0, 0);

    public decimal Total => Material + ReworkLabour + LostTime;

    /// <summary>
    /// Prices a defect. Scrapped units lose their material; returned units are credited by the supplier and
    /// reworked or accepted units keep it. Rework costs the minutes spent redoing the units; lost time is
    /// the minutes the station and worker stood still because of it, at the worker's hourly cost.
    /// </summary>
    public static DefectCost Calculate(
        Disposition disposition,
        decimal quantity,
        decimal unitMaterialCost,
        decimal reworkMinutesPerUnit,
        decimal lostMinutes,
        decimal hourlyLabourCost)
    {
        Guard.Positive(quantity, nameof(quantity));
        Guard.NotNegative(unitMaterialCost, nameof(unitMaterialCost));
        Guard.NotNegative(reworkMinutesPerUnit, nameof(reworkMinutesPerUnit));
        Guard.NotNegative(lostMinutes, nameof(lostMinutes));
        Guard.NotNegative(hourlyLabourCost, nameof(hourlyLabourCost));

        var material = disposition == Disposition.Scrap ? quantity * unitMaterialCost : 0;
        var rework = disposition == Disposition.Rework ? quantity * reworkMinutesPerUnit * hourlyLabourCost / 60 : 0;
        var lostTime = lostMinutes * hourlyLabourCost / 60;
        return new DefectCost(Round(material), Round(rework), Round(lostTime));
    }

    private static decimal Round(decimal won) => Math.Round(won, 0, MidpointRounding.AwayFromZero);
}
