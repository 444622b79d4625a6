using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Catalog;

public sealed class BomAndRoutingApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_bom_lists_components_with_their_code_name_and_unit_and_takes_new_ones()
    {
        var (shop, owner) = await ArrangeAsync();
        var thread = await SaveAsync(new Item(shop.Tenant.Id, "TH-01", "봉사 흰색", ItemKind.Material, "m", 2));

        var added = await owner.PostAsJsonAsync($"/api/v1/items/{shop.Product.Id}/bom", new { componentId = thread.Id, quantityPer = 120m });
        var lines = await owner.GetFromJsonAsync<List<BomLineView>>($"/api/v1/items/{shop.Product.Id}/bom");

        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync());
        lines!.Select(l => (l.ComponentCode, l.ComponentName, l.ComponentUnit, l.QuantityPer))
            .ShouldBe([("FB-01", "면 원단 흰색", "yd", 1.5m), ("TH-01", "봉사 흰색", "m", 120m)]);
    }

    [Fact]
    public async Task A_component_whose_own_bom_uses_the_product_is_refused_as_a_cycle()
    {
        var (shop, owner) = await ArrangeAsync();
        var collar = await SaveAsync(new Item(shop.Tenant.Id, "CL-01", "칼라", ItemKind.Component, "ea", 500));
        (await owner.PostAsJsonAsync($"/api/v1/items/{shop.Product.Id}/bom", new { componentId = collar.Id, quantityPer = 1m })).EnsureSuccessStatusCode();

        var cycle = await owner.PostAsJsonAsync($"/api/v1/items/{collar.Id}/bom?culture=en", new { componentId = shop.Product.Id, quantityPer = 1m });
        var twice = await owner.PostAsJsonAsync($"/api/v1/items/{shop.Product.Id}/bom", new { componentId = collar.Id, quantityPer = 2m });
        var itself = await owner.PostAsJsonAsync($"/api/v1/items/{shop.Product.Id}/bom", new { componentId = shop.Product.Id, quantityPer = 2m });

        cycle.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await cycle.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("code").GetString().ShouldBe("bom.cycle");
        (await twice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("bom.duplicate_component");
        (await itself.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("bom.self_reference");
    }

    [Fact]
    public async Task Bad_bom_lines_name_the_field_and_materials_have_no_bom()
    {
        var (shop, owner) = await ArrangeAsync();

        var bad = await owner.PostAsJsonAsync($"/api/v1/items/{shop.Product.Id}/bom?culture=en", new { componentId = Guid.CreateVersion7(), quantityPer = 0m });
        var onMaterial = await owner.PostAsJsonAsync($"/api/v1/items/{shop.Fabric.Id}/bom", new { componentId = shop.Product.Id, quantityPer = 1m });

        var errors = await ItemsApiTests.ErrorsAsync(bad);
        errors["componentId"].ShouldBe("There is no such item in this workshop.");
        errors["quantityPer"].ShouldBe("Must be greater than zero.");
        onMaterial.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bom_lines_are_added_once_per_key_changed_with_their_version_and_removed()
    {
        var (shop, owner) = await ArrangeAsync();
        var thread = await SaveAsync(new Item(shop.Tenant.Id, "TH-01", "봉사", ItemKind.Material, "m", 2));
        var button = await SaveAsync(new Item(shop.Tenant.Id, "BT-01", "단추", ItemKind.Material, "ea", 50));
        var line = $"/api/v1/items/{shop.Product.Id}/bom/{shop.Bom[0].Id}";

        await ApiConventions.ProvesIdempotentCreateAsync(
            owner, $"/api/v1/items/{shop.Product.Id}/bom", new { componentId = thread.Id, quantityPer = 100m }, new { componentId = button.Id, quantityPer = 6m }, CountAsync<BomLine>);
        var version = (await owner.GetFromJsonAsync<List<BomLineView>>($"/api/v1/items/{shop.Product.Id}/bom"))!.Single(l => l.Id == shop.Bom[0].Id).Version;
        var changed = await ApiConventions.SendAsync(owner, HttpMethod.Put, line, new { quantityPer = 1.8m }, $"\"{version}\"");
        var stale = await ApiConventions.SendAsync(owner, HttpMethod.Put, line, new { quantityPer = 2m }, $"\"{version}\"");
        var blind = await ApiConventions.SendAsync(owner, HttpMethod.Put, line, new { quantityPer = 2m }, null);
        var removed = await owner.DeleteAsync(line);

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<BomLineView>())!.QuantityPer.ShouldBe(1.8m);
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        blind.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.GetFromJsonAsync<List<BomLineView>>($"/api/v1/items/{shop.Product.Id}/bom"))!.Select(l => l.ComponentCode).ShouldBe(["TH-01"]);
    }

    [Fact]
    public async Task Steps_are_appended_reordered_as_a_whole_and_renumbered_when_one_is_removed()
    {
        var (shop, owner) = await ArrangeAsync();
        var routing = $"/api/v1/items/{shop.Product.Id}/routing";

        var added = await owner.PostAsJsonAsync(routing, new { operation = "다림질", workstationId = shop.Sewing.Id, setupMinutes = 0m, runMinutesPerUnit = 2m, requiresInspection = true });
        var press = (await added.Content.ReadFromJsonAsync<RoutingStepView>())!;
        var reordered = await owner.PostAsJsonAsync($"{routing}/order", new { stepIds = new[] { shop.Routing[1].Id, press.Id, shop.Routing[0].Id } });
        var removed = await owner.DeleteAsync($"{routing}/{press.Id}");
        var after = await owner.GetFromJsonAsync<List<RoutingStepView>>(routing);

        press.Sequence.ShouldBe(3);
        (await reordered.Content.ReadFromJsonAsync<List<RoutingStepView>>())!.Select(s => (s.Sequence, s.Operation)).ShouldBe([(1, "봉제"), (2, "다림질"), (3, "재단")]);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        after!.Select(s => (s.Sequence, s.Operation, s.WorkstationCode)).ShouldBe([(1, "봉제", "SEW"), (2, "재단", "CUT")]);
    }

    [Fact]
    public async Task A_new_order_that_misses_or_repeats_a_step_is_refused_and_changes_nothing()
    {
        var (shop, owner) = await ArrangeAsync();
        var routing = $"/api/v1/items/{shop.Product.Id}/routing";

        var missing = await owner.PostAsJsonAsync($"{routing}/order?culture=en", new { stepIds = new[] { shop.Routing[1].Id } });
        var repeated = await owner.PostAsJsonAsync($"{routing}/order?culture=en", new { stepIds = new[] { shop.Routing[1].Id, shop.Routing[1].Id } });

        (await ItemsApiTests.ErrorsAsync(missing))["stepIds"].ShouldBe("List every step of the routing exactly once.");
        (await ItemsApiTests.ErrorsAsync(repeated)).ShouldContainKey("stepIds");
        (await owner.GetFromJsonAsync<List<RoutingStepView>>(routing))!.Select(s => s.Operation).ShouldBe(["재단", "봉제"]);
    }

    [Fact]
    public async Task Bad_steps_name_the_field_and_creating_twice_with_one_key_adds_one_step()
    {
        var (shop, owner) = await ArrangeAsync();
        var routing = $"/api/v1/items/{shop.Product.Id}/routing";

        var bad = await owner.PostAsJsonAsync($"{routing}?culture=en", new { operation = " ", workstationId = Guid.CreateVersion7(), setupMinutes = -1m, runMinutesPerUnit = 0m });
        await ApiConventions.ProvesIdempotentCreateAsync(
            owner, routing,
            new { operation = "검사", workstationId = shop.Sewing.Id, setupMinutes = 0m, runMinutesPerUnit = 1m, requiresInspection = true },
            new { operation = "포장", workstationId = shop.Sewing.Id, setupMinutes = 0m, runMinutesPerUnit = 1m, requiresInspection = false },
            CountAsync<RoutingStep>);

        var errors = await ItemsApiTests.ErrorsAsync(bad);
        errors.Keys.ShouldBe(["operation", "setupMinutes", "runMinutesPerUnit", "workstationId"], ignoreOrder: true);
    }

    [Fact]
    public async Task Changing_a_step_needs_the_version_that_was_read()
    {
        var (shop, owner) = await ArrangeAsync();
        var step = $"/api/v1/items/{shop.Product.Id}/routing/{shop.Routing[0].Id}";
        var version = (await owner.GetFromJsonAsync<List<RoutingStepView>>($"/api/v1/items/{shop.Product.Id}/routing"))![0].Version;
        var body = new { operation = "재단(자동)", workstationId = shop.Cutting.Id, setupMinutes = 5m, runMinutesPerUnit = 2m, requiresInspection = false };

        var changed = await ApiConventions.SendAsync(owner, HttpMethod.Put, step, body, $"\"{version}\"");
        var stale = await ApiConventions.SendAsync(owner, HttpMethod.Put, step, body, $"\"{version}\"");
        var blind = await ApiConventions.SendAsync(owner, HttpMethod.Put, step, body, null);

        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.Content.ReadFromJsonAsync<RoutingStepView>())!.Operation.ShouldBe("재단(자동)");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        blind.StatusCode.ShouldBe(HttpStatusCode.PreconditionRequired);
    }

    private async Task<(TestWorkshop Shop, HttpClient Owner)> ArrangeAsync()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        return (shop, await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner));
    }

    private async Task<T> SaveAsync<T>(T entity)
        where T : class
    {
        await using var db = database.CreateContext();
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity;
    }

    private async Task<int> CountAsync<T>()
        where T : class
    {
        await using var db = database.CreateContext();
        return await db.Set<T>().CountAsync();
    }
}
