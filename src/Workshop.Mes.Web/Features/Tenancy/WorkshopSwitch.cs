namespace Workshop.Mes.Web.Features.Tenancy;

/// <summary>
/// Where switching workshop leads. A page about one record (a work order, a lot) belongs to the workshop it came
/// from: in the other workshop it would be a dead end, so the switch goes to the nearest list above it. A list's
/// filter that names a record (<c>?workstationId=…</c>) is dropped for the same reason; any other page is kept.
/// </summary>
internal static class WorkshopSwitch
{
    /// <summary>The paths of this app's pages that take no parameter.</summary>
    public static IReadOnlySet<string> ListPages { get; } = typeof(WorkshopSwitch).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes(typeof(Microsoft.AspNetCore.Components.RouteAttribute), inherit: false))
        .Cast<Microsoft.AspNetCore.Components.RouteAttribute>()
        .Select(r => r.Template)
        .Where(t => !t.Contains('{', StringComparison.Ordinal))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="relativeUrl">The page shown now, relative to the site (<c>/work-orders/3f…?tab=2</c>).</param>
    /// <param name="pages">The paths of the pages that take no record (<c>/work-orders</c>, <c>/inventory</c>).</param>
    public static string ReturnUrl(string relativeUrl, IReadOnlySet<string> pages)
    {
        var cut = relativeUrl.IndexOfAny(['?', '#']);
        var path = cut < 0 ? relativeUrl : relativeUrl[..cut];
        var query = cut < 0 ? string.Empty : relativeUrl[cut..];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var record = Array.FindIndex(segments, s => Guid.TryParse(s, out _));
        if (record < 0)
        {
            return NamesRecord(query) ? "/" + string.Join('/', segments) : relativeUrl;
        }

        for (var length = record; length > 0; length--)
        {
            var list = "/" + string.Join('/', segments[..length]);
            if (pages.Contains(list))
            {
                return list;
            }
        }

        return "/";
    }

    private static bool NamesRecord(string query) =>
        query.Split(['?', '&', '#', '=', ','], StringSplitOptions.RemoveEmptyEntries).Any(part => Guid.TryParse(Uri.UnescapeDataString(part), out _));
}
