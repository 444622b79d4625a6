using System.Globalization;
using Workshop.Mes.Contracts.Dashboard;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Dashboard;

/// <summary>Everything the owner's dashboard shows for one filter: the same figures the API serves, read one after another.</summary>
public sealed record DashboardView(
    DashboardFilter Filter,
    TodayFigure Today,
    WorkInProgressFigure WorkInProgress,
    OrdersFigure Orders,
    ShortagesFigure Shortages,
    LoadFigure Load,
    DeliveryFigure Delivery,
    DefectRateFigure DefectRate,
    DefectCostFigure DefectCost,
    DefectParetoFigure Pareto,
    DefectHeatmapFigure Heatmap,
    DowntimeFigure Downtime,
    OeeFigure Oee,
    DefectLotsFigure Lots)
{
    /// <summary>
    /// Reads the figures one after another on their own short-lived contexts: a dashboard holds one connection at a
    /// time, so two hundred open dashboards refreshing together queue for the pool rather than exhaust it.
    /// </summary>
    internal static async Task<DashboardView> LoadAsync(
        DashboardFigures figures, WorkshopMember member, DashboardFilter filter, ParetoGrouping paretoBy, HeatmapGrouping heatmapBy, CancellationToken cancellationToken) =>
        new(
            filter,
            await figures.TodayAsync(member, filter, cancellationToken),
            await figures.WorkInProgressAsync(member, filter, cancellationToken),
            await figures.OrdersAsync(member, filter, cancellationToken),
            await figures.ShortagesAsync(member, filter, cancellationToken),
            await figures.LoadAsync(member, filter, cancellationToken),
            await figures.DeliveryAsync(member, filter, cancellationToken),
            await figures.DefectRateAsync(member, filter, cancellationToken),
            await figures.DefectCostAsync(member, filter, cancellationToken),
            await figures.DefectParetoAsync(member, filter, paretoBy, cancellationToken),
            await figures.DefectHeatmapAsync(member, filter, heatmapBy, cancellationToken),
            await figures.DowntimeAsync(member, filter, cancellationToken),
            await figures.OeeAsync(member, filter, cancellationToken),
            await figures.DefectLotsAsync(member, filter, cancellationToken));

    /// <summary>The filter as a query string (without the leading '?'), for the figures' exports, the PDF and shared links.</summary>
    public static string Query(DashboardFilter filter)
    {
        var parts = new List<string> { "from=" + Day(filter.From), "to=" + Day(filter.To) };
        if (filter.WorkstationId is { } station)
        {
            parts.Add($"workstationId={station}");
        }

        if (filter.ProductId is { } product)
        {
            parts.Add($"productId={product}");
        }

        return string.Join('&', parts);
    }

    private static string Day(DateOnly day) => day.ToString(Formats.DatePattern, CultureInfo.InvariantCulture);
}
