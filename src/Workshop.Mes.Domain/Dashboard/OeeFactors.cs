namespace Workshop.Mes.Domain.Dashboard;

/// <summary>
/// Availability × performance × quality of a station (OEE) from its rollups. Availability: run ÷ (run + down)
/// minutes. Performance: standard minutes of the pieces reported (good + scrap × the routing's minutes per piece)
/// ÷ run minutes. Quality: good ÷ (good + scrap). A factor the data cannot give is null, and then so is the product.
/// </summary>
public sealed record OeeFactors(decimal? Availability, decimal? Performance, decimal? Quality)
{
    public decimal? Oee => Availability is { } a && Performance is { } p && Quality is { } q
        ? Math.Round(a * p * q, 4, MidpointRounding.AwayFromZero)
        : null;

    /// <param name="standardMinutes">Null when the routing does not say how long the pieces take.</param>
    public static OeeFactors From(decimal runMinutes, decimal downMinutes, decimal? standardMinutes, decimal good, decimal scrap) =>
        new(
            FigureShares.Share(runMinutes, runMinutes + downMinutes),
            standardMinutes is { } standard && runMinutes > 0 ? FigureShares.Share(standard, runMinutes) : null,
            FigureShares.Share(good, good + scrap));
}
