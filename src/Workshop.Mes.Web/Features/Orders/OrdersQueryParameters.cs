using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.Orders;

/// <summary>The customer-order list's filters, bound from the query string alike by the list and its export.</summary>
/// <param name="Search">Part of the order number or the customer's name.</param>
/// <param name="Status">Open, PartiallyShipped, Shipped or Cancelled.</param>
/// <param name="Sort">number, -number (default), orderedOn, -orderedOn, customer, -customer.</param>
/// <param name="Late">`overdue` (a line past its due date) or `expected` (a work order expected to finish late).</param>
/// <param name="Hold">`true`: only orders with a work order on hold.</param>
internal sealed record CustomerOrderQueryParameters(
    [FromQuery(Name = "search")] string? Search = null,
    [FromQuery(Name = "status")] string? Status = null,
    [FromQuery(Name = "sort")] string? Sort = null,
    [FromQuery(Name = "late")] string? Late = null,
    [FromQuery(Name = "hold")] string? Hold = null)
{
    /// <summary>The filter and order asked for; what cannot be read goes into <paramref name="errors"/>.</summary>
    public (CustomerOrderFilter Filter, CustomerOrderSort Sort) Read(Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        CustomerOrderStatus? parsedStatus = null;
        if (!string.IsNullOrWhiteSpace(Status))
        {
            if (Enum.TryParse<CustomerOrderStatus>(Status, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(Status, out _))
            {
                parsedStatus = value;
            }
            else
            {
                errors["status"] = [text["Orders.StatusUnknown"]];
            }
        }

        var order = CustomerOrderSort.NumberDescending;
        if (!string.IsNullOrWhiteSpace(Sort) && !CustomerOrderQueries.Sorts.TryGetValue(Sort, out order))
        {
            errors["sort"] = [text["Orders.SortUnknown", string.Join(", ", CustomerOrderQueries.Sorts.Keys)]];
        }

        var attention = ListQuery.Read(Late, Hold, null, null, errors, text);
        return (new CustomerOrderFilter(Search, parsedStatus, attention.Late, attention.OnHold), order);
    }
}

/// <summary>The shipment list's filters, bound from the query string alike by the list and its export.</summary>
/// <param name="Search">Part of the shipment number, order number or customer.</param>
/// <param name="CustomerOrderId">Only the shipments of this order.</param>
/// <param name="Sort">-shippedAt (default), shippedAt, number, -number.</param>
internal sealed record ShipmentQueryParameters(
    [FromQuery(Name = "search")] string? Search = null,
    [FromQuery(Name = "customerOrderId")] Guid? CustomerOrderId = null,
    [FromQuery(Name = "sort")] string? Sort = null)
{
    public ShipmentFilter ToFilter() => new(Search, CustomerOrderId);

    public ShipmentSort ReadSort(Dictionary<string, string[]> errors, IStringLocalizer text)
    {
        var order = ShipmentSort.ShippedAtDescending;
        if (!string.IsNullOrWhiteSpace(Sort) && !ShipmentService.Sorts.TryGetValue(Sort, out order))
        {
            errors["sort"] = [text["Orders.SortUnknown", string.Join(", ", ShipmentService.Sorts.Keys)]];
        }

        return order;
    }
}
