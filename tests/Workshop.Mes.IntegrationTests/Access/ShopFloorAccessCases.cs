using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class ShopFloorAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        Tablet("POST", "/api/v1/floor/events", () => JsonContent.Create(new FloorEventSubmission(null, null, new FloorEvent(Guid.CreateVersion7(), FloorEventKind.Start, TestWorkshop.Now)))),
        Tablet("POST", "/api/v1/floor/events/batch", () => JsonContent.Create(new FloorEventBatch(null, null, []))),
        Tablet("POST", "/api/v1/floor/events/{eventId:guid}/photos", () => new MultipartFormDataContent { { new ByteArrayContent([0xFF, 0xD8, 0xFF]), "file", "a.jpg" }, { new StringContent(Guid.CreateVersion7().ToString()), "photoId" } }),
        Tablet("GET", "/api/v1/floor/work", null),
        Tablet("GET", "/api/v1/floor/steps/{id:guid}", null),
        Tablet("GET", "/api/v1/floor/scan", null),
        Tablet("GET", "/api/v1/floor/catalog", null),
        new("GET", "/api/v1/shop-floor/rejected-events", EndpointAccess.Member, Area.ShopFloor, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/shop-floor/rejected-events")),
        },
        new("POST", "/api/v1/shop-floor/rejected-events/{id:guid}/reassign", EndpointAccess.Member, Area.ShopFloor, Operation.Change)
        {
            Request = async arrangement =>
            {
                var (refusedId, stepId) = await RefusedAsync(arrangement);
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/shop-floor/rejected-events/{refusedId}/reassign") { Content = JsonContent.Create(new ReassignRejectedEventRequest(stepId)) };
            },
        },
        new("POST", "/api/v1/shop-floor/rejected-events/{id:guid}/dismiss", EndpointAccess.Member, Area.ShopFloor, Operation.Change)
        {
            Request = async arrangement =>
            {
                var (refusedId, _) = await RefusedAsync(arrangement);
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/shop-floor/rejected-events/{refusedId}/dismiss") { Content = JsonContent.Create(new DismissRejectedEventRequest("중복 기록")) };
            },
        },
        new("GET", "/api/v1/defects/{defectId:guid}/photos/{photoId:guid}", EndpointAccess.Member, Area.Quality, Operation.Read)
        {
            Request = async arrangement =>
            {
                var (defectId, photoId) = await PhotoAsync(arrangement);
                return new HttpRequestMessage(HttpMethod.Get, $"/api/v1/defects/{defectId}/photos/{photoId}");
            },
        },
    ];

    private static EndpointCase Tablet(string method, string pattern, Func<HttpContent>? content) =>
        new(method, pattern, EndpointAccess.Tablet)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(new HttpMethod(method), pattern.Replace("{eventId:guid}", Guid.CreateVersion7().ToString()).Replace("{id:guid}", Guid.CreateVersion7().ToString())) { Content = content?.Invoke() }),
        };

    /// <summary>A refused event and a released order's step to re-assign it to, arranged once per workshop (the matrix builds a request more than once).</summary>
    private static async Task<(Guid RefusedId, Guid StepId)> RefusedAsync(AccessArrangement arrangement)
    {
        var workshopId = arrangement.Ours.Tenant.Id;
        await using var db = arrangement.Database.CreateContext();
        var order = await db.WorkOrders.FirstOrDefaultAsync(o => o.WorkshopId == workshopId && o.Number == "WO-2611-0701");
        if (order is null)
        {
            order = arrangement.Ours.WorkOrders.Released("WO-2611-0701");
            db.WorkOrders.Add(order);
        }

        var refused = await db.RefusedEvents.FirstOrDefaultAsync(r => r.WorkshopId == workshopId);
        if (refused is null)
        {
            var clientId = Guid.CreateVersion7();
            var payload = $$"""{"id":"{{clientId}}","kind":"Start","capturedAt":"2026-11-10T09:00:00+09:00"}""";
            refused = new RefusedEvent(workshopId, clientId, "Start", payload, TestWorkshop.Now, TestWorkshop.Now, null, null, null, "session.ended", "세션이 끝났습니다.");
            db.RefusedEvents.Add(refused);
        }

        await db.SaveChangesAsync();
        return (refused.Id, order.Steps[0].Id);
    }

    private static async Task<(Guid DefectId, Guid PhotoId)> PhotoAsync(AccessArrangement arrangement)
    {
        var workshopId = arrangement.Ours.Tenant.Id;
        await using var db = arrangement.Database.CreateContext();
        var defect = await db.DefectRecords.FirstOrDefaultAsync(d => d.WorkshopId == workshopId && d.Number == "DF-2611-0701");
        if (defect is null)
        {
            var code = new DefectCode(workshopId, "ACC", "접근 시험", CauseCategory.Man, "#d32f2f", "warning");
            defect = new DefectRecord(workshopId, "DF-2611-0701", new DefectSource(arrangement.Ours.Product.Id), code.Id, code.Category, 1, Disposition.Scrap, DefectCost.Zero, TestWorkshop.Now);
            var content = new PhotoContent(workshopId, Guid.CreateVersion7(), "image/jpeg", [0xFF, 0xD8, 0xFF, 0xD9]);
            defect.AttachPhoto(content.Id.ToString(), "image/jpeg", 4, TestWorkshop.Now);
            db.AddRange(code, defect, content);
            await db.SaveChangesAsync();
        }

        return (defect.Id, defect.Photos.Single().Id);
    }
}
