namespace Workshop.Mes.Contracts.Inventory;

/// <summary>
/// Where a work order's kit goes from and to. Both optional: the kit goes to the first location of the consumption
/// order (the line side) and is taken from the stores in their consumption order.
/// </summary>
public sealed record KitIssueRequest(Guid? FromLocationId = null, Guid? ToLocationId = null);
