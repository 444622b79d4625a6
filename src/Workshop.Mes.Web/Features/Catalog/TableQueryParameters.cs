using Microsoft.AspNetCore.Mvc;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>A master-data table's filters, bound from the query string alike by its list and its export.</summary>
/// <param name="Search">Part of the code or name.</param>
/// <param name="Kind">Keep only rows of this kind (see the operation's description).</param>
/// <param name="Sort">Column to sort by (see the operation's description); the first is the default.</param>
/// <param name="Desc">Sort descending.</param>
internal sealed record TableQueryParameters(
    [FromQuery(Name = "search")] string? Search = null,
    [FromQuery(Name = "kind")] string? Kind = null,
    [FromQuery(Name = "sort")] string? Sort = null,
    [FromQuery(Name = "desc")] bool Desc = false)
{
    public TableQuery ToQuery() => new(Search, Kind, Sort, Desc);
}
