using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Catalog;

public sealed class ItemsApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static object Shirt(string code = "SH-01") =>
        new { code, name = "남성 셔츠", kind = "Product", unit = "ea", standardCost = 21_000m, reorderPoint = 10m, safetyStock = 5m, leadTimeDays = 3, lotTracked = true };

    [Fact]
    public async Task The_owner_creates_an_item_reads_it_back_with_its_etag_and_finds_it_in_the_list()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var created = await owner.PostAsJsonAsync("/api/v1/items", Shirt());
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var item = (await created.Content.ReadFromJsonAsync<ItemView>())!;
        var read = await owner.GetAsync(created.Headers.Location);
        var products = await owner.GetFromJsonAsync<Page<ItemView>>("/api/v1/items?kind=product&search=셔츠");

        (item.Code, item.Kind, item.StandardCost, item.LotTracked, item.IsActive).ShouldBe(("SH-01", "Product", 21_000m, true, true));
        read.Headers.ETag!.Tag.ShouldBe($"\"{item.Version}\"");
        (await read.Content.ReadAsStringAsync()).ShouldContain("\"standardCost\":21000,", customMessage: "money as people write it, not the column's 21000.0000");
        products!.Items.Select(i => i.Code).ShouldBe(["SH-01"]);
    }

    [Fact]
    public async Task Lists_sort_by_the_chosen_column_and_page_with_the_cursor()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var byCost = await owner.GetFromJsonAsync<Page<ItemView>>("/api/v1/items?sort=standardCost&desc=true&limit=1");
        var rest = await owner.GetFromJsonAsync<Page<ItemView>>($"/api/v1/items?sort=standardCost&desc=true&limit=1&cursor={byCost!.NextCursor}");
        var badSort = await owner.GetAsync("/api/v1/items?sort=colour&kind=gadget");

        byCost.Items.Single().Code.ShouldBe("BL-01");
        rest!.Items.Single().Code.ShouldBe("FB-01");
        rest.NextCursor.ShouldBeNull();
        badSort.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await badSort.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("sort", out _).ShouldBeTrue();
        errors.TryGetProperty("kind", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Bad_fields_and_a_code_already_used_answer_400_naming_each_field()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var bad = await owner.PostAsJsonAsync("/api/v1/items?culture=en", new { code = "", name = "x", kind = "Gadget", unit = "ea", standardCost = -1m, reorderPoint = 5m, safetyStock = 9m });
        var taken = await owner.PostAsJsonAsync("/api/v1/items?culture=en", Shirt("BL-01"));
        var noPlace = await owner.PostAsJsonAsync("/api/v1/items?culture=en", new { code = "X-1", name = "x", kind = "Material", unit = "ea", backflushLocationId = Guid.CreateVersion7() });

        var errors = await ErrorsAsync(bad);
        errors["code"].ShouldBe("Fill this in.");
        errors["kind"].ShouldStartWith("Choose one of: Material, Component, Product");
        errors["standardCost"].ShouldBe("Cannot be negative.");
        errors["safetyStock"].ShouldContain("reorder point");
        (await ErrorsAsync(taken))["code"].ShouldBe("The code BL-01 is already used in this workshop.");
        (await ErrorsAsync(noPlace))["backflushLocationId"].ShouldBe("There is no such location in this workshop.");
    }

    [Fact]
    public async Task Creating_an_item_twice_with_one_idempotency_key_makes_one_item()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        await ApiConventions.ProvesIdempotentCreateAsync(owner, "/api/v1/items", Shirt(), Shirt("SH-02"), () => CountAsync<Item>());
    }

    [Fact]
    public async Task Updating_an_item_needs_the_version_that_was_read()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        await ApiConventions.ProvesStaleIfMatchRefusedAsync(
            owner, $"/api/v1/items/{shop.Fabric.Id}", HttpMethod.Put, $"/api/v1/items/{shop.Fabric.Id}",
            new { code = "FB-01", name = "면 원단 아이보리", kind = "Material", unit = "yd", standardCost = 4_800m });

        var read = await owner.GetFromJsonAsync<ItemView>($"/api/v1/items/{shop.Fabric.Id}");
        (read!.Name, read.StandardCost).ShouldBe(("면 원단 아이보리", 4_800m));
    }

    [Fact]
    public async Task Deactivating_keeps_the_item_readable_but_marked_inactive()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var response = await owner.PostAsync($"/api/v1/items/{shop.Fabric.Id}/deactivate", null);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.GetFromJsonAsync<ItemView>($"/api/v1/items/{shop.Fabric.Id}"))!.IsActive.ShouldBeFalse();
    }

    [Fact]
    public async Task A_deactivated_item_is_listed_as_inactive_and_reactivating_brings_it_back()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);
        await owner.PostAsync($"/api/v1/items/{shop.Fabric.Id}/deactivate", null);
        var inactive = await owner.GetFromJsonAsync<Page<ItemView>>("/api/v1/items?kind=inactive");

        var response = await owner.PostAsync($"/api/v1/items/{shop.Fabric.Id}/reactivate", null);

        inactive!.Items.Select(i => i.Code).ShouldBe(["FB-01"]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var item = (await response.Content.ReadFromJsonAsync<ItemView>())!;
        item.IsActive.ShouldBeTrue();
        response.Headers.ETag!.Tag.ShouldBe($"\"{item.Version}\"");
        (await owner.GetFromJsonAsync<Page<ItemView>>("/api/v1/items?kind=inactive"))!.Items.ShouldBeEmpty();
        (await owner.GetFromJsonAsync<ItemView>($"/api/v1/items/{shop.Fabric.Id}"))!.IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Reactivating_an_item_that_does_not_exist_is_not_found_and_an_active_item_stays_as_it_is()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var missing = await owner.PostAsync($"/api/v1/items/{Guid.CreateVersion7()}/reactivate", null);
        var active = await owner.PostAsync($"/api/v1/items/{shop.Fabric.Id}/reactivate", null);

        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        active.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await active.Content.ReadFromJsonAsync<ItemView>())!.IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Another_workshops_items_bom_and_routing_are_not_found()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var intruder = await _app.MemberClientAsync(theirs.Tenant.Id, WorkshopRole.Owner);
        var id = shop.Product.Id;

        (await intruder.GetAsync($"/api/v1/items/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiConventions.SendAsync(intruder, HttpMethod.Put, $"/api/v1/items/{id}", Shirt(), "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.PostAsync($"/api/v1/items/{id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.PostAsync($"/api/v1/items/{id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.GetAsync($"/api/v1/items/{id}/bom")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.GetAsync($"/api/v1/items/{id}/routing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.PostAsJsonAsync($"/api/v1/items/{id}/bom", new { componentId = theirs.Fabric.Id, quantityPer = 1 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.DeleteAsync($"/api/v1/items/{id}/routing/{shop.Routing[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await intruder.DeleteAsync($"/api/v1/items/{id}/bom/{shop.Bom[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_export_downloads_the_filtered_items_as_csv_and_excel_with_korean_headers()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        var owner = await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner);

        var csv = await owner.GetAsync("/api/v1/items/export?format=csv&kind=Material");
        var xlsx = await owner.GetAsync("/api/v1/items/export?format=xlsx&sort=code");
        var bad = await owner.GetAsync("/api/v1/items/export?format=pdf");

        csv.Content.Headers.ContentDisposition!.FileNameStar.ShouldStartWith("items-");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("품목코드,품목명,구분,단위,표준원가");
        lines.Skip(1).Single().ShouldStartWith("FB-01,\"면 원단 흰색\",Material,yd,4500");
        await using var stream = await xlsx.Content.ReadAsStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        var rows = copy.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Select(r => r["품목코드"].ToString()).ShouldBe(["BL-01", "FB-01"]);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    internal static async Task<Dictionary<string, string>> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return errors.EnumerateObject().ToDictionary(p => p.Name, p => p.Value[0].GetString()!);
    }

    private async Task<int> CountAsync<T>()
        where T : class
    {
        await using var db = database.CreateContext();
        return await db.Set<T>().CountAsync();
    }
}
