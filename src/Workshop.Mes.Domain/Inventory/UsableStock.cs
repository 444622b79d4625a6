using Workshop.Mes.Domain.Catalog;

namespace Workshop.Mes.Domain.Inventory;

/// <summary>
/// Stock that may be counted on: everything on hand except what sits in quarantine (격리), which waits for a
/// quality decision and must not be promised to an order, consumed or counted against a reorder point.
/// </summary>
public static class UsableStock
{
    public static IReadOnlyList<LocationKind> LocationKinds { get; } = new List<LocationKind> { LocationKind.Store, LocationKind.Floor, LocationKind.FinishedGoods }.AsReadOnly();

    public static bool At(LocationKind kind) => LocationKinds.Contains(kind);
}
