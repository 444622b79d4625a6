using Npgsql;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Audit;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.IntegrationTests.ShopFloor;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;
using Workshop.Mes.Web.Features.Dashboard;
using Workshop.Mes.Web.Features.ShopFloor;

namespace Workshop.Mes.IntegrationTests.Dashboard;

/// <summary>
/// The dashboard's rollups (ADR 0063): every row equals what the raw records say, events for one bucket at once
/// lose nothing, a rebuild writes the same rows, and a workshop sees only its own.
/// </summary>
public sealed class RollupTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(42)]
    [InlineData(2026)]
    [InlineData(31337)]
    public async Task Random_floor_events_keep_every_rollup_equal_to_the_raw_records_and_a_rebuild_writes_the_same_rows(int seed)
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var steps = await StepsAsync(floor);
        _app.Clock.Now = TestWorkshop.Now.AddDays(5);
        var random = new Random(seed);
        var stored = await RecordRandomEventsAsync(floor, steps, random, count: 120);

        var kept = await RawAggregates.RollupsAsync(database, floor.Shop.Tenant.Id);
        var expected = await RawAggregates.FromRawAsync(database, floor.Shop.Tenant.Id);

        var because = $"seed {seed}; stored {string.Join(", ", stored.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"))}";
        new[] { "Report", "Correction", "Finish", "Pause", "DowntimeEnd" }.ShouldAllBe(kind => stored.ContainsKey(kind), because);
        kept.ShouldBe(expected, because);
        kept.ShouldContain(r => r.RunMinutes > 0 && r.Good > 0, because);
        kept.ShouldContain(r => r.DownMinutes > 0 && r.ProductId == null, because);
        kept.ShouldContain(r => r.Defects > 0 && r.DefectCost > 0, because);
        kept.Select(r => r.Hour).Distinct().Count().ShouldBeGreaterThan(24, because);

        var rebuilt = await _app.Service<RollupRebuild>().RebuildAsync(FloorApp.Owner(floor.Shop), TestContext.Current.CancellationToken);

        (await RawAggregates.RollupsAsync(database, floor.Shop.Tenant.Id)).ShouldBe(kept, because);
        rebuilt.RowsRemoved.ShouldBe(kept.Count);
        rebuilt.RowsWritten.ShouldBe(kept.Count);
    }

    /// <remarks>
    /// Without scrap: twelve scrap reports at once in one workshop can exhaust the defect number's five draw
    /// attempts (409 stock.busy) with or without the rollups; the random test covers defects.
    /// </remarks>
    [Fact]
    public async Task Twelve_batches_for_one_bucket_sent_at_once_add_up_exactly()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var orders = Enumerable.Range(2, 12).Select(n => floor.Shop.WorkOrders.Released($"WO-2611-{n:0000}", 100)).ToList();
        await floor.Shop.SaveAsync(database, [.. orders]);
        FloorEvent On(WorkOrder order, FloorEventKind kind, int minutes, decimal? good = null, decimal? scrap = null) =>
            floor.Event(kind, 0, minutes, good, scrap) with { StepId = order.Steps[0].Id };

        var batches = await Task.WhenAll(orders.Select(order => floor.BatchAsync(
        [
            On(order, FloorEventKind.Start, 5),
            On(order, FloorEventKind.Report, 20, good: 3),
            On(order, FloorEventKind.Finish, 40, good: 2),
        ])));

        batches.SelectMany(b => b).ShouldAllBe(r => r.Outcome == FloorEventOutcome.Stored);
        var rows = await RawAggregates.RollupsAsync(database, floor.Shop.Tenant.Id);
        var row = rows.ShouldHaveSingleItem();
        (row.WorkstationId, row.ProductId, row.Hour).ShouldBe((floor.Shop.Cutting.Id, floor.Shop.Product.Id, TestWorkshop.Now.ToUniversalTime()));
        (row.Good, row.RunMinutes).ShouldBe((60m, 12 * 35m));
        rows.ShouldBe(await RawAggregates.FromRawAsync(database, floor.Shop.Tenant.Id));
    }

    [Fact]
    public async Task A_workshop_never_sees_another_workshops_rollups_through_the_app_or_the_database()
    {
        var ours = await FloorCapture.CreateAsync(_app, database);
        var theirs = await FloorCapture.CreateAsync(_app, database, "test-other", "WO-2611-0009");
        foreach (var floor in new[] { ours, theirs })
        {
            await floor.BatchAsync([floor.Event(FloorEventKind.Start, 0, 5), floor.Event(FloorEventKind.Finish, 0, 50, good: 4, scrap: 1)]);
        }

        (await RawAggregates.RollupsAsync(database, theirs.Shop.Tenant.Id)).ShouldNotBeEmpty();
        var ourRows = await RawAggregates.RollupsAsync(database, ours.Shop.Tenant.Id);
        ourRows.ShouldNotBeEmpty();

        await using (var scoped = _app.Contexts.ForWorkshop(ours.Shop.Tenant.Id, AuditActor.System))
        {
            scoped.ProductionRollups.Select(r => r.WorkshopId).ToList().ShouldBe(ourRows.Select(_ => ours.Shop.Tenant.Id));
        }

        await using var app = await database.AppDataSource.OpenConnectionAsync();
        (await CountAsync(app, "SELECT count(*) FROM dashboard.production_rollups")).ShouldBe(0);
        await ExecuteAsync(app, $"SELECT set_config('mes.workshop_id', '{ours.Shop.Tenant.Id}', false)");
        (await CountAsync(app, "SELECT count(*) FROM dashboard.production_rollups")).ShouldBe(ourRows.Count);
        (await CountAsync(app, $"SELECT count(*) FROM dashboard.production_rollups WHERE workshop_id = '{theirs.Shop.Tenant.Id}'")).ShouldBe(0);
        (await ExecuteAsync(app, $"UPDATE dashboard.production_rollups SET good_quantity = 0 WHERE workshop_id = '{theirs.Shop.Tenant.Id}'")).ShouldBe(0);
        (await RawAggregates.RollupsAsync(database, theirs.Shop.Tenant.Id)).ShouldContain(r => r.Good == 4);
    }

    [Fact]
    public async Task The_rebuild_command_rebuilds_a_workshop_and_says_what_it_did()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        await floor.BatchAsync([floor.Event(FloorEventKind.Start, 0, 5), floor.Event(FloorEventKind.Finish, 0, 50, good: 4, scrap: 1)]);
        var kept = await RawAggregates.RollupsAsync(database, floor.Shop.Tenant.Id);
        await using (var owner = await database.DataSource.OpenConnectionAsync())
        {
            (await ExecuteAsync(owner, "UPDATE dashboard.production_rollups SET good_quantity = 999")).ShouldBe(1);
        }

        var (exit, output, error) = await RunAsync("rebuild-rollups", "--workshop", "TEST-GARMENT");

        exit.ShouldBe(0, error);
        output.ShouldContain("test-garment: 1 rollup rows written (1 replaced) from 2 production events, 1 defect records and 0 ended downtimes.");
        (await RawAggregates.RollupsAsync(database, floor.Shop.Tenant.Id)).ShouldBe(kept);
    }

    [Theory]
    [InlineData("no-such-shop", "No workshop 'no-such-shop'")]
    [InlineData(null, "Usage: rebuild-rollups")]
    public async Task The_rebuild_command_with_a_bad_workshop_exits_with_2_and_says_why(string? slug, string said)
    {
        await TestWorkshop.CreateAsync(database);

        var (exit, output, error) = slug is null ? await RunAsync("rebuild-rollups", "--workshop") : await RunAsync("rebuild-rollups", "--workshop", slug);

        exit.ShouldBe(RebuildRollupsCommand.BadArguments);
        error.ShouldContain(said);
        output.ShouldBeEmpty();
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RebuildRollupsCommand.RunAsync(_app.Services, args, output, error, TestContext.Current.CancellationToken);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Two orders of the blouse and one of a second product with the same stations: six steps over two stations and two products.</summary>
    private async Task<IReadOnlyList<Guid>> StepsAsync(FloorCapture floor)
    {
        var shop = floor.Shop;
        var trousers = new Item(shop.Tenant.Id, "PT-01", "면 바지", ItemKind.Product, "ea", 25_000);
        RoutingStep[] routing =
        [
            new(shop.Tenant.Id, trousers.Id, 1, "재단", shop.Cutting.Id, 10, 4, false),
            new(shop.Tenant.Id, trousers.Id, 2, "봉제", shop.Sewing.Id, 15, 25, true),
        ];
        BomLine[] bom = [new(shop.Tenant.Id, trousers.Id, shop.Fabric.Id, 2m)];
        var blouses = shop.WorkOrders.Released("WO-2611-0002", 1000);
        var trouserOrder = new WorkOrderBuilder(shop.Tenant.Id, trousers.Id, routing, bom) { WorkerId = shop.Worker.Id }.Released("WO-2611-0003", 1000);
        await shop.SaveAsync(database, [trousers, .. routing, .. bom, blouses, trouserOrder]);
        return [.. new[] { floor.Order, blouses, trouserOrder }.SelectMany(o => o.Steps.Select(s => s.Id))];
    }

    /// <summary>
    /// Events one at a time through the office capture, a minute to 75 minutes apart: starts, pauses, resumes,
    /// reports with scrap, finishes, corrections of earlier reports, downtime at either station. Returns what was stored, by kind.
    /// </summary>
    private async Task<Dictionary<string, int>> RecordRandomEventsAsync(FloorCapture floor, IReadOnlyList<Guid> steps, Random random, int count)
    {
        var capture = _app.Service<ProductionCapture>();
        var owner = FloorApp.Owner(floor.Shop);
        var state = steps.ToDictionary(s => s, _ => 0);
        var reports = steps.ToDictionary(s => s, _ => new List<Guid>());
        var openDowntime = new Dictionary<Guid, Guid>();
        var stations = new[] { floor.Shop.Cutting.Id, floor.Shop.Sewing.Id };
        var stored = new Dictionary<string, int>();
        var at = TestWorkshop.Now;
        for (var i = 0; i < count; i++)
        {
            at = at.AddMinutes(random.Next(1, 76));
            FloorEvent e;
            string label;
            var step = steps[random.Next(steps.Count)];
            if (random.Next(10) < 2)
            {
                var station = stations[random.Next(stations.Length)];
                (e, label) = openDowntime.TryGetValue(station, out var startId)
                    ? (new FloorEvent(Guid.CreateVersion7(), FloorEventKind.DowntimeEnd, at, DowntimeStartId: startId), "DowntimeEnd")
                    : (new FloorEvent(Guid.CreateVersion7(), FloorEventKind.DowntimeStart, at, WorkstationId: station, DowntimeReasonId: floor.Reason.Id), "DowntimeStart");
                if (await RecordAsync(e))
                {
                    if (label == "DowntimeEnd")
                    {
                        openDowntime.Remove(station);
                    }
                    else
                    {
                        openDowntime[station] = e.Id!.Value;
                    }
                }

                continue;
            }

            var good = (decimal)random.Next(0, 6);
            var scrap = random.Next(3) == 0 ? random.Next(1, 3) : 0m;
            var defect = scrap > 0 ? floor.Defect.Id : (Guid?)null;
            var roll = random.Next(100);
            (e, label) = state[step] switch
            {
                _ when reports[step].Count > 0 && (state[step] == 3 ? roll < 70 : roll < 12) =>
                    (new FloorEvent(Guid.CreateVersion7(), FloorEventKind.Report, at, step, good, scrap, Note: "수량 정정", CorrectsEventId: reports[step][random.Next(reports[step].Count)]), "Correction"),
                0 or 3 => (new FloorEvent(Guid.CreateVersion7(), FloorEventKind.Start, at, step), "Start"),
                2 => (new FloorEvent(Guid.CreateVersion7(), FloorEventKind.Resume, at, step), "Resume"),
                _ when roll < 35 => (new FloorEvent(Guid.CreateVersion7(), FloorEventKind.Pause, at, step, DowntimeReasonId: floor.Reason.Id), "Pause"),
                _ when roll < 80 => (new FloorEvent(Guid.CreateVersion7(), FloorEventKind.Report, at, step, good, scrap, defect), "Report"),
                _ => (new FloorEvent(Guid.CreateVersion7(), FloorEventKind.Finish, at, step, good, scrap, defect), "Finish"),
            };
            if (await RecordAsync(e))
            {
                state[step] = label switch { "Start" or "Resume" => 1, "Pause" => 2, "Finish" => 3, _ => state[step] };
                if (label is "Report" or "Finish")
                {
                    reports[step].Add(e.Id!.Value);
                }
            }

            async Task<bool> RecordAsync(FloorEvent e)
            {
                var result = (await capture.RecordForOfficeAsync(owner, [new OfficeCapture(e, floor.Shop.Worker.Id)], TestContext.Current.CancellationToken)).Single();
                if (result.Outcome == FloorEventOutcome.Stored)
                {
                    stored[label] = stored.GetValueOrDefault(label) + 1;
                }

                return result.Outcome == FloorEventOutcome.Stored;
            }
        }

        return stored;
    }

    private static async Task<long> CountAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
