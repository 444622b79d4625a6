using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Inventory;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>The on-hand list's filters and sort, bound from the query string alike by the list and its export.</summary>
/// <param name="ItemId">Only this item.</param>
/// <param name="LocationId">Only this location.</param>
/// <param name="LotId">Only this lot.</param>
/// <param name="Search">Part of the item code or name, lot number or location name.</param>
/// <param name="IncludeZero">Also list balances that are at zero.</param>
/// <param name="Sort">Item (default), Location, Lot, OnHand or Expiry, each also …Descending.</param>
internal sealed record OnHandQueryParameters(
    [FromQuery(Name = "itemId")] Guid? ItemId = null,
    [FromQuery(Name = "locationId")] Guid? LocationId = null,
    [FromQuery(Name = "lotId")] Guid? LotId = null,
    [FromQuery(Name = "search")] string? Search = null,
    [FromQuery(Name = "includeZero")] bool IncludeZero = false,
    [FromQuery(Name = "sort")] string? Sort = null)
{
    public OnHandFilter ToFilter() => new(ItemId, LocationId, LotId, Search, IncludeZero);

    public OnHandSort ReadSort(Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        if (string.IsNullOrEmpty(Sort))
        {
            return OnHandSort.Item;
        }

        if (Enum.TryParse<OnHandSort>(Sort, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(Sort, out _))
        {
            return parsed;
        }

        errors["sort"] = [text["Inventory.Validation.Sort"]];
        return OnHandSort.Item;
    }
}

/// <summary>The stock ledger's filters, bound from the query string alike by the list and its export.</summary>
/// <param name="ItemId">Only this item.</param>
/// <param name="LotId">Only this lot.</param>
/// <param name="LocationId">Only this location.</param>
/// <param name="Kind">Only this kind of movement, e.g. `Receipt` or `CountCorrection`.</param>
/// <param name="From">First day (`yyyy-MM-dd`, in the workshop's time zone).</param>
/// <param name="To">Last day (`yyyy-MM-dd`, in the workshop's time zone), included.</param>
/// <param name="WorkOrderId">Only movements for this work order.</param>
internal sealed record LedgerQueryParameters(
    [FromQuery(Name = "itemId")] Guid? ItemId = null,
    [FromQuery(Name = "lotId")] Guid? LotId = null,
    [FromQuery(Name = "locationId")] Guid? LocationId = null,
    [FromQuery(Name = "kind")] string? Kind = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null,
    [FromQuery(Name = "workOrderId")] Guid? WorkOrderId = null)
{
    /// <summary>The filter asked for; what cannot be read goes into <paramref name="errors"/>.</summary>
    public LedgerFilter Read(Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        StockMovementKind? parsedKind = null;
        if (!string.IsNullOrEmpty(Kind))
        {
            if (Enum.TryParse<StockMovementKind>(Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(Kind, out _))
            {
                parsedKind = k;
            }
            else
            {
                errors["kind"] = [text["Inventory.Validation.Kind"]];
            }
        }

        var fromDay = FieldChecks.QueryDay(From, "from", errors, text);
        var toDay = FieldChecks.QueryDay(To, "to", errors, text);
        if (fromDay > toDay)
        {
            errors["to"] = [text["Inventory.Validation.DateRange"]];
        }

        return new LedgerFilter(ItemId, LotId, LocationId, parsedKind, fromDay, toDay, WorkOrderId);
    }
}

/// <summary>The lot list's filters, bound from the query string alike by the list and its export.</summary>
/// <param name="ItemId">Only lots of this item.</param>
/// <param name="Search">Part of the lot number, item code or name, or supplier.</param>
internal sealed record LotQueryParameters(
    [FromQuery(Name = "itemId")] Guid? ItemId = null,
    [FromQuery(Name = "search")] string? Search = null)
{
    public LotFilter ToFilter() => new(ItemId, Search);
}
