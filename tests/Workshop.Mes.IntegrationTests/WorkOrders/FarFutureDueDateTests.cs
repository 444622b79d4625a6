using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.WorkOrders;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Catalog;
using Workshop.Mes.IntegrationTests.Orders;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.WorkOrders;

/// <summary>
/// Issue 9, defect 1: one work order due 9999-12-31 answered 500 but was saved, and from then on every work-order
/// read of the workshop answered 500. Far dates are now refused, and one already stored no longer breaks a read.
/// </summary>
public sealed class FarFutureDueDateTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_work_order_due_in_9999_is_refused_naming_the_due_date_and_is_not_saved()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var body = new { productId = shop.Product.Id, quantity = 1, dueDate = "9999-12-31" };

        var korean = await owner.PostAsJsonAsync("/api/v1/work-orders", body);
        var english = await owner.PostAsJsonAsync("/api/v1/work-orders?culture=en", body);

        (await ItemsApiTests.ErrorsAsync(korean))["dueDate"].ShouldBe("2000-01-01부터 2100-12-31까지의 날짜로 입력해 주세요.");
        (await ItemsApiTests.ErrorsAsync(english))["dueDate"].ShouldBe("Enter a date from 2000-01-01 to 2100-12-31.");
        (await WorkOrderCountAsync()).ShouldBe(0);
        (await owner.GetAsync("/api/v1/work-orders")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_customer_order_line_due_in_9999_is_refused_and_the_order_is_not_taken()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var response = await owner.PostAsJsonAsync("/api/v1/customer-orders?culture=en", OrderApi.OrderBody(shop, due: "9999-12-31"));

        (await ItemsApiTests.ErrorsAsync(response))["lines[0].dueDate"].ShouldBe("Enter a date from 2000-01-01 to 2100-12-31.");
        await using var db = database.CreateContext();
        (await db.CustomerOrders.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task An_order_stored_due_in_9999_before_the_check_still_lists_reads_and_exports()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var far = shop.WorkOrders.Released("WO-2611-0001");
        await shop.SaveAsync(database, far, shop.WorkOrders.Draft("WO-2611-0002"));
        await StoreDueDateAsync("work_orders.work_orders", far.Id, "9999-12-31");
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var list = await owner.GetAsync("/api/v1/work-orders");
        var detail = await owner.GetAsync($"/api/v1/work-orders/{far.Id}");
        var export = await owner.GetAsync("/api/v1/work-orders/export?format=csv");

        list.StatusCode.ShouldBe(HttpStatusCode.OK, await list.Content.ReadAsStringAsync());
        var page = (await list.Content.ReadFromJsonAsync<Page<WorkOrderSummary>>(ApiJson.Options))!;
        var listed = page.Items.Single(w => w.Number == "WO-2611-0001");
        (listed.DueDate, listed.IsLate, listed.IsAtRisk).ShouldBe((DateOnly.MaxValue, false, false));
        detail.StatusCode.ShouldBe(HttpStatusCode.OK, await detail.Content.ReadAsStringAsync());
        (await detail.Content.ReadFromJsonAsync<WorkOrderDetail>(ApiJson.Options))!.DueDate.ShouldBe(DateOnly.MaxValue);
        export.StatusCode.ShouldBe(HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
        (await export.Content.ReadAsStringAsync()).ShouldContain("9999-12-31");
    }

    [Fact]
    public async Task A_customer_order_line_stored_due_in_9999_cannot_become_a_work_order_until_its_date_is_fixed()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        var order = await OrderApi.TakeOrderAsync(owner, shop);
        await StoreDueDateAsync("orders.customer_order_lines", order.Lines[0].Id, "9999-12-31");

        var made = await owner.PostAsJsonAsync($"/api/v1/customer-orders/{order.Id}/work-orders?culture=en", new { });

        made.StatusCode.ShouldBe(HttpStatusCode.Conflict, await made.Content.ReadAsStringAsync());
        (await made.Content.ReadAsStringAsync()).ShouldContain("2100-12-31");
        (await WorkOrderCountAsync()).ShouldBe(0);
        (await owner.GetAsync($"/api/v1/customer-orders/{order.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Writes the date straight into the table, as a row saved before dates were checked would hold it.</summary>
    private async Task StoreDueDateAsync(string table, Guid id, string dueDate)
    {
        await using var command = database.DataSource.CreateCommand($"UPDATE {table} SET due_date = @due WHERE id = @id");
        command.Parameters.AddWithValue("due", DateOnly.Parse(dueDate, System.Globalization.CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("id", id);
        (await command.ExecuteNonQueryAsync()).ShouldBe(1);
    }

    private async Task<int> WorkOrderCountAsync()
    {
        await using var db = database.CreateContext();
        return await db.WorkOrders.CountAsync();
    }
}
