using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Orders.OrderApi;
using ContractWorkOrderStatus = Workshop.Mes.Contracts.WorkOrders.WorkOrderStatus;

namespace Workshop.Mes.IntegrationTests.Orders;

public sealed class CustomerOrdersApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Taking_an_order_numbers_it_and_reads_back_with_lines_left_to_ship()
    {
        var (shop, client) = await OwnerAsync();

        using var response = await client.PostAsJsonAsync("/api/v1/customer-orders", OrderBody(shop, quantity: 50));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = (await response.Content.ReadFromJsonAsync<CustomerOrderView>(ApiJson.Options))!;
        created.Number.ShouldMatch(@"^SO-\d{4}-0001$");
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/customer-orders/{created.Id}");

        using var read = await client.GetAsync($"/api/v1/customer-orders/{created.Id}");
        read.Headers.ETag!.Tag.ShouldBe($"\"{created.Version}\"");
        var order = (await read.Content.ReadFromJsonAsync<CustomerOrderView>(ApiJson.Options))!;
        order.CustomerName.ShouldBe("한빛상사");
        order.Status.ShouldBe(CustomerOrderStatus.Open);
        var line = order.Lines.ShouldHaveSingleItem();
        line.ShouldSatisfyAllConditions(
            () => line.ProductCode.ShouldBe("BL-01"),
            () => line.Quantity.ShouldBe(50),
            () => line.ShippedQuantity.ShouldBe(0),
            () => line.RemainingQuantity.ShouldBe(50),
            () => line.OnTime.ShouldBeNull(),
            () => line.DueDate.ShouldBe(new DateOnly(2026, 11, 30)));
    }

    [Fact]
    public async Task Orders_taken_at_the_same_moment_all_go_in_with_their_own_numbers()
    {
        var (shop, client) = await OwnerAsync();
        var clerks = new List<HttpClient> { client };
        for (var i = 1; i < 6; i++)
        {
            clerks.Add(await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner));
        }

        using var start = new SemaphoreSlim(0);
        var taking = clerks.Select(async clerk =>
        {
            await start.WaitAsync();
            return await clerk.PostAsJsonAsync("/api/v1/customer-orders", OrderBody(shop, quantity: 5));
        }).ToList();
        start.Release(clerks.Count);
        var responses = await Task.WhenAll(taking);

        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var numbers = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<CustomerOrderView>(ApiJson.Options))!.Number));
        numbers.Select(n => n[^4..]).Order().ShouldBe(["0001", "0002", "0003", "0004", "0005", "0006"]);
        (await CountAsync()).ShouldBe(6);
    }

    [Fact]
    public async Task A_wrong_order_names_each_wrong_field_and_line()
    {
        var (shop, client) = await OwnerAsync();
        var body = new
        {
            customerName = " ",
            orderedOn = "2026-11-10",
            lines = new object[]
            {
                new { productId = shop.Fabric.Id, quantity = 5, dueDate = "2026-11-30" },
                new { productId = shop.Product.Id, quantity = 0, dueDate = "2026-11-01" },
                new { quantity = 3 },
            },
        };

        using var response = await client.PostAsJsonAsync("/api/v1/customer-orders", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
        problem.Errors.Keys.Order().ShouldBe(
            ["customerName", "lines[0].productId", "lines[1].dueDate", "lines[1].quantity", "lines[2].dueDate", "lines[2].productId"]);
        problem.Errors["lines[0].productId"].ShouldBe(["제품을 선택해 주세요(구분이 제품인 품목)."]);
        (await CountAsync()).ShouldBe(0);

        using var noLines = await client.PostAsJsonAsync("/api/v1/customer-orders", new { customerName = "한빛상사", lines = Array.Empty<object>() });
        (await noLines.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.ShouldBe(["lines"]);
    }

    [Fact]
    public async Task The_list_searches_filters_sorts_pages_and_exports()
    {
        var (shop, client) = await OwnerAsync();
        var first = await TakeOrderAsync(client, shop, customer: "한빛상사");
        await TakeOrderAsync(client, shop, customer: "가람패션");
        await TakeOrderAsync(client, shop, customer: "나래섬유");
        await CancelAsync(client, first);

        var all = await ListAsync(client, "");
        all.Items.Select(o => o.CustomerName).ShouldBe(["나래섬유", "가람패션", "한빛상사"]);
        (await ListAsync(client, "search=가람")).Items.ShouldHaveSingleItem().CustomerName.ShouldBe("가람패션");
        (await ListAsync(client, "status=Cancelled")).Items.ShouldHaveSingleItem().Id.ShouldBe(first.Id);
        (await ListAsync(client, "sort=customer")).Items.Select(o => o.CustomerName).ShouldBe(["가람패션", "나래섬유", "한빛상사"]);

        var page = await ListAsync(client, "limit=2");
        page.Items.Count.ShouldBe(2);
        (await ListAsync(client, $"limit=2&cursor={page.NextCursor}")).Items.ShouldHaveSingleItem().CustomerName.ShouldBe("한빛상사");

        using var bad = await client.GetAsync("/api/v1/customer-orders?status=Lost&sort=price&limit=0");
        (await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Order().ShouldBe(["limit", "sort", "status"]);

        var csv = await client.GetStringAsync("/api/v1/customer-orders/export?format=csv&search=가람");
        csv.ShouldContain("수주번호");
        csv.ShouldContain("가람패션");
        csv.ShouldNotContain("한빛상사");
        using var xlsx = await client.GetAsync("/api/v1/customer-orders/export?format=xlsx");
        xlsx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    [Fact]
    public async Task Taking_an_order_honours_the_idempotency_key()
    {
        var (shop, client) = await OwnerAsync();

        await ApiConventions.ProvesIdempotentCreateAsync(
            client, "/api/v1/customer-orders", OrderBody(shop, 10), OrderBody(shop, 20), CountAsync);
    }

    [Fact]
    public async Task Editing_an_order_needs_a_fresh_if_match()
    {
        var (shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop);
        var body = new
        {
            customerName = "한빛상사 (본사)",
            orderedOn = "2026-11-09",
            lines = new object[]
            {
                new { id = order.Lines[0].Id, productId = shop.Product.Id, quantity = 60, dueDate = "2026-12-05" },
                new { productId = shop.Product.Id, quantity = 5, dueDate = "2026-12-20" },
            },
        };

        await ApiConventions.ProvesStaleIfMatchRefusedAsync(client, $"/api/v1/customer-orders/{order.Id}", HttpMethod.Put, $"/api/v1/customer-orders/{order.Id}", body);

        var edited = await ReadOrderAsync(client, order.Id);
        edited.CustomerName.ShouldBe("한빛상사 (본사)");
        edited.Lines.Select(l => (l.LineNumber, l.Quantity, l.DueDate)).ShouldBe([(1, 60m, new DateOnly(2026, 12, 5)), (2, 5m, new DateOnly(2026, 12, 20))]);
    }

    [Fact]
    public async Task An_edit_with_a_wrong_line_names_it()
    {
        var (shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop);
        var body = new { customerName = "한빛상사", lines = new[] { new { id = Guid.NewGuid(), productId = shop.Product.Id, quantity = -1, dueDate = "2026-11-30" } } };

        using var response = await ApiConventions.SendAsync(client, HttpMethod.Put, $"/api/v1/customer-orders/{order.Id}", body, $"\"{order.Version}\"");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.Order().ShouldBe(["lines[0].id", "lines[0].quantity"]);
    }

    [Fact]
    public async Task An_order_whose_work_order_is_released_can_no_longer_be_edited()
    {
        var (shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop);
        await MakeAsync(client, order.Id, new { });
        await using (var db = database.CreateContext())
        {
            var workOrder = await db.WorkOrders.SingleAsync();
            workOrder.Release(shop.Routing, shop.Bom, TestWorkshop.Now);
            await db.SaveChangesAsync();
        }

        var body = new { customerName = "다른 고객", lines = new[] { new { id = order.Lines[0].Id, productId = shop.Product.Id, quantity = 50, dueDate = "2026-11-30" } } };
        using var response = await ApiConventions.SendAsync(client, HttpMethod.Put, $"/api/v1/customer-orders/{order.Id}", body, $"\"{order.Version}\"");

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await ReadOrderAsync(client, order.Id)).CustomerName.ShouldBe("한빛상사");
    }

    [Fact]
    public async Task Cancelling_needs_a_fresh_if_match_and_cancels_draft_work_orders()
    {
        var (shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop);
        await MakeAsync(client, order.Id, new { });

        await ApiConventions.ProvesStaleIfMatchRefusedAsync(client, $"/api/v1/customer-orders/{order.Id}", HttpMethod.Post, $"/api/v1/customer-orders/{order.Id}/cancel", new { });

        var cancelled = await ReadOrderAsync(client, order.Id);
        cancelled.Status.ShouldBe(CustomerOrderStatus.Cancelled);
        cancelled.Lines[0].WorkOrders.ShouldHaveSingleItem().Status.ShouldBe(ContractWorkOrderStatus.Cancelled);
    }

    [Fact]
    public async Task Making_work_orders_makes_one_per_line_once()
    {
        var (shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop, quantity: 40, due: "2026-11-25");

        var made = await MakeAsync(client, order.Id, new { });
        var again = await MakeAsync(client, order.Id, new { });

        var workOrder = made.WorkOrders.ShouldHaveSingleItem();
        workOrder.ShouldSatisfyAllConditions(
            () => workOrder.Number.ShouldMatch(@"^WO-\d{4}-0001$"),
            () => workOrder.Quantity.ShouldBe(40),
            () => workOrder.DueDate.ShouldBe(new DateOnly(2026, 11, 25)),
            () => workOrder.Status.ShouldBe(ContractWorkOrderStatus.Draft));
        again.WorkOrders.ShouldBeEmpty();
        (await ReadOrderAsync(client, order.Id)).Lines[0].WorkOrders.Select(w => w.Number).ShouldBe([workOrder.Number]);
        var list = await client.GetStringAsync("/api/v1/work-orders");
        list.ShouldContain("한빛상사");
    }

    [Fact]
    public async Task A_line_splits_into_work_orders_that_add_up_to_what_is_left()
    {
        var (shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop, quantity: 50);
        var lineId = order.Lines[0].Id;

        using var wrongSum = await client.PostAsJsonAsync($"/api/v1/customer-orders/{order.Id}/work-orders", new { splits = new[] { new { lineId, quantities = new[] { 30m, 10m } } } });
        wrongSum.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongSum.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors["splits[0].quantities"].ShouldBe(["수량의 합이 남은 수량(50)과 같아야 합니다."]);

        var made = await MakeAsync(client, order.Id, new { splits = new[] { new { lineId, quantities = new[] { 30m, 20m } } } });

        made.WorkOrders.Select(w => w.Quantity).ShouldBe([30m, 20m]);
        (await ReadOrderAsync(client, order.Id)).Lines[0].WorkOrders.Sum(w => w.Quantity).ShouldBe(50);
        using var splitAgain = await client.PostAsJsonAsync($"/api/v1/customer-orders/{order.Id}/work-orders", new { splits = new[] { new { lineId, quantities = new[] { 50m } } } });
        splitAgain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Making_work_orders_honours_the_idempotency_key()
    {
        var (shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop, quantity: 50);

        await ApiConventions.ProvesIdempotentCreateAsync(
            client,
            $"/api/v1/customer-orders/{order.Id}/work-orders",
            new { },
            new { splits = new[] { new { lineId = order.Lines[0].Id, quantities = new[] { 25m, 25m } } } },
            async () =>
            {
                await using var db = database.CreateContext();
                return await db.WorkOrders.CountAsync();
            });
    }

    [Fact]
    public async Task Another_workshops_order_is_not_found()
    {
        var (shop, client) = await OwnerAsync();
        var order = await TakeOrderAsync(client, shop);
        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var intruder = await _app.MemberClientAsync(other.Tenant.Id, WorkshopRole.Owner);
        var etag = $"\"{order.Version}\"";

        (await intruder.GetAsync($"/api/v1/customer-orders/{order.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiConventions.SendAsync(intruder, HttpMethod.Put, $"/api/v1/customer-orders/{order.Id}", OrderBody(other), etag)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiConventions.SendAsync(intruder, HttpMethod.Post, $"/api/v1/customer-orders/{order.Id}/cancel", null, etag)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.PostAsJsonAsync($"/api/v1/customer-orders/{order.Id}/work-orders", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadOrderAsync(client, order.Id)).Status.ShouldBe(CustomerOrderStatus.Open);
    }

    private async Task<(TestWorkshop Shop, HttpClient Client)> OwnerAsync()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        return (shop, await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner));
    }

    private async Task<int> CountAsync()
    {
        await using var db = database.CreateContext();
        return await db.CustomerOrders.CountAsync();
    }

    private static async Task<Page<CustomerOrderSummary>> ListAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<Page<CustomerOrderSummary>>($"/api/v1/customer-orders?{query}", ApiJson.Options))!;

    private static async Task<MadeWorkOrders> MakeAsync(HttpClient client, Guid orderId, object body)
    {
        using var response = await client.PostAsJsonAsync($"/api/v1/customer-orders/{orderId}/work-orders", body);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MadeWorkOrders>(ApiJson.Options))!;
    }

    private static async Task CancelAsync(HttpClient client, CustomerOrderView order)
    {
        using var response = await ApiConventions.SendAsync(client, HttpMethod.Post, $"/api/v1/customer-orders/{order.Id}/cancel", null, $"\"{order.Version}\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
