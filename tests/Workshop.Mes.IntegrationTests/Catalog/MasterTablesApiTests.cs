using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Catalog;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.Tenancy;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.Catalog;

/// <summary>The tables that share one shape: stations, locations, defect codes, downtime reasons and workers.</summary>
public sealed class MasterTablesApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private static readonly Dictionary<string, TableCase> _tables = new()
    {
        ["workstations"] = new(
            new { code = "PRESS", name = "프레스", hoursPerDay = 8m },
            new { code = "IRON", name = "다림질대", hoursPerDay = 6m, state = "Down" },
            new { code = "X", name = "", hoursPerDay = 25m, state = "Broken" },
            ["name", "hoursPerDay", "state"],
            "재단대",
            db => db.Workstations.CountAsync(),
            "설비코드,설비명,일 가동시간,상태"),
        ["locations"] = new(
            new { code = "WH-A", name = "원단 창고", kind = "Store" },
            new { code = "QC", name = "격리 구역", kind = "Quarantine" },
            new { code = "", name = "x", kind = "Basement" },
            ["code", "kind"],
            null,
            db => db.Locations.CountAsync(),
            "위치코드,위치명,구분"),
        ["defect-codes"] = new(
            new { code = "D01", name = "봉제 불량", category = "Method", color = "#E53935", icon = "content_cut", isActive = true },
            new { code = "D02", name = "원단 얼룩", category = "Material", color = "#6D4C41", icon = "water_drop", isActive = true },
            new { code = "D03", name = "x", category = "Money", color = "red", icon = "rocket" },
            ["category", "color", "icon"],
            null,
            db => db.DefectCodes.CountAsync(),
            "불량코드,불량명,원인 구분(4M+E),색상,아이콘,사용"),
        ["downtime-reasons"] = new(
            new { code = "LUNCH", name = "점심시간", planned = true },
            new { code = "JAM", name = "실 엉킴", planned = false },
            new { code = " ", name = " " },
            ["code", "name"],
            null,
            db => db.DowntimeReasons.CountAsync(),
            "사유코드,사유명,계획 정지"),
        ["workers"] = new(
            new { displayName = "박철수", badgeCode = "W002", hourlyCost = 11_000m },
            new { displayName = "이영희", badgeCode = "W003", hourlyCost = 12_500m },
            new { displayName = "", badgeCode = "W001", hourlyCost = -5m },
            ["displayName", "badgeCode", "hourlyCost"],
            "김미숙",
            db => db.Workers.CountAsync(),
            "이름,사원증 코드,시간당 인건비,재직"),
    };

    private readonly MesApp _app = MesApp.SharedBy(database);

    public static TheoryData<string> Tables => [.. _tables.Keys];

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task A_row_is_created_once_per_key_read_with_its_etag_listed_and_exported(string table)
    {
        var (shop, owner) = await ArrangeAsync();
        var @case = _tables[table];

        await ApiConventions.ProvesIdempotentCreateAsync(owner, $"/api/v1/{table}", @case.Valid, @case.Other, () => CountAsync(@case));
        var page = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/{table}?limit=10");
        var created = page.GetProperty("items").EnumerateArray().Single(r => Code(r) == Code(JsonSerializer.SerializeToElement(@case.Valid)));
        var read = await owner.GetAsync($"/api/v1/{table}/{created.GetProperty("id").GetGuid()}");
        var csv = Encoding.UTF8.GetString(await owner.GetByteArrayAsync($"/api/v1/{table}/export")).TrimStart('\uFEFF').Replace("\"", string.Empty, StringComparison.Ordinal);

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        read.Headers.ETag!.Tag.ShouldBe($"\"{created.GetProperty("version").GetUInt32()}\"");
        csv.ShouldStartWith(@case.CsvHeader);
        csv.ShouldContain(Code(created));
        if (@case.Seeded is { } name)
        {
            var found = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/{table}?search={Uri.EscapeDataString(name)}");
            found.GetProperty("items").GetArrayLength().ShouldBe(1);
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Bad_input_answers_400_naming_each_field(string table)
    {
        var (_, owner) = await ArrangeAsync();
        var @case = _tables[table];

        var errors = await ItemsApiTests.ErrorsAsync(await owner.PostAsJsonAsync($"/api/v1/{table}", @case.Bad));
        var sorted = await owner.GetAsync($"/api/v1/{table}?sort=nothing");

        errors.Keys.ShouldBe(@case.BadFields, ignoreOrder: true);
        errors.Values.ShouldAllBe(message => message.Length > 0);
        sorted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Updating_needs_the_version_that_was_read_and_a_duplicate_code_is_refused(string table)
    {
        var (_, owner) = await ArrangeAsync();
        var @case = _tables[table];
        var first = await (await owner.PostAsJsonAsync($"/api/v1/{table}", @case.Valid)).Content.ReadFromJsonAsync<JsonElement>();
        var second = await owner.PostAsJsonAsync($"/api/v1/{table}", @case.Other);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        var path = $"/api/v1/{table}/{first.GetProperty("id").GetGuid()}";

        await ApiConventions.ProvesStaleIfMatchRefusedAsync(owner, path, HttpMethod.Put, path, @case.Valid);
        var etag = (await owner.GetAsync(path)).Headers.ETag!.Tag;
        var duplicate = await ApiConventions.SendAsync(owner, HttpMethod.Put, path, @case.Other, etag);

        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain(table == "workers" ? "badgeCode" : "\"code\"");
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Another_workshops_rows_are_not_found(string table)
    {
        var (_, owner) = await ArrangeAsync();
        var theirs = await TestWorkshop.CreateAsync(database, "test-other", "다른 공방");
        var intruder = await _app.MemberClientAsync(theirs.Tenant.Id, WorkshopRole.Owner);
        var ours = await (await owner.PostAsJsonAsync($"/api/v1/{table}", _tables[table].Valid)).Content.ReadFromJsonAsync<JsonElement>();
        var path = $"/api/v1/{table}/{ours.GetProperty("id").GetGuid()}";

        (await intruder.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ApiConventions.SendAsync(intruder, HttpMethod.Put, path, _tables[table].Other, "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_pin_follows_the_pin_rules_ends_a_lockout_and_lets_the_worker_sign_in()
    {
        var (shop, owner) = await ArrangeAsync();
        await using (var db = database.CreateContext())
        {
            var worker = await db.Workers.SingleAsync(w => w.Id == shop.Worker.Id);
            for (var i = 0; i < PinPolicy.AttemptsBeforeLockout; i++)
            {
                worker.PinFailed(DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
        }

        var path = $"/api/v1/workers/{shop.Worker.Id}/pin-reset?culture=en";
        var simple = await owner.PostAsJsonAsync(path, new { pin = "1234" });
        var letters = await owner.PostAsJsonAsync(path, new { pin = "12ab" });
        var reset = await owner.PostAsJsonAsync(path, new { pin = "2580" });

        (await ItemsApiTests.ErrorsAsync(simple))["pin"].ShouldContain("1234");
        (await ItemsApiTests.ErrorsAsync(letters)).ShouldContainKey("pin");
        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = (await reset.Content.ReadFromJsonAsync<WorkerView>())!;
        (view.HasPin, view.IsLocked).ShouldBe((true, false));
        await using var check = database.CreateContext();
        var saved = await check.Workers.SingleAsync(w => w.Id == shop.Worker.Id);
        Workshop.Mes.Web.Features.Identity.PinHasher.Verify(saved, "2580").ShouldBeTrue();
    }

    [Fact]
    public async Task A_worker_is_deactivated_and_reactivated_and_the_filter_follows()
    {
        var (shop, owner) = await ArrangeAsync();

        var off = await owner.PostAsync($"/api/v1/workers/{shop.Worker.Id}/deactivate", null);
        var inactive = await owner.GetFromJsonAsync<Page<WorkerView>>("/api/v1/workers?kind=inactive");
        var on = await owner.PostAsync($"/api/v1/workers/{shop.Worker.Id}/reactivate", null);

        (await off.Content.ReadFromJsonAsync<WorkerView>())!.IsActive.ShouldBeFalse();
        inactive!.Items.Select(w => w.DisplayName).ShouldBe(["김미숙"]);
        (await on.Content.ReadFromJsonAsync<WorkerView>())!.IsActive.ShouldBeTrue();
        (await owner.PostAsync($"/api/v1/workers/{Guid.CreateVersion7()}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Code(JsonElement row) =>
        (row.TryGetProperty("code", out var code) ? code : row.GetProperty("badgeCode")).GetString()!;

    private async Task<(TestWorkshop Shop, HttpClient Owner)> ArrangeAsync()
    {
        var shop = await TestWorkshop.CreateAsync(database);
        return (shop, await _app.MemberClientAsync(shop.Tenant.Id, WorkshopRole.Owner));
    }

    private async Task<int> CountAsync(TableCase @case)
    {
        await using var db = database.CreateContext();
        return await @case.Count(db);
    }

    private sealed record TableCase(object Valid, object Other, object Bad, string[] BadFields, string? Seeded, Func<MesDbContext, Task<int>> Count, string CsvHeader);
}
