using Workshop.Mes.Domain.Access;
using Workshop.Mes.Domain.Common;
using Workshop.Mes.Domain.Inventory;
using Workshop.Mes.Domain.Orders;
using Workshop.Mes.Domain.Quality;
using Workshop.Mes.Domain.ShopFloor;
using Workshop.Mes.Domain.WorkOrders;

namespace Workshop.Mes.Infrastructure.DemoData;

/// <summary>
/// Plays a workshop's planned history forward in time order through the domain: orders are placed, work
/// orders released, bundles started, paused and reported, materials kitted and backflushed, finished lots
/// booked and shipped. Every rule the domain enforces therefore holds in the demo data; anything planned
/// after "now" simply has not happened yet.
/// </summary>
internal sealed partial class ProductionHistory
{
    private readonly ProductionPlan _plan;
    private readonly WorkshopModel _model;
    private readonly DemoRandom _random;
    private readonly DemoStock _stock;
    private readonly DemoNumbers _numbers;
    private readonly List<(DateTime At, int Sequence, Action Happen)> _timeline = [];
    private readonly List<CustomerOrder> _orders = [];
    private readonly List<WorkOrder> _workOrders = [];
    private readonly List<ProductionEvent> _events = [];
    private readonly List<(DefectRecord Record, PlannedOp Op)> _defects = [];
    private readonly List<Downtime> _downtimes = [];
    private readonly List<Lot> _lots = [];
    private readonly List<Shipment> _shipments = [];
    private readonly Dictionary<string, int> _lotCounters = [];
    private readonly Dictionary<Guid, FloorDevice> _tabletAt = [];

    private ProductionHistory(ProductionPlan plan, DemoRandom random)
    {
        _plan = plan;
        _model = plan.Model;
        _random = random;
        _stock = new DemoStock(_model.WorkshopId);
        _numbers = new DemoNumbers(_model.WorkshopId);

        // A shared tablet for every two stations, paired when the history starts; the floor records on them.
        var pairedAt = Utc(plan.HistoryStart.ToDateTime(new TimeOnly(8, 30)));
        foreach (var (pair, index) in _model.Stations.Chunk(2).Select((pair, index) => (pair, index)))
        {
            var tablet = new FloorDevice(WorkshopId, $"{pair[0].Workstation.Name} 태블릿", pairedAt);
            foreach (var station in pair)
            {
                _tabletAt[station.Workstation.Id] = tablet;
            }
        }
    }

    private Guid WorkshopId => _model.WorkshopId;

    private DateTime Now => _plan.NowLocal;

    public static DemoWorkshopData Simulate(WorkshopModel model, DateTimeOffset now, DemoRandom random)
    {
        var nowLocal = DemoCalendar.ToLocal(now);
        var plan = new ProductionPlan(model, nowLocal, DateOnly.FromDateTime(nowLocal).AddDays(-7 * model.Orders.HistoryWeeks));
        MaterialPlan.ScheduleDeliveries(plan, random);
        OrderBook.Plan(plan, random);
        ShopSchedule.Plan(plan, random);
        ShipmentPlanner.Plan(plan, random);
        MaterialPlan.SizeDeliveries(plan, random);

        var history = new ProductionHistory(plan, random);
        history.Run();
        return history.ToData();
    }

    private static DateTimeOffset Utc(DateTime local) => DemoCalendar.ToInstant(local);

    private void Run()
    {
        AddReceipts();
        AddOrders();
        foreach (var workOrder in _plan.WorkOrders)
        {
            AddWorkOrder(workOrder);
        }

        AddShipments();
        AddStockCare();

        // Stable by the order things were planned in, so simultaneous happenings keep their cause-and-effect order.
        foreach (var (_, _, happen) in _timeline.Where(h => h.At <= Now).OrderBy(h => h.At).ThenBy(h => h.Sequence))
        {
            happen();
        }

        AnalyseDefects();
    }

    private void At(DateTime at, Action happen) => _timeline.Add((at, _timeline.Count, happen));

    private void AddReceipts()
    {
        var store = _model.Locations.Store;
        foreach (var receipt in _plan.Receipts.Values.SelectMany(r => r).Where(r => r.Quantity > 0))
        {
            At(receipt.At, () =>
            {
                var item = receipt.Material.Item;
                if (item.LotTracked)
                {
                    receipt.Lot = new Lot(WorkshopId, item.Id, LotNumber(receipt), receipt.Material.Supplier.Name, Utc(receipt.At), null);
                    _lots.Add(receipt.Lot);
                }

                _stock.Post(StockMovement.Receipt(WorkshopId, new StockKey(item.Id, receipt.Lot?.Id, store.Id), receipt.Quantity, Utc(receipt.At)));
            });
        }
    }

    /// <summary>Supplier lot numbers as they are written on the delivery note: supplier, date and a running number.</summary>
    private string LotNumber(PlannedReceipt receipt)
    {
        var prefix = receipt.Material.Supplier.LotPrefix;
        _lotCounters[prefix] = _lotCounters.GetValueOrDefault(prefix) + 1;
        return $"{prefix}-{receipt.At:yyMMdd}-{_lotCounters[prefix]:000}";
    }

    private void AddOrders()
    {
        foreach (var order in _plan.Orders)
        {
            At(order.OrderedAt, () =>
            {
                var entity = new CustomerOrder(WorkshopId, _numbers.Next(DocumentNumber.CustomerOrder, order.OrderedAt), order.Customer, DateOnly.FromDateTime(order.OrderedAt));
                foreach (var line in order.Lines)
                {
                    line.Entity = entity.AddLine(line.Product.Item.Id, line.Quantity, line.DueDate);
                }

                order.Entity = entity;
                _orders.Add(entity);
            });

            if (order.CancelledAt is { } cancelledAt)
            {
                At(cancelledAt, () => order.Entity!.Cancel());
            }
        }
    }

    private void AddWorkOrder(PlannedWorkOrder planned)
    {
        var product = planned.Product;
        At(planned.CreatedAt, () =>
        {
            planned.Entity = new WorkOrder(
                WorkshopId,
                _numbers.Next(DocumentNumber.WorkOrder, planned.CreatedAt),
                product.Item.Id,
                planned.Quantity,
                planned.DueDate,
                planned.Priority,
                planned.Line?.Entity!.Id,
                Utc(planned.CreatedAt));
            _workOrders.Add(planned.Entity);
        });

        if (planned.ReleasedAt is { } releasedAt)
        {
            At(releasedAt, () => planned.Entity!.Release(product.Routing, product.Bom, Utc(releasedAt)));
        }

        if (planned.KitAt is { } kitAt)
        {
            At(kitAt, () => Kit(planned, kitAt));
        }

        foreach (var op in planned.Ops)
        {
            AddOp(op);
        }

        if (planned is { Fate: WorkOrderFate.Runs, CompletedAt: { } completedAt })
        {
            At(completedAt, () => planned.Entity!.Complete(Utc(completedAt)));
        }

        if (planned is { HoldAt: { } holdAt, HoldReason: { } reason })
        {
            At(holdAt, () => planned.Entity!.Hold(reason));
        }

        if (planned.CancelAt is { } cancelAt)
        {
            At(cancelAt, () => planned.Entity!.Cancel());
        }
    }

    /// <summary>The order's materials go from the store to the floor, each from the lot (or pool) planned for it.</summary>
    private void Kit(PlannedWorkOrder planned, DateTime at)
    {
        for (var i = 0; i < planned.Product.Bom.Count; i++)
        {
            var item = planned.Product.BomMaterials[i].Item;
            var source = new StockKey(item.Id, planned.KitReceipts[i].Lot?.Id, _model.Locations.Store.Id);
            _stock.Transfer(source, _model.Locations.Floor.Id, planned.Product.Bom[i].QuantityPer * planned.Quantity, Utc(at));
        }
    }

    private void AddOp(PlannedOp op)
    {
        At(op.Start, () => Record(op, ProductionEvent.Start(Context(op, op.Start))));

        if (op.Pause is { } pause)
        {
            Downtime? downtime = null;
            At(pause.At, () =>
            {
                Record(op, ProductionEvent.Pause(Context(op, pause.At), pause.Reason.Id));
                if (!pause.IsLunch)
                {
                    downtime = new Downtime(WorkshopId, op.Station.Workstation.Id, pause.Reason.Id, Utc(pause.At), op.Worker.Id);
                    _downtimes.Add(downtime);
                }
            });
            At(pause.ResumeAt, () =>
            {
                Record(op, ProductionEvent.Resume(Context(op, pause.ResumeAt)));
                downtime?.End(Utc(pause.ResumeAt), pause.Note);
            });
        }

        if (op.OutputDropped)
        {
            return;
        }

        var correctedAt = DemoCalendar.AddWorkingMinutes(op.End, 2);
        var overcounted = op.Overcounted && correctedAt <= Now;
        ProductionEvent? output = null;
        At(op.End, () => output = Output(op, overcounted ? 1 : 0));
        if (overcounted)
        {
            At(correctedAt, () => Record(op, ProductionEvent.Correction(Context(op, correctedAt), output!, -1, 0, "수량 오입력 정정 (1장 초과 입력)"), output));
        }
    }

    private ProductionEvent Output(PlannedOp op, int overcount)
    {
        var context = Context(op, op.End);
        var good = op.Good + overcount;
        var output = op.IsFinish
            ? ProductionEvent.Finish(context, good, op.Scrap, op.DefectCode?.Id)
            : ProductionEvent.Output(context, good, op.Scrap, op.DefectCode?.Id);
        Record(op, output);

        var planned = op.WorkOrder;
        if (op.StepIndex == 0 && op.IsFinish)
        {
            Backflush(planned, op.End);
        }

        if (op.StepIndex == planned.Product.Routing.Count - 1)
        {
            BookFinished(planned, op.Good, op.End);
        }

        if (op.Scrap > 0)
        {
            RecordDefect(op, output);
        }

        return output;
    }

    /// <summary>When the cutting step finishes, every piece cut consumes its BOM materials from what was kitted to the floor.</summary>
    private void Backflush(PlannedWorkOrder planned, DateTime at)
    {
        var entity = planned.Entity!;
        for (var i = 0; i < planned.Product.Bom.Count; i++)
        {
            var quantity = planned.Product.Bom[i].QuantityPer * planned.Quantity;
            var key = new StockKey(planned.Product.BomMaterials[i].Item.Id, planned.KitReceipts[i].Lot?.Id, _model.Locations.Floor.Id);
            _stock.Post(StockMovement.Backflush(WorkshopId, key, quantity, Utc(at), entity.Id));
            entity.Materials[i].RecordConsumption(quantity);
        }
    }

    /// <summary>Packed pieces go into finished goods as the order's own lot, named after the work order.</summary>
    private void BookFinished(PlannedWorkOrder planned, int good, DateTime at)
    {
        var entity = planned.Entity!;
        if (planned.FinishedLot is null)
        {
            planned.FinishedLot = new Lot(WorkshopId, planned.Product.Item.Id, "FG" + entity.Number[2..], null, Utc(at), null, entity.Id);
            _lots.Add(planned.FinishedLot);
        }

        var key = new StockKey(planned.Product.Item.Id, planned.FinishedLot.Id, _model.Locations.FinishedGoods.Id);
        _stock.Post(StockMovement.Output(WorkshopId, key, good, Utc(at), entity.Id));
    }

    private void Record(PlannedOp op, ProductionEvent productionEvent, ProductionEvent? corrected = null)
    {
        op.WorkOrder.Entity!.Record(productionEvent, corrected);
        _events.Add(productionEvent);
    }

    private EventContext Context(PlannedOp op, DateTime at)
    {
        var entity = op.WorkOrder.Entity!;
        var captured = Utc(at);

        // Most taps reach the server in seconds; now and then the tablet was offline for a while.
        var delay = _random.Chance(0.03) ? TimeSpan.FromMinutes(_random.Between(5, 90)) : TimeSpan.FromSeconds(_random.Between(1, 20));
        var received = captured + delay > Utc(Now) ? Utc(Now) : captured + delay;
        return new EventContext(WorkshopId, Guid.CreateVersion7(), entity.Id, entity.Steps[op.StepIndex].Id, op.Worker.Id, _tabletAt[op.Station.Workstation.Id].Id, captured, received, Scanned: _random.Chance(0.6));
    }

    private void AddShipments()
    {
        foreach (var planned in _plan.Shipments)
        {
            At(planned.At, () => Ship(planned));
        }
    }

    /// <summary>Ships each line from its work orders' finished lots, oldest first.</summary>
    private void Ship(PlannedShipment planned)
    {
        var order = planned.Order.Entity!;
        var shipment = new Shipment(WorkshopId, _numbers.Next(DocumentNumber.Shipment, planned.At), order.Id, Utc(planned.At));
        foreach (var (line, quantity) in planned.Lines)
        {
            var remaining = (decimal)quantity;
            foreach (var lot in line.WorkOrders.Select(w => w.FinishedLot).OfType<Lot>())
            {
                var key = new StockKey(line.Product.Item.Id, lot.Id, _model.Locations.FinishedGoods.Id);
                var take = Math.Min(remaining, _stock.OnHand(key));
                if (take > 0)
                {
                    shipment.Ship(order, line.Entity!.Id, lot.Id, take);
                    _stock.Post(StockMovement.Shipped(WorkshopId, key, take, Utc(planned.At), shipment.Id));
                    remaining -= take;
                }
            }

            if (remaining > 0)
            {
                throw new InvalidOperationException($"The plan ships {quantity} of {line.Product.Item.Code} but only {quantity - remaining} are packed.");
            }
        }

        _shipments.Add(shipment);
    }

    private DemoWorkshopData ToData() => new()
    {
        Tenant = _model.Tenant,
        Workers = _model.Workers,
        FloorDevices = [.. _tabletAt.Values.Distinct()],
        Locations = _model.Locations.All,
        Workstations = [.. _model.Stations.Select(s => s.Workstation)],
        Items = [.. _model.Items],
        BomLines = [.. _model.BomLines],
        RoutingSteps = [.. _model.RoutingSteps],
        DefectCodes = _model.DefectCodes,
        DowntimeReasons = _model.DowntimeReasons,
        NumberSequences = [.. _numbers.Sequences],
        Lots = _lots,
        CustomerOrders = _orders,
        WorkOrders = _workOrders,
        ProductionEvents = _events,
        DefectRecords = [.. _defects.Select(d => d.Record)],
        Downtimes = _downtimes,
        StockMovements = _stock.Movements,
        StockBalances = [.. _stock.Balances],
        Shipments = _shipments,
        SuspectLot = _plan.SuspectReceipt?.Lot,
    };
}
