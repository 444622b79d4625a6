using System.Globalization;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>
/// The work-order list's filter as a URL (ADR 0071): the page keeps it in its address, so a view can be bookmarked and
/// the dashboard can link to <c>/work-orders?late=overdue</c>; the download sends the same parameters to the API.
/// </summary>
[ModuleSurface]
internal static class WorkOrderListUrl
{
    public const string Path = "/work-orders";

    /// <summary>The page's address; open-only is the page's default, so only its absence is written.</summary>
    public static string Page(WorkOrderFilter filter) => Path + Query(filter, filter.OpenOnly ? null : "false");

    /// <summary>The API's query string for the same filter; the API's default is every order, so open-only is always written.</summary>
    public static string Api(WorkOrderFilter filter) => Query(filter, filter.OpenOnly ? "true" : "false");

    private static string Query(WorkOrderFilter filter, string? openOnly)
    {
        var parts = new List<string>();
        Add(parts, "openOnly", openOnly);
        Add(parts, "search", string.IsNullOrWhiteSpace(filter.Search) ? null : filter.Search);
        Add(parts, "late", ListQuery.Text(filter.Late));
        Add(parts, "hold", filter.OnHold ? "true" : null);
        Add(parts, "stationId", filter.StationId?.ToString());
        Add(parts, "productId", filter.ProductId?.ToString());
        Add(parts, "workerId", filter.WorkerId?.ToString());
        Add(parts, "dueFrom", filter.DueFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(parts, "dueTo", filter.DueTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
