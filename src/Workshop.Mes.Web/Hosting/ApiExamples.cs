using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Contracts.WorkOrders;

namespace Workshop.Mes.Web.Hosting;

/// <summary>
/// Example bodies of the main requests, written as the request types themselves and serialized with the API's own
/// JSON options, so an example cannot drift from the schema it illustrates.
/// </summary>
internal static class ApiExamples
{
    private static readonly Guid _product = Guid.Parse("0193a5f0-5c1e-7d2a-9b41-1f2e3d4c5b6a");
    private static readonly Guid _fabric = Guid.Parse("0193a5f0-6a2b-7c3d-8e4f-5a6b7c8d9e0f");
    private static readonly Guid _store = Guid.Parse("0193a5f0-7b3c-7d4e-9f50-6b7c8d9e0f1a");
    private static readonly Guid _lot = Guid.Parse("0193a5f0-8c4d-7e5f-a061-7c8d9e0f1a2b");
    private static readonly Guid _workOrder = Guid.Parse("0193a5f0-9d5e-7f60-b172-8d9e0f1a2b3c");

    private static readonly Dictionary<Type, object> _bodies = new()
    {
        [typeof(CreateWorkOrderRequest)] = new CreateWorkOrderRequest(_product, 120m, new DateOnly(2026, 12, 18), WorkOrderPriority.High),
        [typeof(CustomerOrderRequest)] = new CustomerOrderRequest(
            "Hanbit Apparel", new DateOnly(2026, 12, 1), [new CustomerOrderLineRequest(null, _product, 300m, new DateOnly(2026, 12, 20))]),
        [typeof(ReceiptRequest)] = new ReceiptRequest(_fabric, 250m, _store, "L-2612-001", "Dongdaemun Textiles", new DateOnly(2027, 12, 31)),
        [typeof(IssueRequest)] = new IssueRequest(_fabric, _lot, _store, 40m, _workOrder, "Cutting for WO-2612-0007"),
        [typeof(ItemRequest)] = new ItemRequest
        {
            Code = "BL-01",
            Name = "Blouse, white",
            Kind = "Product",
            Unit = "ea",
            StandardCost = 18500m,
            ReorderPoint = 20m,
            SafetyStock = 5m,
            LeadTimeDays = 3,
        },
    };

    public static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var body = context.Description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body);
        if (body is null || !_bodies.TryGetValue(body.Type, out var example) || operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        // Nulls stay: a field the schema lists as required but nullable (a new order line's id) must appear.
        var json = context.ApplicationServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        foreach (var media in content.Values)
        {
            media.Example = JsonSerializer.SerializeToNode(example, body.Type, json);
        }
    }
}
