using System.Net;
using System.Net.Http.Json;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Contracts.Tablets;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Inventory.StockApi;

namespace Workshop.Mes.IntegrationTests.Inventory;

/// <summary>
/// What a worker signed in on a tablet may post (ADR 0029): material received at the station and material issued
/// to a work order; overwriting or moving stock is for managers and owners.
/// </summary>
public sealed class WorkerStockPostingTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync()
    {
        _app.Clock.Now = TestWorkshop.Now;
        return new(database.ResetAsync());
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_worker_receives_and_issues_to_a_work_order_but_cannot_adjust_count_transfer_or_issue_to_nothing()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var order = shop.Shop.WorkOrders.Released("WO-2611-0001");
        await shop.Shop.SaveAsync(database, order);
        var worker = await WorkerOnTabletAsync(shop.Shop);

        var received = await ReceiveAsync(worker, shop.Buttons.Id, 50, shop.Floor.Id, null);
        var issued = await worker.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Buttons.Id, locationId = shop.Floor.Id, quantity = 10, workOrderId = order.Id });
        var forbidden = new Dictionary<string, HttpResponseMessage>
        {
            ["adjustment"] = await worker.PostAsJsonAsync("/api/v1/stock/adjustments", new { itemId = shop.Buttons.Id, locationId = shop.Floor.Id, quantity = 100_000, reason = "재고 맞춤" }),
            ["count"] = await worker.PostAsJsonAsync("/api/v1/stock/counts", new { locationId = shop.Floor.Id, reason = "실사", lines = new[] { new { itemId = shop.Buttons.Id, counted = 100_000 } } }),
            ["transfer"] = await worker.PostAsJsonAsync("/api/v1/stock/transfers", new { itemId = shop.Buttons.Id, fromLocationId = shop.Floor.Id, toLocationId = shop.Store.Id, quantity = 5 }),
            ["issue to no work order"] = await worker.PostAsJsonAsync("/api/v1/stock/issues", new { itemId = shop.Buttons.Id, locationId = shop.Floor.Id, quantity = 5 }),
        };

        received.Movements.ShouldHaveSingleItem().Quantity.ShouldBe(50);
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        forbidden.Where(f => f.Value.StatusCode != HttpStatusCode.Forbidden).Select(f => $"{f.Key}: {(int)f.Value.StatusCode}").ShouldBeEmpty("postings a worker may not make");
        var onHand = await GetAsync<Page<OnHandRow>>(worker, $"/api/v1/stock/on-hand?itemId={shop.Buttons.Id}");
        onHand.Items.ShouldHaveSingleItem().OnHand.ShouldBe(40, "only the receipt and the issue to the order moved stock");
    }

    /// <summary>A tablet client with the shop's worker signed in by PIN, sending the session on every request.</summary>
    private async Task<HttpClient> WorkerOnTabletAsync(TestWorkshop shop)
    {
        await _app.SetPinAsync(shop.Worker.Id);
        var (tablet, _) = await _app.TabletAsync(shop.Tenant.Id);
        var response = await tablet.PostAsJsonAsync("/api/v1/floor/sessions", new WorkerSignInRequest(shop.Worker.Id, null, FloorApp.Pin));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var session = (await response.Content.ReadFromJsonAsync<WorkerSessionStarted>())!;
        tablet.DefaultRequestHeaders.Add("X-Worker-Session", session.SessionToken);
        return tablet;
    }
}
