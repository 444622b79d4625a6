using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.EndToEndTests;

/// <summary>
/// Which workshop roles may open a page, by the module its address starts with, from the same permission table the
/// services obey. A page of a new module fails <see cref="EveryPageTests"/> until it is named here.
/// </summary>
internal static class PageNeeds
{
    private static readonly Dictionary<string, Func<WorkshopRole, bool>> _byModule = new(StringComparer.Ordinal)
    {
        [""] = Reads(Area.WorkOrders),
        ["work-orders"] = Reads(Area.WorkOrders),
        ["customer-orders"] = Reads(Area.Orders),
        ["shipments"] = Reads(Area.Orders),
        ["inventory"] = Reads(Area.Inventory),
        ["items"] = Reads(Area.Catalog),
        ["workstations"] = Reads(Area.Catalog),
        ["locations"] = Reads(Area.Catalog),
        ["defect-codes"] = Reads(Area.Catalog),
        ["downtime-reasons"] = Reads(Area.Catalog),
        ["workers"] = Reads(Area.People),
        ["import"] = Creates(Area.Catalog),
        ["people"] = Reads(Area.People),
        ["tablets"] = Reads(Area.Tablets),
        ["api-keys"] = Reads(Area.ApiKeys),
        ["audit"] = Reads(Area.Audit),
        ["quality"] = Reads(Area.Quality),
        ["assessment"] = Reads(Area.Assessment),

        // Refused floor records: re-assigning or dismissing one changes what the floor recorded.
        ["shop-floor"] = Changes(Area.ShopFloor),
        ["account"] = _ => true,

        // A consultant's portfolio: anyone signed in sees the workshops that granted them a consultant's access (often none).
        ["consultant"] = _ => true,

        // Where set-up leads: each role sees the steps it may take.
        ["welcome"] = _ => true,

        // The platform admin's pages: no workshop role opens them.
        ["admin"] = _ => false,
    };

    private static readonly Dictionary<string, Func<WorkshopRole, bool>> _byTemplate = new(StringComparer.Ordinal)
    {
        ["/work-orders/new"] = Creates(Area.WorkOrders),
        ["/work-orders/day-sheet"] = Changes(Area.WorkOrders),
    };

    /// <summary>Whether <paramref name="role"/> may open <paramref name="page"/>; null when nobody has said.</summary>
    public static bool? Allows(RoutablePage page, WorkshopRole role) =>
        (_byTemplate.GetValueOrDefault(page.Template) ?? _byModule.GetValueOrDefault(page.Module))?.Invoke(role);

    private static Func<WorkshopRole, bool> Reads(Area area) => role => Permissions.Allows(role, area, Operation.Read);

    private static Func<WorkshopRole, bool> Creates(Area area) => role => Permissions.Allows(role, area, Operation.Create);

    private static Func<WorkshopRole, bool> Changes(Area area) => role => Permissions.Allows(role, area, Operation.Change);
}
