using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Exports;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>Items (품목): materials bought, components and products made.</summary>
internal sealed class ItemsTable(MesContexts contexts, IStringLocalizer<SharedResource> text)
    : CatalogTable<Item, ItemView, ItemRequest>(contexts, text)
{
    public override string Route => "items";

    protected override Expression<Func<Item, string>> Code => i => i.Code;

    public override IReadOnlyDictionary<string, Expression<Func<Item, object>>> Sorts { get; } = new Dictionary<string, Expression<Func<Item, object>>>
    {
        ["code"] = i => i.Code,
        ["name"] = i => i.Name,
        ["kind"] = i => i.Kind,
        ["standardCost"] = i => i.StandardCost,
    };

    /// <summary>The three kinds, and <c>Inactive</c>: where a deactivated item is found to be used again.</summary>
    public override IReadOnlyDictionary<string, Expression<Func<Item, bool>>> Kinds { get; } =
        new Dictionary<string, Expression<Func<Item, bool>>>(ByEnum<ItemKind>(i => i.Kind)) { ["Inactive"] = i => !i.IsActive };

    public override IReadOnlyList<ExportColumn<ItemView>> Columns { get; } =
    [
        new("Items.Code", i => i.Code),
        new("Items.Name", i => i.Name),
        new("Items.Kind", i => i.Kind),
        new("Items.Unit", i => i.Unit),
        new("Items.StandardCost", i => i.StandardCost),
        new("Items.ReorderPoint", i => i.ReorderPoint),
        new("Items.SafetyStock", i => i.SafetyStock),
        new("Items.LeadTimeDays", i => i.LeadTimeDays),
        new("Items.LotTracked", i => i.LotTracked),
        new("Items.Supplier", i => i.Supplier),
        new("Items.Active", i => i.IsActive),
    ];

    protected override Expression<Func<Item, bool>> Matches(string pattern) =>
        i => EF.Functions.ILike(i.Code, pattern) || EF.Functions.ILike(i.Name, pattern);

    public override ItemView ToView(Item i) =>
        new(i.Id, i.Code, i.Name, i.Kind.ToString(), i.Unit, i.StandardCost, i.ReorderPoint, i.SafetyStock, i.LeadTimeDays, i.LotTracked, i.BackflushLocationId, i.IsActive, i.Version, i.Supplier);

    public static ItemRequest ToRequest(ItemView i) => new()
    {
        Code = i.Code,
        Name = i.Name,
        Kind = i.Kind,
        Unit = i.Unit,
        StandardCost = i.StandardCost,
        ReorderPoint = i.ReorderPoint,
        SafetyStock = i.SafetyStock,
        LeadTimeDays = i.LeadTimeDays,
        LotTracked = i.LotTracked,
        BackflushLocationId = i.BackflushLocationId,
        Supplier = i.Supplier,
    };

    protected override string? CodeOf(ItemRequest request) => request.Code;

    public override Dictionary<string, string[]> Validate(ItemRequest request)
    {
        var fields = new FieldChecks(Text);
        fields.Text("code", request.Code, 64);
        fields.Text("name", request.Name, 200);
        fields.OneOf<ItemKind>("kind", request.Kind);
        fields.Text("unit", request.Unit, 16);
        fields.NotNegative("standardCost", request.StandardCost);
        fields.NotNegative("reorderPoint", request.ReorderPoint);
        fields.NotNegative("safetyStock", request.SafetyStock);
        fields.NotNegative("leadTimeDays", request.LeadTimeDays);
        fields.Text("supplier", request.Supplier, Item.SupplierMaxLength, required: false);
        if (request.ReorderPoint > 0 && request.SafetyStock > request.ReorderPoint)
        {
            fields.Add("safetyStock", "Rule.item.safety_stock_above_reorder_point");
        }

        return fields.Errors;
    }

    protected override async Task ValidateAgainstAsync(MesDbContext db, ItemRequest request, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (request.BackflushLocationId is { } location && !await db.Locations.AnyAsync(l => l.Id == location, cancellationToken))
        {
            errors["backflushLocationId"] = [Text["Catalog.UnknownLocation"]];
        }
    }

    protected override Item Create(Guid workshopId, ItemRequest request)
    {
        var item = new Item(workshopId, request.Code!, request.Name!, FieldChecks.Parse(request.Kind, ItemKind.Material), request.Unit!, request.StandardCost);
        Apply(item, request);
        return item;
    }

    protected override void Apply(Item item, ItemRequest request)
    {
        item.Describe(request.Code!, FieldChecks.Parse(request.Kind, item.Kind), request.Unit!);
        item.Rename(request.Name!);
        item.ChangeStandardCost(request.StandardCost);
        item.SetPlanning(request.ReorderPoint, request.SafetyStock, request.LeadTimeDays);
        item.TrackLots(request.LotTracked);
        item.ConsumeFrom(request.BackflushLocationId);
        item.BuyFrom(request.Supplier);
    }
}
