using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Orders;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Orders.OrderApi;

namespace Workshop.Mes.IntegrationTests.Orders;

/// <summary>Size breakdowns on order lines and customers picked from earlier orders (ADR 0076), through the API.</summary>
public sealed class OrderSizesApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly object[] _trousers = [new { label = "28", quantity = 15 }, new { label = "30", quantity = 20 }, new { label = "32", quantity = 15 }, new { label = "34", quantity = 10 }];

    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_line_of_sixty_in_four_sizes_reads_back_and_its_work_order_shows_the_sizes_and_its_order()
    {
        var (shop, client) = await OwnerAsync();

        using var response = await client.PostAsJsonAsync("/api/v1/customer-orders", Body(shop, 60, _trousers, customer: "누죤 A-203"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var order = await ReadOrderAsync(client, (await response.Content.ReadFromJsonAsync<CustomerOrderView>(ApiJson.Options))!.Id);
        order.Lines.Single().Sizes.ShouldBe([new("28", 15), new("30", 20), new("32", 15), new("34", 10)]);

        using var made = await client.PostAsJsonAsync($"/api/v1/customer-orders/{order.Id}/work-orders", new { });
        var workOrder = (await made.Content.ReadFromJsonAsync<MadeWorkOrders>(ApiJson.Options))!.WorkOrders.ShouldHaveSingleItem();
        var detail = (await client.GetFromJsonAsync<WorkOrderDetail>($"/api/v1/work-orders/{workOrder.Id}", ApiJson.Options))!;
        detail.ShouldSatisfyAllConditions(
            () => detail.CustomerOrderId.ShouldBe(order.Id),
            () => detail.CustomerOrderNumber.ShouldBe(order.Number),
            () => detail.CustomerName.ShouldBe("누죤 A-203"),
            () => detail.Sizes!.Select(s => (s.Label, s.Quantity)).ShouldBe([("28", 15m), ("30", 20m), ("32", 15m), ("34", 10m)]),
            () => detail.CustomerOrderLineQuantity.ShouldBe(60));
        var listed = (await client.GetFromJsonAsync<Contracts.Common.Page<WorkOrderSummary>>("/api/v1/work-orders", ApiJson.Options))!.Items.ShouldHaveSingleItem();
        listed.CustomerOrderId.ShouldBe(order.Id);
    }

    [Fact]
    public async Task Editing_a_line_replaces_its_sizes_and_leaving_them_out_removes_them()
    {
        var (shop, client) = await OwnerAsync();
        using var created = await client.PostAsJsonAsync("/api/v1/customer-orders", Body(shop, 60, _trousers));
        var order = (await created.Content.ReadFromJsonAsync<CustomerOrderView>(ApiJson.Options))!;
        var lineId = order.Lines.Single().Id;

        using var edited = await ApiConventions.SendAsync(client, HttpMethod.Put, $"/api/v1/customer-orders/{order.Id}",
            Body(shop, 40, [new { label = " s ", quantity = 10 }, new { label = "M", quantity = 30 }], lineId: lineId), $"\"{order.Version}\"");

        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var afterEdit = (await edited.Content.ReadFromJsonAsync<CustomerOrderView>(ApiJson.Options))!;
        afterEdit.Lines.Single().Sizes.ShouldBe([new("s", 10), new("M", 30)]);

        using var cleared = await ApiConventions.SendAsync(client, HttpMethod.Put, $"/api/v1/customer-orders/{order.Id}", Body(shop, 40, null, lineId: lineId), $"\"{afterEdit.Version}\"");

        cleared.StatusCode.ShouldBe(HttpStatusCode.OK, await cleared.Content.ReadAsStringAsync());
        (await ReadOrderAsync(client, order.Id)).Lines.Single().Sizes.ShouldBeEmpty();
    }

    [Fact]
    public async Task Sizes_of_no_pieces_twice_the_same_or_not_adding_up_are_refused_each_by_name_and_nothing_is_saved()
    {
        var (shop, client) = await OwnerAsync();

        var wrong = await ProblemAsync(client, Body(shop, 60, [
            new { label = "28", quantity = 0 },
            new { label = "30", quantity = -5 },
            new { label = "32", quantity = 35 },
            new { label = " 32", quantity = 30 },
            new { label = "", quantity = 0 },
        ]));
        wrong.Errors.Keys.Order().ShouldBe(["lines[0].sizes[0].quantity", "lines[0].sizes[1].quantity", "lines[0].sizes[3].label", "lines[0].sizes[4].label", "lines[0].sizes[4].quantity"]);
        wrong.Errors["lines[0].sizes[0].quantity"].ShouldBe(["사이즈마다 0보다 큰 수량을 적어 주세요: '28'"]);
        wrong.Errors["lines[0].sizes[3].label"].ShouldBe(["같은 사이즈가 두 번 있습니다: '32'"]);

        var sum = await ProblemAsync(client, Body(shop, 60, [new { label = "28", quantity = 15 }, new { label = "30", quantity = 20 }]));
        sum.Errors.ShouldHaveSingleItem().Key.ShouldBe("lines[0].sizes");
        sum.Errors["lines[0].sizes"].ShouldBe(["사이즈별 수량의 합계는 35인데 수량은 60입니다. 같게 맞춰 주세요."]);

        (await CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Fifty_sizes_and_labels_of_forty_characters_are_taken_and_one_more_is_refused()
    {
        var (shop, client) = await OwnerAsync();
        var fifty = Enumerable.Range(1, 50).Select(i => (object)new { label = $"{i}호", quantity = 1 }).ToArray();
        var longest = new string('가', 40);

        using var taken = await client.PostAsJsonAsync("/api/v1/customer-orders", Body(shop, 50, fifty));
        taken.StatusCode.ShouldBe(HttpStatusCode.Created, await taken.Content.ReadAsStringAsync());
        using var longLabel = await client.PostAsJsonAsync("/api/v1/customer-orders", Body(shop, 1, [new { label = longest, quantity = 1 }]));
        longLabel.StatusCode.ShouldBe(HttpStatusCode.Created, await longLabel.Content.ReadAsStringAsync());

        var tooMany = await ProblemAsync(client, Body(shop, 51, [.. fifty, new { label = "51호", quantity = 1 }]));
        tooMany.Errors["lines[0].sizes"].ShouldBe(["사이즈는 한 품목에 50개까지 적을 수 있습니다."]);
        var tooLong = await ProblemAsync(client, Body(shop, 1, [new { label = longest + "가", quantity = 1 }]));
        tooLong.Errors.Keys.ShouldBe(["lines[0].sizes[0].label"]);
        (await CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task A_near_duplicate_customer_is_stored_in_the_spelling_already_used()
    {
        var (shop, client) = await OwnerAsync();
        await TakeOrderAsync(client, shop, customer: "누죤 A-203");

        var again = await TakeOrderAsync(client, shop, customer: "  누죤   a-203 ");
        var fresh = await TakeOrderAsync(client, shop, customer: " 동대문   패션 ");

        again.CustomerName.ShouldBe("누죤 A-203");
        fresh.CustomerName.ShouldBe("동대문 패션");
    }

    [Fact]
    public async Task Customer_names_are_the_workshops_own_one_per_customer_and_searchable()
    {
        var (shop, client) = await OwnerAsync();
        await TakeOrderAsync(client, shop, customer: "한빛상사");
        await TakeOrderAsync(client, shop, customer: "누죤 A-203");
        await TakeOrderAsync(client, shop, customer: "누죤 a-203");
        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var neighbour = await _app.MemberClientAsync(other.Tenant.Id, WorkshopRole.Owner);
        await TakeOrderAsync(neighbour, other, customer: "옆 공방 고객");

        var names = await NamesAsync(client, "/api/v1/customer-orders/customer-names");
        var found = await NamesAsync(client, "/api/v1/customer-orders/customer-names?search=%EB%88%84%EC%A3%A4a");

        names.Select(n => (n.Name, n.Orders)).Order().ShouldBe([("누죤 A-203", 2), ("한빛상사", 1)]);
        found.Select(n => n.Name).ShouldBe(["누죤 A-203"]);
        (await NamesAsync(neighbour, "/api/v1/customer-orders/customer-names")).Select(n => n.Name).ShouldBe(["옆 공방 고객"]);
        using var bad = await client.GetAsync("/api/v1/customer-orders/customer-names?limit=101");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<ValidationProblemDetails>())!.Errors.Keys.ShouldBe(["limit"]);
    }

    [Fact]
    public async Task Another_workshops_order_with_sizes_and_its_work_order_are_not_found()
    {
        var (shop, client) = await OwnerAsync();
        using var created = await client.PostAsJsonAsync("/api/v1/customer-orders", Body(shop, 60, _trousers));
        var order = (await created.Content.ReadFromJsonAsync<CustomerOrderView>(ApiJson.Options))!;
        using var made = await client.PostAsJsonAsync($"/api/v1/customer-orders/{order.Id}/work-orders", new { });
        var workOrder = (await made.Content.ReadFromJsonAsync<MadeWorkOrders>(ApiJson.Options))!.WorkOrders.Single();
        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var intruder = await _app.MemberClientAsync(other.Tenant.Id, WorkshopRole.Owner);

        (await intruder.GetAsync($"/api/v1/customer-orders/{order.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.GetAsync($"/api/v1/work-orders/{workOrder.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiConventions.SendAsync(intruder, HttpMethod.Put, $"/api/v1/customer-orders/{order.Id}", Body(other, 10, [new { label = "28", quantity = 10 }], lineId: order.Lines[0].Id), $"\"{order.Version}\""))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ReadOrderAsync(client, order.Id)).Lines.Single().Sizes!.Count.ShouldBe(4);
    }

    private static object Body(TestWorkshop shop, decimal quantity, object[]? sizes, string customer = "한빛상사", Guid? lineId = null) =>
        new { customerName = customer, orderedOn = "2026-11-10", lines = new[] { new { id = lineId, productId = shop.Product.Id, quantity, dueDate = "2026-11-30", sizes } } };

    private static async Task<ValidationProblemDetails> ProblemAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/customer-orders", body);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ValidationProblemDetails>())!;
    }

    private static async Task<List<CustomerNameView>> NamesAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<List<CustomerNameView>>(url, ApiJson.Options))!;

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
}
