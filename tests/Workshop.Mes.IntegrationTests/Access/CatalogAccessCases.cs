using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Common;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class CatalogAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        .. Table("items", Area.Catalog, a => Task.FromResult(a.Ours.Product.Id), new { code = "SH-01", name = "셔츠", kind = "Product", unit = "ea" }),
        Post("/api/v1/items/{id:guid}/deactivate", Area.Catalog, Operation.Change, a => $"/api/v1/items/{a.Ours.Fabric.Id}/deactivate", null),
        Post("/api/v1/items/{id:guid}/reactivate", Area.Catalog, Operation.Change, a => $"/api/v1/items/{a.Ours.Fabric.Id}/reactivate", null),
        Get("/api/v1/items/{id:guid}/bom", Area.Catalog, a => $"/api/v1/items/{a.Ours.Product.Id}/bom"),
        Post("/api/v1/items/{id:guid}/bom", Area.Catalog, Operation.Create, a => $"/api/v1/items/{a.Ours.Product.Id}/bom", a => new { componentId = a.Ours.Sewing.Id, quantityPer = 1 }),
        Put("/api/v1/items/{id:guid}/bom/{lineId:guid}", Area.Catalog, a => Task.FromResult($"/api/v1/items/{a.Ours.Product.Id}/bom/{a.Ours.Bom[0].Id}"), new { quantityPer = 2 }),
        Delete("/api/v1/items/{id:guid}/bom/{lineId:guid}", a => $"/api/v1/items/{a.Ours.Product.Id}/bom/{a.Ours.Bom[0].Id}"),
        Get("/api/v1/items/{id:guid}/routing", Area.Catalog, a => $"/api/v1/items/{a.Ours.Product.Id}/routing"),
        Post("/api/v1/items/{id:guid}/routing", Area.Catalog, Operation.Create, a => $"/api/v1/items/{a.Ours.Product.Id}/routing", a => new { operation = "다림질", workstationId = a.Ours.Sewing.Id, runMinutesPerUnit = 1 }),
        Put("/api/v1/items/{id:guid}/routing/{stepId:guid}", Area.Catalog, a => Task.FromResult($"/api/v1/items/{a.Ours.Product.Id}/routing/{a.Ours.Routing[0].Id}"), new { operation = "재단", workstationId = Guid.Empty, runMinutesPerUnit = 1 }),
        Delete("/api/v1/items/{id:guid}/routing/{stepId:guid}", a => $"/api/v1/items/{a.Ours.Product.Id}/routing/{a.Ours.Routing[1].Id}"),
        Post("/api/v1/items/{id:guid}/routing/order", Area.Catalog, Operation.Change, a => $"/api/v1/items/{a.Ours.Product.Id}/routing/order", a => new { stepIds = new[] { a.Ours.Routing[1].Id, a.Ours.Routing[0].Id } }),
        .. Table("workstations", Area.Catalog, a => Task.FromResult(a.Ours.Cutting.Id), new { code = "PRESS", name = "프레스", hoursPerDay = 8 }),
        .. Table("locations", Area.Catalog, a => EnsureAsync(a, db => db.Locations, () => new Location(a.Ours.Tenant.Id, "WH-A", "원단 창고", LocationKind.Store)), new { code = "WH-B", name = "부자재 창고", kind = "Store" }),
        .. Table("defect-codes", Area.Catalog, a => EnsureAsync(a, db => db.DefectCodes, () => new DefectCode(a.Ours.Tenant.Id, "D01", "봉제 불량", CauseCategory.Method, "#E53935", "content_cut")), new { code = "D02", name = "얼룩", category = "Material", color = "#6D4C41", icon = "water_drop" }),
        .. Table("downtime-reasons", Area.Catalog, a => EnsureAsync(a, db => db.DowntimeReasons, () => new DowntimeReason(a.Ours.Tenant.Id, "LUNCH", "점심시간", true)), new { code = "JAM", name = "실 엉킴" }),
        .. Table("workers", Area.People, a => Task.FromResult(a.Ours.Worker.Id), new { displayName = "박철수", badgeCode = "W002", hourlyCost = 11_000 }),
        Post("/api/v1/workers/{id:guid}/deactivate", Area.People, Operation.Change, a => $"/api/v1/workers/{a.Ours.Worker.Id}/deactivate", null),
        Post("/api/v1/workers/{id:guid}/reactivate", Area.People, Operation.Change, a => $"/api/v1/workers/{a.Ours.Worker.Id}/reactivate", null),
        Post("/api/v1/workers/{id:guid}/pin-reset", Area.People, Operation.Change, a => $"/api/v1/workers/{a.Ours.Worker.Id}/pin-reset", _ => new { pin = "2580" }),
    ];

    /// <summary>List, export, create, read and update: the five endpoints every master-data table has.</summary>
    private static IEnumerable<EndpointCase> Table(string route, Area area, Func<AccessArrangement, Task<Guid>> existing, object body)
    {
        var root = $"/api/v1/{route}";
        yield return Get($"{root}/", area, _ => root);
        yield return new($"GET", $"{root}/export", EndpointAccess.Member, area, Operation.Export)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, $"{root}/export?format=xlsx")),
        };
        yield return Post($"{root}/", area, Operation.Create, _ => root, _ => body);
        yield return new("GET", $"{root}/{{id:guid}}", EndpointAccess.Member, area, Operation.Read)
        {
            Request = async a => new HttpRequestMessage(HttpMethod.Get, $"{root}/{await existing(a)}"),
        };
        yield return Put($"{root}/{{id:guid}}", area, async a => $"{root}/{await existing(a)}", body);
    }

    private static EndpointCase Get(string pattern, Area area, Func<AccessArrangement, string> path) =>
        new("GET", pattern, EndpointAccess.Member, area, Operation.Read)
        {
            Request = a => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, path(a))),
        };

    private static EndpointCase Post(string pattern, Area area, Operation operation, Func<AccessArrangement, string> path, Func<AccessArrangement, object>? body) =>
        new("POST", pattern, EndpointAccess.Member, area, operation)
        {
            Request = a => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, path(a)) { Content = body is null ? null : JsonContent.Create(body(a)) }),
        };

    // A version that is surely stale: allowed roles get 412, which proves they passed the role check.
    private static EndpointCase Put(string pattern, Area area, Func<AccessArrangement, Task<string>> path, object body) =>
        new("PUT", pattern, EndpointAccess.Member, area, Operation.Change)
        {
            Request = async a =>
            {
                var request = new HttpRequestMessage(HttpMethod.Put, await path(a)) { Content = JsonContent.Create(body) };
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                return request;
            },
        };

    private static EndpointCase Delete(string pattern, Func<AccessArrangement, string> path) =>
        new("DELETE", pattern, EndpointAccess.Member, Area.Catalog, Operation.Delete)
        {
            Request = a => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, path(a))),
        };

    /// <summary>The row with the factory's code in our workshop, saved on the first call only (the matrix asks more than once).</summary>
    private static async Task<Guid> EnsureAsync<T>(AccessArrangement arrangement, Func<Infrastructure.Database.MesDbContext, IQueryable<T>> set, Func<T> factory)
        where T : TenantEntity
    {
        await using var db = arrangement.Database.CreateContext();
        var existing = await set(db).FirstOrDefaultAsync(e => e.WorkshopId == arrangement.Ours.Tenant.Id);
        if (existing is not null)
        {
            return existing.Id;
        }

        var row = factory();
        db.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }
}
