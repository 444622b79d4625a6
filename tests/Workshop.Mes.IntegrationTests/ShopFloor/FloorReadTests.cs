using System.Net;
using System.Net.Http.Json;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.IntegrationTests.Tablets;
using Workshop.Mes.Testing;

namespace Workshop.Mes.IntegrationTests.ShopFloor;

/// <summary>What the tablet reads: my work at the station, a step, a scanned code and the catalogue for working offline.</summary>
public sealed class FloorReadTests(MesDatabase database) : IClassFixture<MesDatabase>, IAsyncLifetime
{
    private readonly FloorApp _app = FloorApp.SharedBy(database);

    public ValueTask InitializeAsync() => new(database.ResetAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task My_work_lists_the_ready_steps_at_the_station_and_the_steps_i_run_anywhere()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var cutting = floor.Shop.Cutting.Id;
        var sewing = floor.Shop.Sewing.Id;

        var before = await WorkAsync(floor, sewing);
        await floor.BatchAsync([floor.Event(FloorEventKind.Start, 0, 10)]);
        var atSewing = await WorkAsync(floor, sewing);
        var atCutting = await WorkAsync(floor, cutting);

        before.Steps.ShouldBeEmpty("sewing waits until cutting has started");
        atSewing.Steps.Select(s => (s.Sequence, s.State)).ShouldBe([(1, FloorStepState.Running), (2, FloorStepState.Pending)], "my running cutting step first, then the sewing that is now ready");
        atSewing.Steps[0].MyRunningSince.ShouldBe(TestWorkshop.Now.AddMinutes(10));
        atSewing.Steps[1].MyRunningSince.ShouldBeNull();
        var step = atCutting.Steps.Single();
        step.ShouldSatisfyAllConditions(
            s => s.WorkOrderNumber.ShouldBe("WO-2611-0001"),
            s => s.ProductName.ShouldBe("여성 블라우스"),
            s => s.Position.ShouldBe(1),
            s => s.StepCount.ShouldBe(2),
            s => s.WorkstationName.ShouldBe("재단대"),
            s => s.PassedOn.ShouldBe(10),
            s => s.Materials.Single().LotTracked.ShouldBeTrue());
        (await floor.Tablet.GetAsync($"/api/v1/floor/work?workstationId={cutting}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_scanned_traveller_or_lot_label_opens_what_it_names_here_and_nothing_elsewhere()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var other = await FloorCapture.CreateAsync(_app, database, slug: "other-shop", number: "WO-2611-0009");

        var order = await ScanAsync(floor, "mes:wo:WO-2611-0001");
        var step = await ScanAsync(floor, "mes:step:WO-2611-0001:2");
        var lot = await ScanAsync(floor, "mes:lot:L-test-garment");

        order.Kind.ShouldBe(FloorScanKind.WorkOrder);
        order.Steps.Select(s => s.Sequence).ShouldBe([1, 2]);
        step.Steps.Single().StepId.ShouldBe(floor.Step(1));
        lot.Lot!.ItemCode.ShouldBe("FB-01");
        foreach (var code in new[] { "mes:wo:WO-2611-0009", "mes:step:WO-2611-0001:7", "mes:lot:L-other-shop", "hello", "mes:wo:" })
        {
            (await floor.GetAsync($"/api/v1/floor/scan?code={Uri.EscapeDataString(code)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, code);
        }

        (await floor.GetAsync($"/api/v1/floor/steps/{other.Step(0)}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await floor.GetAsync($"/api/v1/floor/steps/{floor.Step(0)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_catalogue_puts_the_defect_codes_most_used_at_the_station_first()
    {
        var floor = await FloorCapture.CreateAsync(_app, database);
        var stain = new Domain.Catalog.DefectCode(floor.Stock.Id, "A01", "오염", Domain.Catalog.CauseCategory.Environment, "#795548", "water_drop");
        await floor.Shop.SaveAsync(database, stain);
        await floor.BatchAsync([floor.Event(FloorEventKind.Start, 0, 5), floor.Event(FloorEventKind.Report, 0, 10, good: 1, scrap: 1)]);

        var atCutting = (await floor.Tablet.GetFromJsonAsync<FloorCatalog>($"/api/v1/floor/catalog?workstationId={floor.Shop.Cutting.Id}", ApiJson.Options))!;
        var atSewing = (await floor.Tablet.GetFromJsonAsync<FloorCatalog>($"/api/v1/floor/catalog?workstationId={floor.Shop.Sewing.Id}", ApiJson.Options))!;

        atCutting.DefectCodes.Select(d => (d.Code, d.UsesAtStation)).ShouldBe([("D01", 1), ("A01", 0)]);
        atSewing.DefectCodes.Select(d => d.Code).ShouldBe(["A01", "D01"]);
        atCutting.Workstations.Select(w => w.Code).ShouldBe(["CUT", "SEW"]);
        atCutting.DowntimeReasons.Single().Name.ShouldBe("자재 대기");
    }

    private static async Task<FloorWork> WorkAsync(FloorCapture floor, Guid stationId)
    {
        var response = await floor.GetAsync($"/api/v1/floor/work?workstationId={stationId}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<FloorWork>(ApiJson.Options))!;
    }

    private static async Task<FloorScan> ScanAsync(FloorCapture floor, string code)
    {
        var response = await floor.GetAsync($"/api/v1/floor/scan?code={Uri.EscapeDataString(code)}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, code);
        return (await response.Content.ReadFromJsonAsync<FloorScan>(ApiJson.Options))!;
    }
}
