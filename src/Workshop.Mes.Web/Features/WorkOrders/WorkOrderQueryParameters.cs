using Microsoft.AspNetCore.Mvc;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>The work-order list's filters, bound from the query string alike by the list and its export.</summary>
/// <param name="OpenOnly">Hide completed and cancelled orders.</param>
/// <param name="Search">Part of the number, product or customer.</param>
internal sealed record WorkOrderQueryParameters(
    [FromQuery(Name = "openOnly")] bool OpenOnly = false,
    [FromQuery(Name = "search")] string? Search = null)
{
    public WorkOrderFilter ToFilter() => new(OpenOnly, Search);
}
