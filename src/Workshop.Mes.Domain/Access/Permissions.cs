namespace Workshop.Mes.Domain.Access;

/// <summary>The parts of a workshop's data that permissions are granted on.</summary>
public enum Area
{
    WorkOrders,
    Catalog,
    Orders,
    Inventory,
    Quality,
    ShopFloor,
    Assessment,
    People,
    Tablets,
    ApiKeys,
    Audit,
}

/// <summary>What may be done to an area.</summary>
public enum Operation
{
    Read,
    Create,
    Change,
    Delete,
    Export,
}

/// <summary>
/// The role × capability matrix, in one table. Services ask it before they read or write; the API and the
/// pages share those services, so both obey the same table. The README shows it (a test keeps them equal).
/// </summary>
public static class Permissions
{
    private const string All = "RCUDX";
    private const string ReadExport = "RX";
    private const string None = "";

    // Letters: R read, C create, U change, D delete, X export. In Inventory, create is receiving material and
    // issuing it to a work order; adjustments, counts, transfers and issues to no order change stock (ADR 0029).
    private static readonly Dictionary<Area, (string Owner, string Manager, string Worker, string Consultant)> _matrix = new()
    {
        [Area.WorkOrders] = (All, All, "R", ReadExport),
        [Area.Catalog] = (All, All, "R", ReadExport),
        [Area.Orders] = (All, All, None, ReadExport),
        [Area.Inventory] = (All, All, "RC", ReadExport),
        [Area.Quality] = (All, All, "RC", ReadExport),
        [Area.ShopFloor] = (All, All, "RC", ReadExport),
        [Area.Assessment] = (All, "RX", None, All),
        [Area.People] = (All, "R", None, None),
        [Area.Tablets] = (All, "R", None, None),
        [Area.ApiKeys] = (All, None, None, None),
        [Area.Audit] = (ReadExport, None, None, None),
    };

    public static bool Allows(WorkshopRole role, Area area, Operation operation)
    {
        var (owner, manager, worker, consultant) = _matrix[area];
        var granted = role switch
        {
            WorkshopRole.Owner => owner,
            WorkshopRole.Manager => manager,
            WorkshopRole.Worker => worker,
            WorkshopRole.Consultant => consultant,
            _ => None,
        };
        return granted.Contains(Letter(operation), StringComparison.Ordinal);
    }

    private static char Letter(Operation operation) => operation switch
    {
        Operation.Read => 'R',
        Operation.Create => 'C',
        Operation.Change => 'U',
        Operation.Delete => 'D',
        Operation.Export => 'X',
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };
}
