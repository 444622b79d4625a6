using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

/// <summary>An open order's due date and priority move as customers change their minds; its quantity stays as released.</summary>
public sealed class WorkOrderRescheduleApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_released_orders_due_date_and_priority_change_and_stay_changed()
    {
        var (client, order) = await ReleasedOrderAsync();
        var (_, etag) = await WorkOrderApi.ReadAsync(client, order.Id);
        var later = order.DueDate.AddDays(7);

        using var response = await ApiConventions.SendAsync(client, HttpMethod.Put, $"/api/v1/work-orders/{order.Id}", new { dueDate = later, priority = "Rush" }, etag);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var (read, _) = await WorkOrderApi.ReadAsync(client, order.Id);
        read.ShouldSatisfyAllConditions(
            () => read.DueDate.ShouldBe(later),
            () => read.Priority.ShouldBe(WorkOrderPriority.Rush),
            () => read.Status.ShouldBe(WorkOrderStatus.Released),
            () => read.Quantity.ShouldBe(4));
    }

    [Fact]
    public async Task A_released_orders_quantity_is_refused_with_the_domains_message_and_nothing_changes()
    {
        var (client, order) = await ReleasedOrderAsync();
        var (_, etag) = await WorkOrderApi.ReadAsync(client, order.Id);

        using var response = await ApiConventions.SendAsync(
            client, HttpMethod.Put, $"/api/v1/work-orders/{order.Id}?culture=en", new { quantity = 9, dueDate = order.DueDate.AddDays(3) }, etag);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("work_order.not_draft");
        problem.GetProperty("detail").GetString().ShouldBe("Only a draft work order's quantity can be changed.");
        var (read, _) = await WorkOrderApi.ReadAsync(client, order.Id);
        read.Quantity.ShouldBe(4);
        read.DueDate.ShouldBe(order.DueDate);
    }

    [Fact]
    public async Task A_due_date_out_of_range_is_refused_on_its_field()
    {
        var (client, order) = await ReleasedOrderAsync();
        var (_, etag) = await WorkOrderApi.ReadAsync(client, order.Id);

        using var response = await ApiConventions.SendAsync(client, HttpMethod.Put, $"/api/v1/work-orders/{order.Id}", new { dueDate = "9999-12-31" }, etag);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("dueDate")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        (await WorkOrderApi.ReadAsync(client, order.Id)).Order.DueDate.ShouldBe(order.DueDate);
    }

    [Fact]
    public async Task The_order_says_what_its_status_allows()
    {
        var shop = (await StockedWorkshop.CreateAsync(database)).Shop;
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var draft = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 4);

        (await WorkOrderApi.ActAsync(client, draft.Id, "release", new { acknowledgeShortages = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (released, _) = await WorkOrderApi.ReadAsync(client, draft.Id);
        (await WorkOrderApi.ActAsync(client, draft.Id, "cancel")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (cancelled, _) = await WorkOrderApi.ReadAsync(client, draft.Id);

        draft.AllowedActions.ShouldBe(new WorkOrderActions(ChangeQuantity: true, Reschedule: true, Release: true, Hold: false, Resume: false, Complete: false, Cancel: true, RecordProgress: false));
        released.AllowedActions.ShouldBe(new WorkOrderActions(ChangeQuantity: false, Reschedule: true, Release: false, Hold: true, Resume: false, Complete: false, Cancel: true, RecordProgress: true));
        cancelled.AllowedActions.ShouldBe(new WorkOrderActions(false, false, false, false, false, false, false, false));
        released.Steps[0].AllowedProgress.ShouldBe([ProgressKind.Start]);
    }

    private async Task<(HttpClient Client, WorkOrderDetail Order)> ReleasedOrderAsync()
    {
        var shop = (await StockedWorkshop.CreateAsync(database)).Shop;
        var client = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await WorkOrderApi.CreateAsync(client, shop.Product.Id, 4);
        (await WorkOrderApi.ActAsync(client, order.Id, "release", new { acknowledgeShortages = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (client, order);
    }
}
