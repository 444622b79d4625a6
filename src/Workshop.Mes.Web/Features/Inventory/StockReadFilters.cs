namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>What the on-hand list is narrowed to.</summary>
/// <param name="Search">Part of the item code or name, lot number or location name.</param>
/// <param name="IncludeZero">Also show balances that came back to zero.</param>
internal sealed record OnHandFilter(Guid? ItemId = null, Guid? LocationId = null, Guid? LotId = null, string? Search = null, bool IncludeZero = false);

/// <summary>What the ledger is narrowed to; days are in the workshop's time zone, <see cref="To"/> included.</summary>
internal sealed record LedgerFilter(
    Guid? ItemId = null,
    Guid? LotId = null,
    Guid? LocationId = null,
    Contracts.Inventory.StockMovementKind? Kind = null,
    DateOnly? From = null,
    DateOnly? To = null,
    Guid? WorkOrderId = null);

/// <summary>What the lot list is narrowed to.</summary>
/// <param name="Search">Part of the lot number, item code or name, or supplier.</param>
internal sealed record LotFilter(Guid? ItemId = null, string? Search = null);

/// <summary>One page of a grid with the total for its pager.</summary>
internal sealed record GridPage<T>(IReadOnlyList<T> Items, int TotalCount);

/// <summary>An item or location to pick in a dialog.</summary>
internal sealed record StockChoice(Guid Id, string Code, string Name, string? Unit = null, bool LotTracked = false);
