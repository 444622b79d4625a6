namespace Workshop.Mes.Infrastructure.Database;

/// <summary>One PostgreSQL schema per module, so a table's home is visible in its name.</summary>
internal static class Schemas
{
    public const string Tenancy = "tenancy";
    public const string Identity = "identity";
    public const string Catalog = "catalog";
    public const string Orders = "orders";
    public const string WorkOrders = "work_orders";
    public const string ShopFloor = "shop_floor";
    public const string Quality = "quality";
    public const string Inventory = "inventory";
    public const string Audit = "audit";
    public const string Api = "api";
    public const string Dashboard = "dashboard";
    public const string Assessment = "assessment";

    public static readonly string[] All = [Tenancy, Identity, Catalog, Orders, WorkOrders, ShopFloor, Quality, Inventory, Audit, Api, Dashboard, Assessment];
}
