using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class WorkOrdersAccessCases : IEndpointAccessCases
{
    private const string DraftNumber = "WO-2611-0501";
    private const string ReleasedNumber = "WO-2611-0502";

    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "/api/v1/work-orders/", EndpointAccess.Member, Area.WorkOrders, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/work-orders")),
        },
        new("GET", "/api/v1/work-orders/counts", EndpointAccess.Member, Area.WorkOrders, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/work-orders/counts")),
        },
        new("GET", "/api/v1/work-orders/export", EndpointAccess.Member, Area.WorkOrders, Operation.Export)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/work-orders/export?format=csv")),
        },
        new("POST", "/api/v1/work-orders/", EndpointAccess.Member, Area.WorkOrders, Operation.Create)
        {
            Request = arrange => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/work-orders")
            {
                Content = JsonContent.Create(new { productId = arrange.Ours.Product.Id, quantity = 5, dueDate = "2026-12-24" }),
            }),
        },
        Read("/api/v1/work-orders/{id:guid}", ""),
        Read("/api/v1/work-orders/{id:guid}/shortages", "/shortages"),
        Read("/api/v1/work-orders/{id:guid}/timeline", "/timeline"),
        Read("/api/v1/work-orders/{id:guid}/traveller.pdf", "/traveller.pdf"),
        new("PUT", "/api/v1/work-orders/{id:guid}", EndpointAccess.Member, Area.WorkOrders, Operation.Change)
        {
            Request = async arrange => await VersionedAsync(arrange, HttpMethod.Put, DraftNumber, "", new { quantity = 7 }),
        },
        Change("release", DraftNumber, new { acknowledgeShortages = true }),
        Change("hold", ReleasedNumber, new { reason = "자재 대기" }),
        Change("resume", ReleasedNumber, new { }),
        Change("cancel", DraftNumber, new { }),
        Change("complete", ReleasedNumber, new { }),
        Change("close-short", ReleasedNumber, new { reason = "원단 불량" }),
        new("POST", "/api/v1/work-orders/{id:guid}/steps/{stepId:guid}/progress", EndpointAccess.Member, Area.WorkOrders, Operation.Change)
        {
            Request = async arrange =>
            {
                var order = await OrderAsync(arrange, ReleasedNumber);
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{order.Id}/steps/{order.Steps[0].Id}/progress")
                {
                    Content = JsonContent.Create(new { kind = "Start" }),
                };
            },
        },
    ];

    private static EndpointCase Read(string pattern, string suffix) =>
        new("GET", pattern, EndpointAccess.Member, Area.WorkOrders, Operation.Read)
        {
            Request = async arrange => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/work-orders/{(await OrderAsync(arrange, ReleasedNumber)).Id}{suffix}"),
        };

    private static EndpointCase Change(string action, string number, object body) =>
        new("POST", $"/api/v1/work-orders/{{id:guid}}/{action}", EndpointAccess.Member, Area.WorkOrders, Operation.Change)
        {
            Request = async arrange => await VersionedAsync(arrange, HttpMethod.Post, number, $"/{action}", body),
        };

    private static async Task<HttpRequestMessage> VersionedAsync(AccessArrangement arrange, HttpMethod method, string number, string suffix, object body)
    {
        var order = await OrderAsync(arrange, number);
        var request = new HttpRequestMessage(method, $"/api/v1/work-orders/{order.Id}{suffix}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{order.Version}\"");
        return request;
    }

    /// <summary>The arranged draft or released order of our workshop, made once per test.</summary>
    private static async Task<WorkOrder> OrderAsync(AccessArrangement arrange, string number)
    {
        await using (var db = arrange.Database.CreateContext())
        {
            var existing = await db.WorkOrders.IgnoreQueryFilters().SingleOrDefaultAsync(o => o.Number == number && o.WorkshopId == arrange.Ours.Tenant.Id);
            if (existing is not null)
            {
                return existing;
            }
        }

        var order = number == DraftNumber ? arrange.Ours.WorkOrders.Draft(number) : arrange.Ours.WorkOrders.Released(number);
        await arrange.Ours.SaveAsync(arrange.Database, order);
        await using var read = arrange.Database.CreateContext();
        return await read.WorkOrders.IgnoreQueryFilters().SingleAsync(o => o.Id == order.Id);
    }
}
