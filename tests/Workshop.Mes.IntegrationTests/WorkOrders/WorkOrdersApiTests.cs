using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

public sealed class WorkOrdersApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Lists_a_workshops_orders_newest_first_with_product_and_progress()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var running = shop.WorkOrders.Released("WO-2611-0002", quantity: 10);
        running.Record(ProductionEvent.Start(shop.Context(running, 1, TestWorkshop.Now)));
        running.Record(ProductionEvent.Output(shop.Context(running, 1, TestWorkshop.Now.AddHours(1)), 4, 0, null));
        await shop.SaveAsync(database, shop.WorkOrders.Draft("WO-2611-0001"), running);

        var page = await ListAsync(shop, "");

        page.Items.Select(w => w.Number).ShouldBe(["WO-2611-0002", "WO-2611-0001"]);
        var first = page.Items[0];
        first.ShouldSatisfyAllConditions(
            () => first.ProductName.ShouldBe("여성 블라우스"),
            () => first.Status.ShouldBe(WorkOrderStatus.InProgress),
            () => first.GoodQuantity.ShouldBe(4),
            () => first.Progress.ShouldBe(0.2m), // 0 of 10 cut, 4 of 10 sewn
            () => first.CustomerName.ShouldBeNull());
        page.NextCursor.ShouldBeNull();
    }

    [Fact]
    public async Task Pages_follow_the_cursor_until_the_end_without_repeats()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await shop.SaveAsync(database, [.. Enumerable.Range(1, 7).Select(n => shop.WorkOrders.Draft($"WO-2611-{n:0000}"))]);

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await ListAsync(shop, $"limit=3&cursor={cursor}");
            page.Items.Count.ShouldBeLessThanOrEqualTo(3);
            seen.AddRange(page.Items.Select(i => i.Number));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        seen.ShouldBe([.. Enumerable.Range(1, 7).Reverse().Select(n => $"WO-2611-{n:0000}")]);
    }

    [Fact]
    public async Task Another_workshops_orders_are_never_listed()
    {
        var garment = await TestWorkshop.CreateAsync(database);
        var metal = await TestWorkshop.CreateAsync(database, "test-metal", "테스트 금속가공");
        await garment.SaveAsync(database, garment.WorkOrders.Draft("WO-2611-0001"), metal.WorkOrders.Draft("WO-2611-0099"));

        var page = await ListAsync(metal, "");

        page.Items.Select(w => w.Number).ShouldBe(["WO-2611-0099"]);
    }

    [Fact]
    public async Task Open_only_and_search_narrow_the_list()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var cancelled = shop.WorkOrders.Draft("WO-2611-0003");
        cancelled.Cancel();
        await shop.SaveAsync(database, shop.WorkOrders.Draft("WO-2611-0001"), shop.WorkOrders.Draft("WO-2611-0002"), cancelled);

        (await ListAsync(shop, "openOnly=true")).Items.Select(w => w.Number).ShouldBe(["WO-2611-0002", "WO-2611-0001"]);
        (await ListAsync(shop, "search=0002")).Items.Select(w => w.Number).ShouldBe(["WO-2611-0002"]);
        (await ListAsync(shop, "search=블라우스")).Items.Count.ShouldBe(3);
        (await ListAsync(shop, "search=%25")).Items.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("cursor=%25%25not-a-cursor", "cursor")]
    public async Task Bad_paging_input_answers_400_naming_the_field(string query, string field)
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);

        var response = await client.GetAsync($"/api/v1/work-orders?{query}&culture=en");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task An_unknown_workshop_answers_404()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);
        client.DefaultRequestHeaders.Add("X-Workshop", "no-such-workshop");

        var response = await client.GetAsync("/api/v1/work-orders");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private async Task<Page<WorkOrderSummary>> ListAsync(TestWorkshop shop, string query)
    {
        var client = await _app.ClientWithApiKeyAsync(shop.Tenant.Id, WorkshopRole.Manager);
        var response = await client.GetAsync($"/api/v1/work-orders?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<Page<WorkOrderSummary>>(ApiJson.Options))!;
    }
}
