using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Inventory;

/// <summary>The columns of the inventory downloads, headers from the resources.</summary>
internal static class InventoryExports
{
    public static readonly IReadOnlyList<ExportColumn<OnHandRow>> OnHand =
    [
        new("Inventory.ItemCode", r => r.ItemCode),
        new("Inventory.ItemName", r => r.ItemName),
        new("Inventory.Lot", r => r.LotNumber),
        new("Inventory.ExpiresOn", r => r.ExpiresOn),
        new("Inventory.Location", r => r.LocationName),
        new("Inventory.OnHand", r => r.OnHand),
        new("Inventory.Unit", r => r.Unit),
    ];

    public static readonly IReadOnlyList<ExportColumn<StockMovementView>> Ledger =
    [
        new("Inventory.OccurredAt", r => r.OccurredAt),
        new("Inventory.Kind", r => r.Kind),
        new("Inventory.ItemCode", r => r.ItemCode),
        new("Inventory.ItemName", r => r.ItemName),
        new("Inventory.Lot", r => r.LotNumber),
        new("Inventory.Location", r => r.LocationName),
        new("Inventory.Quantity", r => r.Quantity),
        new("Inventory.Unit", r => r.Unit),
        new("Inventory.UnitPrice", r => Plain(r.UnitPrice)),
        new("Inventory.WorkOrder", r => r.WorkOrderNumber),
        new("Inventory.Reason", r => r.Reason),
    ];

    public static readonly IReadOnlyList<ExportColumn<LotView>> Lots =
    [
        new("Inventory.Lot", r => r.LotNumber),
        new("Inventory.ItemCode", r => r.ItemCode),
        new("Inventory.ItemName", r => r.ItemName),
        new("Inventory.Supplier", r => r.SupplierName),
        new("Inventory.ReceivedAt", r => r.ReceivedAt),
        new("Inventory.ExpiresOn", r => r.ExpiresOn),
        new("Inventory.WorkOrder", r => r.ProducedByWorkOrderNumber),
        new("Inventory.OnHand", r => r.OnHand),
        new("Inventory.Unit", r => r.Unit),
    ];

    public static readonly IReadOnlyList<ExportColumn<ReorderAlert>> Reorder =
    [
        new("Inventory.ItemCode", r => r.ItemCode),
        new("Inventory.ItemName", r => r.ItemName),
        new("Inventory.OnHand", r => Plain(r.OnHand)),
        new("Inventory.Demand", r => Plain(r.Demand)),
        new("Inventory.Available", r => Plain(r.Available)),
        new("Inventory.ReorderPoint", r => Plain(r.ReorderPoint)),
        new("Inventory.SafetyStock", r => Plain(r.SafetyStock)),
        new("Inventory.Suggested", r => Plain(r.SuggestedQuantity)),
        new("Inventory.LeadTime", r => r.LeadTimeDays),
        new("Inventory.Unit", r => r.Unit),
        new("Inventory.Supplier", r => r.Supplier),
        new("Inventory.OrderBy", r => r.OrderBy),
    ];

    /// <summary>The purchase list (발주 목록): one line per item, grouped by supplier; a line without one says so.</summary>
    public static IReadOnlyList<ExportColumn<PurchaseLine>> PurchaseList(IStringLocalizer text) =>
    [
        new("Inventory.Supplier", r => r.Supplier ?? text["Inventory.NoSupplier"].Value),
        new("Inventory.ItemCode", r => r.ItemCode),
        new("Inventory.ItemName", r => r.ItemName),
        new("Inventory.OrderQuantity", r => Plain(r.Quantity)),
        new("Inventory.Unit", r => r.Unit),
        new("Inventory.LeadTime", r => r.LeadTimeDays),
        new("Inventory.OrderBy", r => r.OrderBy),
    ];

    /// <summary>A number as it was typed, without the column's trailing zeros (120, not 120.0000).</summary>
    private static decimal? Plain(decimal? value) => value / 1.0000000000000000000000000000m;
}
