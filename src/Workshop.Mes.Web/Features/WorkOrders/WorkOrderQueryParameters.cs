using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Workshop.Mes.Web.Features.WorkOrders;

/// <summary>
/// The work-order list's filters, bound from the query string alike by the list, its counts and its export, and read
/// the same way by the page (ADR 0071). Values are taken as text so that a bad one is a 400 naming its field.
/// </summary>
/// <param name="OpenOnly">Hide completed and cancelled orders.</param>
/// <param name="Search">Part of the number, product or customer.</param>
/// <param name="Late">`overdue` (due date passed) or `expected` (expected to finish after its due date).</param>
/// <param name="Hold">`true`: only orders on hold.</param>
/// <param name="StationId">Only orders with a step at this workstation.</param>
/// <param name="ProductId">Only orders for this product.</param>
/// <param name="WorkerId">Only orders this worker recorded work on.</param>
/// <param name="DueFrom">Due on or after this day (yyyy-MM-dd).</param>
/// <param name="DueTo">Due on or before this day (yyyy-MM-dd).</param>
internal sealed record WorkOrderQueryParameters(
    [FromQuery(Name = "openOnly")] bool OpenOnly = false,
    [FromQuery(Name = "search")] string? Search = null,
    [FromQuery(Name = "late")] string? Late = null,
    [FromQuery(Name = "hold")] string? Hold = null,
    [FromQuery(Name = "stationId")] string? StationId = null,
    [FromQuery(Name = "productId")] string? ProductId = null,
    [FromQuery(Name = "workerId")] string? WorkerId = null,
    [FromQuery(Name = "dueFrom")] string? DueFrom = null,
    [FromQuery(Name = "dueTo")] string? DueTo = null)
{
    /// <summary>The filter asked for; what cannot be read goes into <paramref name="errors"/>.</summary>
    public WorkOrderFilter Read(Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        var filter = ListQuery.Read(Late, Hold, DueFrom, DueTo, errors, text);
        return filter with
        {
            OpenOnly = OpenOnly,
            Search = Search,
            StationId = ListQuery.Id(StationId, "stationId", errors, text),
            ProductId = ListQuery.Id(ProductId, "productId", errors, text),
            WorkerId = ListQuery.Id(WorkerId, "workerId", errors, text),
        };
    }
}

/// <summary>Reads the list filters' shared query parameters (work orders and customer orders), for the API and the pages' URLs.</summary>
[ModuleSurface]
internal static class ListQuery
{
    public const string Overdue = "overdue";
    public const string Expected = "expected";

    public static string? Text(LateFilter? late) => late switch
    {
        LateFilter.Overdue => Overdue,
        LateFilter.Expected => Expected,
        _ => null,
    };

    /// <summary>`late`, `hold` and the due-date range; each bad value is an error under its own name.</summary>
    public static WorkOrderFilter Read(string? late, string? hold, string? dueFrom, string? dueTo, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        LateFilter? parsedLate = null;
        if (!string.IsNullOrEmpty(late))
        {
            parsedLate = late.ToLowerInvariant() switch
            {
                Overdue => LateFilter.Overdue,
                Expected => LateFilter.Expected,
                _ => null,
            };
            if (parsedLate is null)
            {
                errors["late"] = [text["WorkOrders.Validation.Late"]];
            }
        }

        var onHold = false;
        if (!string.IsNullOrEmpty(hold) && !bool.TryParse(hold, out onHold))
        {
            errors["hold"] = [text["WorkOrders.Validation.Hold"]];
        }

        var from = FieldChecks.QueryDay(dueFrom, "dueFrom", errors, text);
        var to = FieldChecks.QueryDay(dueTo, "dueTo", errors, text);
        if (from > to)
        {
            errors["dueTo"] = [text["WorkOrders.Validation.DueRange"]];
        }

        return new WorkOrderFilter(Late: parsedLate, OnHold: onHold, DueFrom: from, DueTo: to);
    }

    public static Guid? Id(string? value, string field, Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (Guid.TryParse(value, out var id))
        {
            return id;
        }

        errors[field] = [text["WorkOrders.Validation.Id"]];
        return null;
    }
}
