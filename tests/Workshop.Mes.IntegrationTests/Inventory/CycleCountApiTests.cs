using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.Common;
using Workshop.Mes.Contracts.Inventory;
using Workshop.Mes.Domain.Access;
using Workshop.Mes.IntegrationTests.Api;
using Workshop.Mes.Testing;
using static Workshop.Mes.IntegrationTests.Inventory.StockApi;

namespace Workshop.Mes.IntegrationTests.Inventory;

public sealed class CycleCountApiTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly MesApp _app = MesApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_counted_sheet_corrects_only_the_lines_that_differ()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.MemberClientAsync(shop.Id, WorkshopRole.Owner);
        var lotA = (await ReceiveAsync(client, shop.Fabric.Id, 40, shop.Store.Id, "L-A")).LotId;
        var lotB = (await ReceiveAsync(client, shop.Fabric.Id, 12, shop.Store.Id, "L-B")).LotId;
        await ReceiveAsync(client, shop.Buttons.Id, 300, shop.Store.Id, null);
        await ReceiveAsync(client, shop.Buttons.Id, 9, shop.Floor.Id, null);

        var sheet = await GetAsync<CountSheet>(client, $"/api/v1/stock/count-sheet?locationId={shop.Store.Id}");
        sheet.LocationName.ShouldBe("자재 창고");
        sheet.Lines.Select(l => (l.ItemCode, l.LotNumber, l.OnHand)).ShouldBe([("BT-01", null, 300m), ("FB-01", "L-A", 40m), ("FB-01", "L-B", 12m)]);

        using var counted = await client.PostAsJsonAsync("/api/v1/stock/counts", new
        {
            locationId = shop.Store.Id,
            reason = "11월 정기 실사",
            lines = new object[]
            {
                new { itemId = shop.Buttons.Id, counted = 295 },
                new { itemId = shop.Fabric.Id, lotId = lotA, counted = 40 },
                new { itemId = shop.Fabric.Id, lotId = lotB, counted = 13.5 },
            },
        });

        counted.StatusCode.ShouldBe(HttpStatusCode.Created, await counted.Content.ReadAsStringAsync());
        var result = (await counted.Content.ReadFromJsonAsync<CountResult>(ApiJson.Options))!;
        result.CountedLines.ShouldBe(3);
        result.Corrections.Select(c => (c.ItemCode, c.Quantity, c.Kind, c.Reason)).ShouldBe(
            [("BT-01", -5m, StockMovementKind.CountCorrection, "11월 정기 실사"), ("FB-01", 1.5m, StockMovementKind.CountCorrection, "11월 정기 실사")]);
        var after = await GetAsync<CountSheet>(client, $"/api/v1/stock/count-sheet?locationId={shop.Store.Id}");
        after.Lines.Select(l => l.OnHand).ShouldBe([295m, 40m, 13.5m]);
        (await GetAsync<Page<OnHandRow>>(client, $"/api/v1/stock/on-hand?locationId={shop.Floor.Id}")).Items.ShouldHaveSingleItem().OnHand.ShouldBe(9);
    }

    [Fact]
    public async Task A_bad_line_books_nothing_and_names_the_line()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);
        await ReceiveAsync(client, shop.Buttons.Id, 300, shop.Store.Id, null);

        using var bad = await client.PostAsJsonAsync("/api/v1/stock/counts", new
        {
            locationId = shop.Store.Id,
            lines = new object[]
            {
                new { itemId = shop.Buttons.Id, counted = 1 },
                new { itemId = shop.Fabric.Id, counted = -1 },
                new { itemId = shop.Buttons.Id, counted = 2 },
            },
        });
        using var empty = await client.PostAsJsonAsync("/api/v1/stock/counts", new { locationId = Guid.NewGuid(), reason = "x", lines = Array.Empty<object>() });

        (await FieldErrorsAsync(bad)).ShouldBe(["lines[1].counted", "lines[1].lotId", "lines[2].itemId", "reason"]);
        (await FieldErrorsAsync(empty)).ShouldBe(["lines", "locationId"]);
        await using var db = database.CreateContext();
        (await db.StockMovements.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_count_with_the_same_idempotency_key_is_booked_once()
    {
        var shop = await StockedWorkshop.CreateAsync(database);
        var client = await _app.ClientWithApiKeyAsync(shop.Id, WorkshopRole.Manager);

        await ApiConventions.ProvesIdempotentCreateAsync(
            client,
            "/api/v1/stock/counts",
            new { locationId = shop.Store.Id, reason = "실사", lines = new[] { new { itemId = shop.Buttons.Id, counted = 5 } } },
            new { locationId = shop.Store.Id, reason = "실사", lines = new[] { new { itemId = shop.Buttons.Id, counted = 6 } } },
            async () =>
            {
                await using var db = database.CreateContext();
                return await db.StockMovements.CountAsync();
            });
    }
}
