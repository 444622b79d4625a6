using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Inventory.StockApi;

namespace Workshop.Mes.IntegrationTests.Inventory;

public sealed class StockConcurrencyTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Parallel_issues_of_the_last_units_of_a_lot_let_exactly_one_through()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 8; i++)
        {
            clients.Add(await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager));
        }

        var lotId = (await ReceiveAsync(clients[0], shop.Fabric.Id, 10, shop.Store.Id, "L-LAST")).LotId;
        using var start = new SemaphoreSlim(0);
        var issues = clients.Select(async client =>
        {
            await start.WaitAsync();
            return await client.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Fabric.Id, lotId, locationId = shop.Store.Id, quantity = 10 });
        }).ToList();
        start.Release(clients.Count);
        var responses = await Task.WhenAll(issues);

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        var refused = responses.Where(r => r.StatusCode != HttpStatusCode.Created).ToList();
        refused.Count.ShouldBe(7);
        foreach (var response in refused)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict, await response.Content.ReadAsStringAsync());
            (await ProblemAsync(response)).GetProperty("code").GetString().ShouldBe("stock.insufficient");
        }

        await using var db = database.CreateContext();
        var balance = await db.StockBalances.SingleAsync(b => b.LotId == lotId);
        balance.OnHand.ShouldBe(0);
        (await db.StockMovements.Where(m => m.LotId == lotId).SumAsync(m => m.Quantity)).ShouldBe(balance.OnHand);
        (await db.StockMovements.CountAsync(m => m.LotId == lotId)).ShouldBe(2);
    }
}
