using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Web.Features.Api;
using Workshop.Mes.Web.Features.Tenancy;

namespace Workshop.Mes.Web.Features.Catalog;

/// <summary>
/// <c>/api/v1/items</c> (with each item's <c>bom</c> and <c>routing</c>), <c>workstations</c>, <c>locations</c>,
/// <c>defect-codes</c>, <c>downtime-reasons</c> and <c>workers</c>: the services the master-data pages use.
/// </summary>
internal static class CatalogEndpoints
{
    public static void MapCatalogApi(this WebApplication app)
    {
        var items = app.MapCatalogTable<ItemsTable, Item, ItemView, ItemRequest>("items", "Items", "Item", "Items", "item", "one kind: Material, Component or Product, or Inactive for the deactivated items");
        items.MapPost("/{id:guid}/deactivate", DeactivateItemAsync)
            .WithName("DeactivateItem")
            .WithSummary("Deactivate an item")
            .WithDescription("Items are never deleted (orders and stock refer to them); a deactivated item stays readable but is no longer offered.");
        items.MapPost("/{id:guid}/reactivate", ReactivateItemAsync)
            .WithName("ReactivateItem")
            .WithSummary("Reactivate an item")
            .WithDescription("Offers a deactivated item again for new orders, BOMs and receipts. Reactivating an active item changes nothing.");
        MapBom(items);
        MapRouting(items);

        app.MapCatalogTable<WorkstationsTable, Workstation, WorkstationView, WorkstationRequest>(
            "workstations", "Workstations", "Workstation", "Workstations", "workstation", "one state: Available, Down or Retired");
        app.MapCatalogTable<LocationsTable, Location, LocationView, LocationRequest>(
            "locations", "Locations", "Location", "Locations", "location", "one kind: Store, Floor, FinishedGoods or Quarantine");
        app.MapCatalogTable<DefectCodesTable, DefectCode, DefectCodeView, DefectCodeRequest>(
            "defect-codes", "Defect codes", "DefectCode", "DefectCodes", "defect code", "one 4M+E category: Man, Machine, Material, Method, Measurement or Environment");
        app.MapCatalogTable<DowntimeReasonsTable, DowntimeReason, DowntimeReasonView, DowntimeReasonRequest>(
            "downtime-reasons", "Downtime reasons", "DowntimeReason", "DowntimeReasons", "downtime reason", "Planned or Unplanned reasons");

        var workers = app.MapCatalogTable<WorkersTable, Worker, WorkerView, WorkerRequest>(
            "workers", "Workers", "Worker", "Workers", "worker", "Active or Inactive workers");
        workers.MapPost("/{id:guid}/deactivate", DeactivateWorkerAsync)
            .WithName("DeactivateWorker")
            .WithSummary("Deactivate a worker")
            .WithDescription("They can no longer sign in on a tablet; their history stays.");
        workers.MapPost("/{id:guid}/reactivate", ReactivateWorkerAsync)
            .WithName("ReactivateWorker")
            .WithSummary("Reactivate a worker")
            .WithDescription("The worker can sign in on the tablets again.");
        workers.MapPost("/{id:guid}/pin-reset", ResetPinAsync)
            .WithName("ResetWorkerPin")
            .WithSummary("Set a new PIN for a worker")
            .WithDescription("4 to 8 digits, not one repeated digit or a run like 1234. Ends a lockout after wrong PINs.");
    }

    private static void MapBom(RouteGroupBuilder items)
    {
        items.MapGet("/{id:guid}/bom", BomAsync)
            .WithName("ListBomLines")
            .WithSummary("Read an item's BOM")
            .WithDescription("Each component with how much of it one unit of the item uses.");
        items.MapPost("/{id:guid}/bom", AddBomLineAsync)
            .WithName("AddBomLine")
            .WithSummary("Add a component to the BOM")
            .WithDescription("409 when the component is the item itself, already on the BOM, or its own BOM uses the item (a cycle).")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency();
        items.MapPut("/{id:guid}/bom/{lineId:guid}", ChangeBomLineAsync)
            .WithName("ChangeBomLine")
            .WithSummary("Change a BOM line's quantity")
            .WithDescription("Send `If-Match` with the line's `version` as an ETag (\"123\").")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        items.MapDelete("/{id:guid}/bom/{lineId:guid}", RemoveBomLineAsync)
            .WithName("RemoveBomLine")
            .WithSummary("Take a component off the BOM")
            .WithDescription("Orders released before keep the BOM they copied.");
    }

    private static void MapRouting(RouteGroupBuilder items)
    {
        items.MapGet("/{id:guid}/routing", RoutingAsync)
            .WithName("ListRoutingSteps")
            .WithSummary("Read an item's routing")
            .WithDescription("The steps in order: operation, workstation, setup minutes, run minutes per unit, inspection.");
        items.MapPost("/{id:guid}/routing", AddStepAsync)
            .WithName("AddRoutingStep")
            .WithSummary("Add a step at the end of the routing")
            .WithDescription("Operation, workstation, setup minutes and run minutes per unit. 409 for a material: it is bought, not made.")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithIdempotency();
        items.MapPut("/{id:guid}/routing/{stepId:guid}", ChangeStepAsync)
            .WithName("ChangeRoutingStep")
            .WithSummary("Change a routing step")
            .WithDescription("Send `If-Match` with the step's `version` as an ETag (\"123\").")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
        items.MapDelete("/{id:guid}/routing/{stepId:guid}", RemoveStepAsync)
            .WithName("RemoveRoutingStep")
            .WithSummary("Remove a routing step")
            .WithDescription("The steps after it move up one place.");
        items.MapPost("/{id:guid}/routing/order", ReorderAsync)
            .WithName("ReorderRouting")
            .WithSummary("Put the routing's steps in a new order")
            .WithDescription("`stepIds` must list every step of the routing exactly once; anything else is a 400 error on `stepIds`.");
    }

    /// <param name="id">The item's id.</param>
    private static async Task<Results<Ok<ItemView>, NotFound>> DeactivateItemAsync(
        Guid id, WorkshopMember member, ItemsTable items, HttpContext http, CancellationToken cancellationToken) =>
        Changed(await items.ChangeAsync(member, id, null, i => i.Deactivate(), cancellationToken), http);

    /// <param name="id">The item's id.</param>
    private static async Task<Results<Ok<ItemView>, NotFound>> ReactivateItemAsync(
        Guid id, WorkshopMember member, ItemsTable items, HttpContext http, CancellationToken cancellationToken) =>
        Changed(await items.ChangeAsync(member, id, null, i => i.Reactivate(), cancellationToken), http);

    /// <param name="id">The worker's id.</param>
    private static async Task<Results<Ok<WorkerView>, NotFound>> DeactivateWorkerAsync(
        Guid id, WorkshopMember member, WorkersTable workers, HttpContext http, CancellationToken cancellationToken) =>
        Changed(await workers.ChangeAsync(member, id, null, w => w.Deactivate(), cancellationToken), http);

    /// <param name="id">The worker's id.</param>
    private static async Task<Results<Ok<WorkerView>, NotFound>> ReactivateWorkerAsync(
        Guid id, WorkshopMember member, WorkersTable workers, HttpContext http, CancellationToken cancellationToken) =>
        Changed(await workers.ChangeAsync(member, id, null, w => w.Reactivate(), cancellationToken), http);

    /// <param name="id">The worker's id.</param>
    private static async Task<Results<Ok<WorkerView>, ValidationProblem, NotFound>> ResetPinAsync(
        Guid id, PinResetRequest request, WorkshopMember member, WorkersTable workers, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        CatalogTableEndpoints.Answer(await workers.ResetPinAsync(member, id, request.Pin, cancellationToken), http, text);

    /// <param name="id">The item's id.</param>
    private static async Task<Results<Ok<IReadOnlyList<BomLineView>>, NotFound>> BomAsync(
        Guid id, WorkshopMember member, BomService bom, CancellationToken cancellationToken) =>
        await bom.LinesAsync(member, id, cancellationToken) is { } lines ? TypedResults.Ok(lines) : TypedResults.NotFound();

    /// <param name="id">The item's id.</param>
    private static async Task<Results<Created<BomLineView>, ValidationProblem, NotFound>> AddBomLineAsync(
        Guid id, BomLineRequest request, WorkshopMember member, BomService bom, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        Created(await bom.AddAsync(member, id, request, cancellationToken), $"/api/v1/items/{id}/bom", http, text);

    /// <param name="id">The item's id.</param>
    /// <param name="lineId">The BOM line's id.</param>
    private static async Task<Results<Ok<BomLineView>, ValidationProblem, NotFound>> ChangeBomLineAsync(
        Guid id, Guid lineId, BomQuantityRequest request, WorkshopMember member, BomService bom, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Change);
        var version = http.Request.RequireIfMatch();
        return CatalogTableEndpoints.Answer(await bom.ChangeQuantityAsync(member, id, lineId, version, request.QuantityPer, cancellationToken), http, text);
    }

    /// <param name="id">The item's id.</param>
    /// <param name="lineId">The BOM line's id.</param>
    private static async Task<Results<NoContent, NotFound>> RemoveBomLineAsync(
        Guid id, Guid lineId, WorkshopMember member, BomService bom, CancellationToken cancellationToken) =>
        await bom.RemoveAsync(member, id, lineId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <param name="id">The item's id.</param>
    private static async Task<Results<Ok<IReadOnlyList<RoutingStepView>>, NotFound>> RoutingAsync(
        Guid id, WorkshopMember member, RoutingService routing, CancellationToken cancellationToken) =>
        await routing.StepsAsync(member, id, cancellationToken) is { } steps ? TypedResults.Ok(steps) : TypedResults.NotFound();

    /// <param name="id">The item's id.</param>
    private static async Task<Results<Created<RoutingStepView>, ValidationProblem, NotFound>> AddStepAsync(
        Guid id, RoutingStepRequest request, WorkshopMember member, RoutingService routing, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
        Created(await routing.AddAsync(member, id, request, cancellationToken), $"/api/v1/items/{id}/routing", http, text);

    /// <param name="id">The item's id.</param>
    /// <param name="stepId">The step's id.</param>
    private static async Task<Results<Ok<RoutingStepView>, ValidationProblem, NotFound>> ChangeStepAsync(
        Guid id, Guid stepId, RoutingStepRequest request, WorkshopMember member, RoutingService routing, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        member.Demand(Area.Catalog, Operation.Change);
        var version = http.Request.RequireIfMatch();
        return CatalogTableEndpoints.Answer(await routing.UpdateAsync(member, id, stepId, version, request, cancellationToken), http, text);
    }

    /// <param name="id">The item's id.</param>
    /// <param name="stepId">The step's id.</param>
    private static async Task<Results<NoContent, NotFound>> RemoveStepAsync(
        Guid id, Guid stepId, WorkshopMember member, RoutingService routing, CancellationToken cancellationToken) =>
        await routing.RemoveAsync(member, id, stepId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <param name="id">The item's id.</param>
    private static async Task<Results<Ok<IReadOnlyList<RoutingStepView>>, ValidationProblem, NotFound>> ReorderAsync(
        Guid id, RoutingOrderRequest request, WorkshopMember member, RoutingService routing, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        var result = await routing.ReorderAsync(member, id, request.StepIds, cancellationToken);
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        return result.Value is { } steps ? TypedResults.Ok(steps) : result.ToValidationProblem(text);
    }

    private static Results<Ok<T>, NotFound> Changed<T>(T? view, HttpContext http)
        where T : class, IVersionedView
    {
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        http.Response.SetETag(view.Version);
        return TypedResults.Ok(view);
    }

    private static Results<Created<T>, ValidationProblem, NotFound> Created<T>(Validated<T>? result, string collection, HttpContext http, IStringLocalizer text)
        where T : class, IVersionedView
    {
        if (result is null)
        {
            return TypedResults.NotFound();
        }

        if (result.Value is not { } created)
        {
            return result.ToValidationProblem(text);
        }

        http.Response.SetETag(created.Version);
        return TypedResults.Created($"{collection}/{created.Id}", created);
    }
}
