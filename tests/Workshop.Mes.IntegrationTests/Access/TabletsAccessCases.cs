using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Domain.Access;

namespace Workshop.Mes.IntegrationTests.Access;

internal sealed class TabletsAccessCases : IEndpointAccessCases
{
    public IEnumerable<EndpointCase> Cases =>
    [
        new("GET", "/api/v1/tablets/", EndpointAccess.Member, Area.Tablets, Operation.Read)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/tablets")),
        },
        new("POST", "/api/v1/tablets/pairings", EndpointAccess.Member, Area.Tablets, Operation.Create)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/tablets/pairings") { Content = JsonContent.Create(new PairTabletRequest("재단대 태블릿")) }),
        },
        new("DELETE", "/api/v1/tablets/{id:guid}", EndpointAccess.Member, Area.Tablets, Operation.Delete)
        {
            Request = async arrangement =>
            {
                // Arranged once per workshop: the matrix builds a request more than once and compares fingerprints in between.
                await using var db = arrangement.Database.CreateContext();
                var device = await db.FloorDevices.FirstOrDefaultAsync(d => d.WorkshopId == arrangement.Ours.Tenant.Id);
                if (device is null)
                {
                    device = new FloorDevice(arrangement.Ours.Tenant.Id, "재단대 태블릿", Testing.TestWorkshop.Now);
                    device.IssueCredential();
                    db.FloorDevices.Add(device);
                    await db.SaveChangesAsync();
                }

                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/tablets/{device.Id}");
            },
        },
        new("POST", "/api/v1/floor/pairings/redeem", EndpointAccess.Anonymous)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/floor/pairings/redeem") { Content = JsonContent.Create(new RedeemPairingRequest("ABCD-EFGH")) }),
        },
        new("GET", "/api/v1/floor/workers", EndpointAccess.Tablet)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, "/api/v1/floor/workers")),
        },
        new("POST", "/api/v1/floor/sessions", EndpointAccess.Tablet)
        {
            Request = arrangement => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/floor/sessions")
            {
                Content = JsonContent.Create(new WorkerSignInRequest(arrangement.Ours.Worker.Id, null, "2580")),
            }),
        },
        new("DELETE", "/api/v1/floor/sessions/current", EndpointAccess.Tablet)
        {
            Request = _ => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/floor/sessions/current")),
        },
    ];
}
