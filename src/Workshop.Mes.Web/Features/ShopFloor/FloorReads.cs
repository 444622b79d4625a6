using Microsoft.EntityFrameworkCore;
using Workshop.Mes.Contracts.ShopFloor;
using Workshop.Mes.Domain.Catalog;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;
using Workshop.Mes.Infrastructure.Database;
using Workshop.Mes.Web.Features.Catalog;
using Workshop.Mes.Web.Features.Inventory;
using Workshop.Mes.Web.Features.Quality;
using Workshop.Mes.Web.Features.Tablets;
using Workshop.Mes.Web.Features.WorkOrders;

namespace Workshop.Mes.Web.Features.ShopFloor;

/// <summary>
/// What the tablet reads: "my work" at a station, one step, what a scanned code is, and the catalogue it keeps for
/// working offline. Everything is the tablet's workshop's; another workshop's code or step is simply not found.
/// </summary>
internal sealed class FloorReads(MesContexts contexts, TimeProvider clock)
{
    /// <summary>Steps ready or running at the station, the steps this worker runs anywhere, and the station's open downtime.</summary>
    public async Task<FloorWork> WorkAsync(FloorTablet tablet, FloorWorker worker, Guid? workstationId, CancellationToken cancellationToken)
    {
        await using var db = Open(tablet);
        var orders = await OpenOrdersAsync(db, cancellationToken);
        var running = await RunningByAsync(db, worker.WorkerId, orders, cancellationToken);
        var steps = orders.SelectMany(o => o.Steps.Select(s => (Order: o, Step: s)))
            .Where(x => running.ContainsKey(x.Step.Id)
                || (x.Step.WorkstationId == workstationId && (x.Step.State is StepState.Running or StepState.Paused || (x.Step.State == StepState.Pending && IsReady(x.Order, x.Step)))))
            .OrderByDescending(x => running.ContainsKey(x.Step.Id))
            .ThenBy(x => x.Order.DueDate)
            .ThenBy(x => x.Order.Number, StringComparer.Ordinal)
            .ThenBy(x => x.Step.Sequence)
            .ToList();
        var views = await ViewsAsync(db, steps, running, cancellationToken);

        var downtimes = workstationId is { } stationId
            ? await (from d in QualityReads.Downtimes(db)
                     join r in CatalogReads.DowntimeReasons(db) on d.ReasonId equals r.Id
                     where d.WorkstationId == stationId && d.EndedAt == null && d.StartEventId != null
                     orderby d.StartedAt
                     select new FloorDowntime(d.StartEventId!.Value, d.WorkstationId, r.Id, r.Name, d.StartedAt)).ToListAsync(cancellationToken)
            : [];
        return new FloorWork(views, downtimes);
    }

    /// <summary>Null when the workshop has no such step.</summary>
    public async Task<FloorStep?> StepAsync(FloorTablet tablet, FloorWorker worker, Guid stepId, CancellationToken cancellationToken)
    {
        await using var db = Open(tablet);
        var orderId = await WorkOrderReads.WorkOrderSteps(db).Where(s => s.Id == stepId).Select(s => (Guid?)s.WorkOrderId).SingleOrDefaultAsync(cancellationToken);
        if (orderId is null)
        {
            return null;
        }

        var order = await WorkOrderReads.WorkOrders(db).SingleAsync(o => o.Id == orderId, cancellationToken);
        var running = await RunningByAsync(db, worker.WorkerId, [order], cancellationToken);
        return (await ViewsAsync(db, [(order, order.Steps.Single(s => s.Id == stepId))], running, cancellationToken)).Single();
    }

    /// <summary>
    /// A traveller's order (<c>mes:wo:</c>, its open steps), step (<c>mes:step:</c>) or a lot label (<c>mes:lot:</c>);
    /// null for anything else or anything not in this workshop.
    /// </summary>
    public async Task<FloorScan?> ScanAsync(FloorTablet tablet, FloorWorker worker, string? code, CancellationToken cancellationToken)
    {
        var parts = (code ?? string.Empty).Trim().Split(':');
        if (parts.Length < 3 || !parts[0].Equals("mes", StringComparison.OrdinalIgnoreCase) || parts.Any(p => p.Length == 0 || p.Length > 100))
        {
            return null;
        }

        await using var db = Open(tablet);
        switch (parts[1].ToLowerInvariant())
        {
            case "wo" when parts.Length == 3:
            {
                var order = await WorkOrderReads.WorkOrders(db).SingleOrDefaultAsync(o => o.Number == parts[2], cancellationToken);
                if (order is null)
                {
                    return null;
                }

                var running = await RunningByAsync(db, worker.WorkerId, [order], cancellationToken);
                var open = order.Steps.Where(s => s.State != StepState.Finished).OrderBy(s => s.Sequence).Select(s => (order, s)).ToList();
                return new FloorScan(FloorScanKind.WorkOrder, await ViewsAsync(db, open, running, cancellationToken), null);
            }

            case "step" when parts.Length == 4 && int.TryParse(parts[3], out var sequence):
            {
                var order = await WorkOrderReads.WorkOrders(db).SingleOrDefaultAsync(o => o.Number == parts[2], cancellationToken);
                var step = order?.Steps.SingleOrDefault(s => s.Sequence == sequence);
                if (order is null || step is null)
                {
                    return null;
                }

                var running = await RunningByAsync(db, worker.WorkerId, [order], cancellationToken);
                return new FloorScan(FloorScanKind.Step, await ViewsAsync(db, [(order, step)], running, cancellationToken), null);
            }

            case "lot":
            {
                var number = string.Join(':', parts[2..]);
                var lot = await (from l in InventoryReads.Lots(db)
                                 join i in CatalogReads.Items(db) on l.ItemId equals i.Id
                                 where l.LotNumber == number
                                 select new FloorLot(l.Id, l.LotNumber, i.Id, i.Code, i.Name)).FirstOrDefaultAsync(cancellationToken);
                return lot is null ? null : new FloorScan(FloorScanKind.Lot, [], lot);
            }

            default:
                return null;
        }
    }

    /// <summary>Active stations, defect codes (most used at the station in the last 90 days first, then by code) and downtime reasons.</summary>
    public async Task<FloorCatalog> CatalogAsync(FloorTablet tablet, Guid? workstationId, CancellationToken cancellationToken)
    {
        await using var db = Open(tablet);
        var stations = await CatalogReads.Workstations(db).Where(w => w.State != WorkstationState.Retired).OrderBy(w => w.Code)
            .Select(w => new FloorWorkstation(w.Id, w.Code, w.Name)).ToListAsync(cancellationToken);
        var since = clock.GetUtcNow().AddDays(-90);
        var uses = workstationId is { } stationId
            ? await QualityReads.DefectRecords(db).IgnoreAutoIncludes()
                .Where(d => d.WorkstationId == stationId && d.RecordedAt >= since)
                .GroupBy(d => d.DefectCodeId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken)
            : [];
        var codes = (await CatalogReads.DefectCodes(db).Where(d => d.IsActive).ToListAsync(cancellationToken))
            .Select(d => new FloorDefectCode(d.Id, d.Code, d.Name, d.Category.ToString().ToLowerInvariant(), d.Color, d.Icon, uses.GetValueOrDefault(d.Id)))
            .OrderByDescending(d => d.UsesAtStation)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        var reasons = await CatalogReads.DowntimeReasons(db).OrderBy(r => r.Code)
            .Select(r => new FloorDowntimeReason(r.Id, r.Code, r.Name)).ToListAsync(cancellationToken);
        return new FloorCatalog(stations, codes, reasons);
    }

    private MesDbContext Open(FloorTablet tablet) => contexts.ForWorkshop(tablet.WorkshopId, tablet.Actor(null));

    /// <summary>A pending step is ready when its order is open and it is the first step or the step before it has started.</summary>
    private static bool IsReady(WorkOrder order, WorkOrderStep step)
    {
        var previous = order.Steps.Where(s => s.Sequence < step.Sequence).MaxBy(s => s.Sequence);
        return previous is null || previous.State != StepState.Pending;
    }

    private static Task<List<WorkOrder>> OpenOrdersAsync(MesDbContext db, CancellationToken cancellationToken) =>
        WorkOrderReads.WorkOrders(db)
            .Where(o => o.Status == WorkOrderStatus.Released || o.Status == WorkOrderStatus.InProgress)
            .ToListAsync(cancellationToken);

    /// <summary>The steps of <paramref name="orders"/> the worker runs now, with when their current run began.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> RunningByAsync(MesDbContext db, Guid workerId, IReadOnlyList<WorkOrder> orders, CancellationToken cancellationToken)
    {
        var active = orders.SelectMany(o => o.Steps).Where(s => s.State is StepState.Running or StepState.Paused).Select(s => s.Id).ToList();
        var events = await WorkOrderReads.ProductionEvents(db).Where(e => active.Contains(e.WorkOrderStepId)).ToListAsync(cancellationToken);
        return events.GroupBy(e => e.WorkOrderStepId)
            .SelectMany(g => LabourTime.Intervals(g.Key, ProductionEvents.InCaptureOrder(g)))
            .Where(i => i.WorkerId == workerId && i.End is null)
            .GroupBy(i => i.StepId)
            .ToDictionary(g => g.Key, g => g.Min(i => i.Start));
    }

    private static async Task<List<FloorStep>> ViewsAsync(
        MesDbContext db, IReadOnlyList<(WorkOrder Order, WorkOrderStep Step)> steps, IReadOnlyDictionary<Guid, DateTimeOffset> running, CancellationToken cancellationToken)
    {
        var itemIds = steps.SelectMany(x => x.Order.Materials.Select(m => m.ItemId).Append(x.Order.ProductId)).Distinct().ToList();
        var items = await CatalogReads.Items(db).Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var stationIds = steps.Select(x => x.Step.WorkstationId).Distinct().ToList();
        var stations = await CatalogReads.Workstations(db).Where(w => stationIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, cancellationToken);
        return [.. steps.Select(x =>
        {
            var (order, step) = x;
            var product = items[order.ProductId];
            var previous = order.Steps.Where(s => s.Sequence < step.Sequence).MaxBy(s => s.Sequence);
            return new FloorStep(
                step.Id,
                order.Id,
                order.Number,
                product.Code,
                product.Name,
                product.Unit,
                step.Sequence,
                order.Steps.Count(s => s.Sequence <= step.Sequence),
                order.Steps.Count,
                step.Operation,
                step.WorkstationId,
                stations.GetValueOrDefault(step.WorkstationId) ?? string.Empty,
                (FloorStepState)step.State,
                order.Quantity,
                previous?.GoodQuantity ?? order.Quantity,
                step.GoodQuantity,
                step.ScrapQuantity,
                order.DueDate,
                running.TryGetValue(step.Id, out var since) ? since : null,
                [.. order.Materials.Where(m => items.ContainsKey(m.ItemId)).Select(m => new FloorMaterial(m.ItemId, items[m.ItemId].Code, items[m.ItemId].Name, items[m.ItemId].Unit, items[m.ItemId].LotTracked))]);
        })];
    }
}
