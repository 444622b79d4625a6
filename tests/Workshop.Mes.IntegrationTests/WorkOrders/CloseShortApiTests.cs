using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

/// <summary>ADR 0035: an order with nothing good is not completed but closed short, with a reason kept on the timeline.</summary>
public sealed class CloseShortApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Completing_with_nothing_good_is_refused_and_closing_short_with_a_reason_ends_it_on_the_timeline()
    {
        var (client, order) = await FinishedAsync(quantity: 100_000, good: 0);

        using var completed = await WorkOrderApi.ActAsync(client, order.Id, "complete");
        completed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("work_order.nothing_made");
        (await WorkOrderApi.ReadAsync(client, order.Id)).Order.Status.ShouldBe(WorkOrderStatus.InProgress);

        using var closed = await WorkOrderApi.ActAsync(client, order.Id, "close-short", new { reason = "원단 불량으로 생산 중단" });

        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        (await closed.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!.Status.ShouldBe(WorkOrderStatus.Completed);
        var timeline = (await client.GetFromJsonAsync<List<TimelineEntry>>($"/api/v1/work-orders/{order.Id}/timeline", ApiJson.Options))!;
        timeline.Single(e => e.Kind == TimelineKind.Completed).Note.ShouldBe("원단 불량으로 생산 중단");
    }

    [Fact]
    public async Task Closing_short_needs_a_reason_and_the_version_read()
    {
        var (client, order) = await FinishedAsync(quantity: 10, good: 0);

        using var blank = await WorkOrderApi.ActAsync(client, order.Id, "close-short?culture=en", new { reason = "  " });
        using var stale = await client.PostAsJsonAsync($"/api/v1/work-orders/{order.Id}/close-short", new { reason = "사유" });
        using var missing = await WorkOrderApi.ActAsync(client, order.Id, "close-short", new { reason = "사유" });
        using var unknown = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/work-orders/{Guid.NewGuid()}/close-short")
        {
            Content = JsonContent.Create(new { reason = "사유" }),
            Headers = { { "If-Match", "\"1\"" } },
        });

        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("reason")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        missing.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Completing_below_the_ordered_quantity_stays_allowed_and_a_full_order_is_not_closed_short()
    {
        var (client, below) = await FinishedAsync(quantity: 4, good: 2);
        using var completed = await WorkOrderApi.ActAsync(client, below.Id, "complete");
        completed.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (again, full) = await FinishedAsync(quantity: 2, good: 2, slug: "test-full");
        using var closed = await WorkOrderApi.ActAsync(again, full.Id, "close-short", new { reason = "사유" });
        closed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("work_order.not_short");
    }

    /// <summary>An order whose two steps are finished with <paramref name="good"/> good units, fabric on the floor for them.</summary>
    private async Task<(HttpClient Client, WorkOrderDetail Order)> FinishedAsync(decimal quantity, decimal good, string slug = "test-garment")
    {
        var floor = await StockedWorkshop.CreateAsync(database, slug, slug);
        var shop = floor.Shop;
        await floor.ReceiveFabricAsync(database, "L-1", 100, null, DateTimeOffset.UtcNow.AddDays(-1));
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, quantity);
        using var released = await WorkOrderApi.ActAsync(client, order.Id, "release", new { acknowledgeShortages = true });
        order = (await released.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!;
        await WorkOrderApi.ProgressAsync(client, order, 0, new { kind = "Start" });
        await WorkOrderApi.ProgressAsync(client, order, 0, new { kind = "Finish", goodQuantity = good });
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Start" });
        await WorkOrderApi.ProgressAsync(client, order, 1, new { kind = "Finish", goodQuantity = good });
        return (client, order);
    }
}
