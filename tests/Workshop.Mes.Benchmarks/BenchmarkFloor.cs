using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Infrastructure.DemoData;
using Workshop.Mes.Testing;

namespace Workshop.Mes.Benchmarks;

/// <summary>A paired tablet with a worker signed in on it, and the step that worker logs on.</summary>
internal sealed record BenchTablet(string DeviceToken, string WorkerSession, Guid StepId);

internal sealed record BenchFloor(string WorkOrderNumber, IReadOnlyList<Guid> StepIds, IReadOnlyList<BenchTablet> Tablets, long EventsBefore, long WorkOrdersBefore);

/// <summary>
/// The floor the ingest benchmark logs on, in the garment demo workshop: a product with a long routing and a
/// released order of it, made through the API with a manager's key from the <c>create-api-key</c> host command;
/// tablets and workers with the demo PIN written straight to the database as the floor tests do (pairing a tablet
/// and setting a PIN are the owner's alone, and an API key is never the owner); each worker then signs in on
/// their tablet through the floor API.
/// </summary>
internal static class BenchmarkFloor
{
    public const string Workshop = DemoWorkshops.ChangsinGarment;

    public static async Task<BenchFloor> PrepareAsync(
        HttpClient http, IReadOnlyDictionary<string, string> settings, string ownerConnectionString, int steps, int tablets)
    {
        var (workshopId, before, ordersBefore) = await CountAsync(ownerConnectionString);
        var created = await AppUnderTest.RunCommandAsync(settings, "create-api-key", "--workshop", Workshop, "--role", "Manager", "--name", "ingest benchmark");
        var apiKey = created.Trim().Split('\n')[^1].Trim();
        var manager = new ApiCaller(http, new AuthenticationHeaderValue("Bearer", apiKey));

        var workstations = (await manager.SendAsync<Page<WorkstationView>>(HttpMethod.Get, "api/v1/workstations?limit=100")).Items
            .Where(w => w.State == "Available").ToList();
        var product = await manager.SendAsync<ItemView>(HttpMethod.Post, "api/v1/items", new ItemRequest
        {
            Code = "BENCH-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
            Name = "벤치마크 재킷",
            Kind = "Product",
            Unit = "ea",
            StandardCost = 30000,
        });
        for (var i = 0; i < steps; i++)
        {
            await manager.SendAsync<RoutingStepView>(HttpMethod.Post, $"api/v1/items/{product.Id}/routing", new RoutingStepRequest
            {
                Operation = $"공정 {i + 1}",
                WorkstationId = workstations[i % workstations.Count].Id,
                SetupMinutes = 5,
                RunMinutesPerUnit = 0.5m,
            });
        }

        var draft = await manager.SendAsync<WorkOrderDetail>(HttpMethod.Post, "api/v1/work-orders", new CreateWorkOrderRequest(
            product.Id, 10_000_000, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60))));
        var order = await manager.SendAsync<WorkOrderDetail>(
            HttpMethod.Post, $"api/v1/work-orders/{draft.Id}/release", new ReleaseWorkOrderRequest(AcknowledgeShortages: true), draft.Version);
        var stepIds = order.Steps.OrderBy(s => s.Sequence).Select(s => s.Id).ToList();

        var enrolled = await EnrolAsync(ownerConnectionString, workshopId, tablets);
        var floor = new List<BenchTablet>();
        for (var i = 0; i < enrolled.Count; i++)
        {
            var (deviceToken, workerId) = enrolled[i];
            var tablet = new ApiCaller(http, new AuthenticationHeaderValue("Device", deviceToken));
            var session = await tablet.SendAsync<WorkerSessionStarted>(HttpMethod.Post, "api/v1/floor/sessions", new WorkerSignInRequest(workerId, null, DemoPins.Pin));
            floor.Add(new BenchTablet(deviceToken, session.SessionToken, stepIds[i % stepIds.Count]));
        }

        return new BenchFloor(order.Number, stepIds, floor, before, ordersBefore);
    }

    private static async Task<(Guid WorkshopId, long Events, long WorkOrders)> CountAsync(string ownerConnectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(ownerConnectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT (SELECT id FROM tenancy.workshops WHERE slug = $1), (SELECT count(*) FROM shop_floor.production_events), (SELECT count(*) FROM work_orders.work_orders)");
        command.Parameters.Add(new NpgsqlParameter { Value = Workshop });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetGuid(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task<List<(string DeviceToken, Guid WorkerId)>> EnrolAsync(string ownerConnectionString, Guid workshopId, int count)
    {
        await using var dataSource = NpgsqlDataSource.Create(ownerConnectionString);
        await using var db = DatabaseRegistration.CreateContext(dataSource, DataScope.Maintenance);
        var enrolled = new List<(string, Guid)>();
        for (var i = 1; i <= count; i++)
        {
            var worker = new Worker(workshopId, string.Create(CultureInfo.InvariantCulture, $"벤치 작업자 {i}"), string.Create(CultureInfo.InvariantCulture, $"BENCH{i:000}"), 12_000);
            DemoPins.Apply([worker]);
            var device = new FloorDevice(workshopId, string.Create(CultureInfo.InvariantCulture, $"벤치 태블릿 {i}"), DateTimeOffset.UtcNow);
            var token = device.IssueCredential();
            db.Workers.Add(worker);
            db.FloorDevices.Add(device);
            enrolled.Add((token.Value, worker.Id));
        }

        await db.SaveChangesAsync();
        return enrolled;
    }

    /// <summary>JSON requests with one credential, failing loudly: a benchmark on a half-made floor measures nothing.</summary>
    private sealed class ApiCaller(HttpClient http, AuthenticationHeaderValue credential)
    {
        public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body = null, uint? version = null)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = credential;
            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: ApiJson.Options);
            }

            if (version is { } v)
            {
                request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
            }

            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            return (await response.Content.ReadFromJsonAsync<T>(ApiJson.Options))!;
        }
    }
}
