using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

public sealed class WorkOrderLifecycleApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Creating_gives_a_draft_with_the_months_next_number_and_an_etag()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var first = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 40);
        var second = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 10);
        var (read, etag) = await WorkOrderApi.ReadAsync(client, second.Id);

        first.Number.ShouldMatch(@"^WO-\d{4}-0001$");
        second.Number.ShouldBe(first.Number[..^4] + "0002");
        read.ShouldSatisfyAllConditions(
            () => read.Status.ShouldBe(WorkOrderStatus.Draft),
            () => read.ProductName.ShouldBe("여성 블라우스"),
            () => read.Quantity.ShouldBe(10),
            () => read.Steps.ShouldBeEmpty());
        etag.ShouldBe($"\"{read.Version}\"");
    }

    [Fact]
    public async Task Bad_create_input_names_each_field()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        using var response = await client.PostAsJsonAsync("/api/v1/work-orders?culture=en", new { productId = shop.Fabric.Id, quantity = 0, customerOrderLineId = Guid.NewGuid() });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("productId")[0].GetString().ShouldBe("Choose an active product from the catalog.");
        errors.GetProperty("quantity")[0].GetString().ShouldBe("Enter a quantity greater than zero.");
        errors.GetProperty("dueDate")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        errors.GetProperty("customerOrderLineId")[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Creating_is_idempotent()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var due = DateOnly.FromDateTime(DateTime.Today.AddDays(20));

        await ApiConventions.ProvesIdempotentCreateAsync(
            client,
            "/api/v1/work-orders",
            new { productId = shop.Product.Id, quantity = 5, dueDate = due },
            new { productId = shop.Product.Id, quantity = 6, dueDate = due },
            async () =>
            {
                await using var db = database.CreateContext();
                return await db.WorkOrders.IgnoreQueryFilters().CountAsync();
            });
    }

    [Fact]
    public async Task Editing_a_draft_needs_the_current_version()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 40);

        await ApiConventions.ProvesStaleIfMatchRefusedAsync(client, $"/api/v1/work-orders/{order.Id}", HttpMethod.Put, $"/api/v1/work-orders/{order.Id}", new { quantity = 55, priority = "Rush" });

        var (read, _) = await WorkOrderApi.ReadAsync(client, order.Id);
        read.Quantity.ShouldBe(55);
        read.Priority.ShouldBe(WorkOrderPriority.Rush);
    }

    [Fact]
    public async Task Editing_refuses_a_bad_quantity_and_a_released_order()
    {
        var shop = (await StockedWorkshop.CreateAsync(database)).Shop;
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 4);

        var (_, etag) = await WorkOrderApi.ReadAsync(client, order.Id);
        using var bad = await ApiConventions.SendAsync(client, HttpMethod.Put, $"/api/v1/work-orders/{order.Id}", new { quantity = -1 }, etag);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("quantity")[0].GetString().ShouldNotBeNullOrWhiteSpace();

        (await WorkOrderApi.ActAsync(client, order.Id, "release", new { acknowledgeShortages = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (_, released) = await WorkOrderApi.ReadAsync(client, order.Id);
        using var late = await ApiConventions.SendAsync(client, HttpMethod.Put, $"/api/v1/work-orders/{order.Id}", new { quantity = 9 }, released);
        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("work_order.not_draft");
    }

    [Fact]
    public async Task Release_with_short_components_is_refused_listing_them_until_acknowledged()
    {
        var floor = await StockedWorkshop.CreateAsync(database);
        var shop = floor.Shop;
        await floor.LotOnHandAsync(database, floor.Fabric, floor.Floor, "L-1", 100, supplier: "대한섬유", receivedAt: DateTimeOffset.UtcNow.AddDays(-3));
        var promised = shop.WorkOrders.Released("WO-2601-0900", quantity: 20); // holds 30 yd of fabric
        await shop.SaveAsync(database, promised);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 60); // needs 90 yd

        var preview = await client.GetFromJsonAsync<List<MaterialShortage>>($"/api/v1/work-orders/{order.Id}/shortages", ApiJson.Options);
        preview!.Single().ShouldBe(new MaterialShortage(shop.Fabric.Id, "FB-01", "면 원단 흰색", "yd", 90, 100, 30, 20));

        using var refused = await WorkOrderApi.ActAsync(client, order.Id, "release");
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("shortages")[0].GetProperty("itemCode").GetString().ShouldBe("FB-01");
        problem.GetProperty("shortages")[0].GetProperty("shortage").GetDecimal().ShouldBe(20);
        (await WorkOrderApi.ReadAsync(client, order.Id)).Order.Status.ShouldBe(WorkOrderStatus.Draft);

        using var released = await WorkOrderApi.ActAsync(client, order.Id, "release", new { acknowledgeShortages = true });
        released.StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = (await released.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!;
        detail.Status.ShouldBe(WorkOrderStatus.Released);
        detail.Steps.Select(s => s.Operation).ShouldBe(["재단", "봉제"]);
        detail.Materials.Single().RequiredQuantity.ShouldBe(90);
    }

    [Fact]
    public async Task Illegal_actions_are_409_with_the_rule_and_stale_versions_412()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 4);

        using var resume = await WorkOrderApi.ActAsync(client, order.Id, "resume");
        resume.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await resume.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!.ShouldContain("Draft");

        using var noReason = await WorkOrderApi.ActAsync(client, order.Id, "hold", new { reason = " " });
        noReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await ApiConventions.ProvesStaleIfMatchRefusedAsync(client, $"/api/v1/work-orders/{order.Id}", HttpMethod.Post, $"/api/v1/work-orders/{order.Id}/cancel", new { });
    }

    [Fact]
    public async Task Hold_and_resume_return_to_where_the_order_was_and_show_on_the_timeline()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 4);
        (await WorkOrderApi.ActAsync(client, order.Id, "release", new { acknowledgeShortages = true })).EnsureSuccessStatusCode();

        using var held = await WorkOrderApi.ActAsync(client, order.Id, "hold", new { reason = "원단 불량 확인 중" });
        (await held.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!.HoldReason.ShouldBe("원단 불량 확인 중");
        using var resumed = await WorkOrderApi.ActAsync(client, order.Id, "resume");
        (await resumed.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!.Status.ShouldBe(WorkOrderStatus.Released);

        var timeline = (await client.GetFromJsonAsync<List<TimelineEntry>>($"/api/v1/work-orders/{order.Id}/timeline", ApiJson.Options))!;
        timeline.Select(e => e.Kind).ShouldBe([TimelineKind.Created, TimelineKind.Released, TimelineKind.Held, TimelineKind.Resumed]);
        timeline[2].Note.ShouldBe("원단 불량 확인 중");
    }

    [Fact]
    public async Task Another_workshops_order_is_404()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var other = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var theirs = other.WorkOrders.Draft("WO-2611-0001");
        await other.SaveAsync(database, theirs);
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        (await client.GetAsync($"/api/v1/work-orders/{theirs.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/work-orders/{theirs.Id}/timeline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/work-orders/{theirs.Id}/traveller.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiConventions.SendAsync(client, HttpMethod.Post, $"/api/v1/work-orders/{theirs.Id}/cancel", new { }, $"\"{theirs.Version}\"")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Export_downloads_the_filtered_list()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        await shop.SaveAsync(database, shop.WorkOrders.Draft("WO-2611-0001"), shop.WorkOrders.Draft("WO-2611-0002"));
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var csv = await client.GetStringAsync("/api/v1/work-orders/export?format=csv&search=0002");
        (await client.GetAsync("/api/v1/work-orders/export?format=pdf")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        csv.ShouldContain("WO-2611-0002");
        csv.ShouldNotContain("WO-2611-0001");
        csv.ShouldContain("지시번호");
    }
}
